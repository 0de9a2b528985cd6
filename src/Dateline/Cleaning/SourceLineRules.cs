using Dateline.Documents;

namespace Dateline.Cleaning;

/// <summary>
/// Source lines: <c>(With information from AP)</c>, <c>Reporting by …; Editing by …</c>, <c>… contributed to this
/// report.</c>, <c>— Reuters</c> (a line of its own or the end of the last paragraph), and the <c>(AP) —</c> or
/// <c>WASHINGTON (AP) —</c> prefix of an opening paragraph.
/// </summary>
internal static class SourceLineRules
{
    public const string OpenerRule = "source:opener-line";
    public const string BylineRule = "source:byline-line";
    public const string CloserRule = "source:closer-line";
    public const string DashRule = "source:dash-agency";
    public const string DatelineRule = "source:dateline-prefix";

    private const int MaxOpenerWords = 25;
    private const int MaxBylineWords = 45;
    private const int MaxPlaceLength = 80;
    private const int MaxDashTail = 45;

    /// <summary>A whole (trimmed) line that is a source line.</summary>
    public static SourceAttribution? TryLine(string raw, TextSpan line, CleaningLexicons lexicons)
    {
        if (line.IsEmpty)
        {
            return null;
        }

        var inner = line;
        if (raw[line.Start] == '(' && raw[line.End - 1] == ')')
        {
            inner = TextScan.Trim(raw, line.Start + 1, line.End - 1);
        }

        var text = raw.AsSpan(inner.Start, inner.Length);
        var phrases = lexicons.Phrases;
        foreach (string opener in phrases.Openers)
        {
            if (TextScan.StartsWithPhrase(text, opener) && TextScan.CountWords(text) <= MaxOpenerWords)
            {
                return new SourceAttribution(line, TextScan.FindAgency(text[opener.Length..], lexicons) ?? NameAfter(text[opener.Length..]), raw.Substring(line.Start, line.Length), OpenerRule);
            }
        }

        foreach (string byline in phrases.Bylines)
        {
            if (TextScan.StartsWithPhrase(text, byline) && TextScan.CountWords(text) <= MaxBylineWords)
            {
                return new SourceAttribution(line, TextScan.FindAgency(text, lexicons) ?? NameAfter(text[byline.Length..]), raw.Substring(line.Start, line.Length), BylineRule);
            }
        }

        var body = text.TrimEnd('.');
        foreach (string closer in phrases.Closers)
        {
            if (body.EndsWith(closer, StringComparison.OrdinalIgnoreCase) && TextScan.CountWords(text) <= MaxBylineWords
                && body.Length > closer.Length && body[^(closer.Length + 1)] == ' ')
            {
                return new SourceAttribution(line, TextScan.FindAgency(body, lexicons) ?? NameAfter(body[..^closer.Length]), raw.Substring(line.Start, line.Length), CloserRule);
            }
        }

        if (TextScan.IsDash(raw[line.Start]) && AgencyAfterDash(raw, line.Start, line.End, lexicons) is { } agency)
        {
            return new SourceAttribution(line, agency, raw.Substring(line.Start, line.Length), DashRule);
        }

        return null;
    }

    /// <summary>
    /// <c>(AP) —</c> or <c>WASHINGTON (AP) —</c> at the start of <paramref name="paragraph"/>; <paramref name="bodyStart"/>
    /// is where the paragraph's body text resumes.
    /// </summary>
    public static SourceAttribution? TryDatelinePrefix(string raw, TextSpan paragraph, CleaningLexicons lexicons, out int bodyStart)
    {
        bodyStart = paragraph.Start;
        int limit = Math.Min(paragraph.End, paragraph.Start + MaxPlaceLength);
        int open = paragraph.Start;
        if (raw[open] != '(')
        {
            if (!StartsWithCapitalWord(raw, paragraph.Start, limit))
            {
                return null;
            }

            while (open < limit && raw[open] != '(')
            {
                char c = raw[open];
                if (!(TextScan.IsLetter(c) || char.IsDigit(c) || c is ' ' or ',' or '.' or '-' or '\'' or '’'))
                {
                    return null;
                }

                open++;
            }

            if (open >= limit)
            {
                return null;
            }
        }

        int close = raw.IndexOf(')', open, limit - open);
        if (close < 0 || PhotoCredit.AgencyOf(raw.AsSpan(open + 1, close - open - 1).Trim(), lexicons) is not { } agency)
        {
            return null;
        }

        int dash = TextScan.SkipSpaces(raw, close + 1, paragraph.End);
        int afterDash = dash;
        while (afterDash < paragraph.End && TextScan.IsDash(raw[afterDash]))
        {
            afterDash++;
        }

        if (afterDash == dash || afterDash - dash > 2)
        {
            return null;
        }

        bodyStart = TextScan.SkipSpaces(raw, afterDash, paragraph.End);
        var span = new TextSpan(paragraph.Start, afterDash);
        string? place = open > paragraph.Start ? raw[paragraph.Start..open].Trim().TrimEnd(',').TrimEnd() : null;
        return new SourceAttribution(span, agency, raw.Substring(span.Start, span.Length), DatelineRule) { Place = place };
    }

    /// <summary><c>… said the minister. — Reuters</c>: the dash and agency ending <paramref name="paragraph"/>; <paramref name="bodyEnd"/> is where the body stops.</summary>
    public static SourceAttribution? TryTrailingDash(string raw, TextSpan paragraph, CleaningLexicons lexicons, out int bodyEnd)
    {
        bodyEnd = paragraph.End;
        int from = Math.Max(paragraph.Start + 1, paragraph.End - MaxDashTail);
        for (int dash = paragraph.End - 2; dash >= from; dash--)
        {
            if (TextScan.IsDash(raw[dash]) && TextScan.IsInlineSpace(raw[dash - 1])
                && AgencyAfterDash(raw, dash, paragraph.End, lexicons) is { } agency)
            {
                bodyEnd = TextScan.Trim(raw, paragraph.Start, dash).End;
                var span = new TextSpan(dash, paragraph.End);
                return new SourceAttribution(span, agency, raw.Substring(span.Start, span.Length), DashRule);
            }
        }

        return null;
    }

    private static string? AgencyAfterDash(string raw, int dash, int end, CleaningLexicons lexicons)
    {
        int start = dash;
        while (start < end && TextScan.IsDash(raw[start]))
        {
            start++;
        }

        var tail = raw.AsSpan(start, end - start).Trim().TrimEnd('.');
        return tail.IsEmpty ? null : PhotoCredit.AgencyOf(tail, lexicons);
    }

    private static bool StartsWithCapitalWord(string raw, int start, int limit)
    {
        int i = start;
        while (i < limit && TextScan.IsUpper(raw[i]))
        {
            i++;
        }

        return i - start >= 2 && (i == limit || !TextScan.IsLetter(raw[i]));
    }

    /// <summary>Fallback agency text when no known agency is named: the words after the phrase, trimmed of punctuation.</summary>
    private static string NameAfter(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim().Trim(".,;:()").Trim();
        int semicolon = trimmed.IndexOf(';');
        return (semicolon < 0 ? trimmed : trimmed[..semicolon]).Trim().ToString();
    }
}
