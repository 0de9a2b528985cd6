using Dateline.Documents;

namespace Dateline.Cleaning;

/// <summary>
/// Photo captions: a line of its own that ends with a parenthesised credit, or a caption glued after the header
/// on the first body line and followed there by body text.
/// </summary>
internal static class CaptionRules
{
    public const string CaptionLine = "caption:line-with-credit";
    public const string GluedCaption = "caption:first-line-glued";
    public const string LoneCredit = "source:lone-credit";

    private const int MaxCaptionWords = 60;
    private const int MaxCreditLength = 80;
    private const int MaxGluedScan = 600;

    /// <summary>A whole line <paramref name="line"/> (trimmed) that is a caption with credit.</summary>
    public static Caption? TryCaptionLine(string raw, TextSpan line, CleaningLexicons lexicons)
    {
        if (line.Length < 3 || raw[line.End - 1] != ')')
        {
            return null;
        }

        int open = raw.LastIndexOf('(', line.End - 2, Math.Min(MaxCreditLength, line.End - 1 - line.Start));
        if (open < line.Start || raw.IndexOf(')', open, line.End - 1 - open) >= 0)
        {
            return null;
        }

        var text = TextScan.Trim(raw, line.Start, open);
        if (text.IsEmpty || !LooksLikeCaptionText(raw, text))
        {
            return null;
        }

        return PhotoCredit.TryParse(raw, open, line.End - 1, lexicons) is { } credit
            ? Make(raw, line, text, credit, CaptionLine)
            : null;
    }

    /// <summary>
    /// The first body line when it starts with a caption whose credit is followed by body text on the same line;
    /// <paramref name="rest"/> is where the body resumes.
    /// </summary>
    public static Caption? TryGluedCaption(string raw, TextSpan line, CleaningLexicons lexicons, out int rest)
    {
        rest = line.End;
        int limit = Math.Min(line.End, line.Start + MaxGluedScan);
        for (int open = raw.IndexOf('(', line.Start, limit - line.Start); open > line.Start; open = raw.IndexOf('(', open + 1, limit - open - 1))
        {
            int close = raw.IndexOf(')', open, Math.Min(MaxCreditLength, limit - open));
            if (close < 0)
            {
                continue;
            }

            int after = TextScan.SkipSpaces(raw, close + 1, line.End);
            var text = TextScan.Trim(raw, line.Start, open);
            // "WASHINGTON (AP) — ..." is a dateline, not a caption.
            if (after < line.End && !TextScan.IsDash(raw[after]) && !text.IsEmpty && LooksLikeCaptionText(raw, text)
                && PhotoCredit.TryParse(raw, open, close, lexicons) is { } credit)
            {
                rest = after;
                return Make(raw, new TextSpan(line.Start, close + 1), text, credit, GluedCaption);
            }
        }

        return null;
    }

    /// <summary>A line that is nothing but a credit, <c>(Reuters)</c>: a source line.</summary>
    public static SourceAttribution? TryLoneCredit(string raw, TextSpan line, CleaningLexicons lexicons)
    {
        if (line.Length < 3 || raw[line.Start] != '(' || raw[line.End - 1] != ')' || line.Length > MaxCreditLength)
        {
            return null;
        }

        return PhotoCredit.TryParse(raw, line.Start, line.End - 1, lexicons) is { Photographer: null } credit
            ? new SourceAttribution(line, credit.Agency, raw.Substring(line.Start, line.Length), LoneCredit)
            : null;
    }

    private static bool LooksLikeCaptionText(string raw, TextSpan text)
    {
        char first = raw[text.Start];
        return (TextScan.IsUpper(first) || char.IsDigit(first) || first is '“' or '"' or '‘')
            && TextScan.CountWords(raw.AsSpan(text.Start, text.Length)) <= MaxCaptionWords;
    }

    private static Caption Make(string raw, TextSpan span, TextSpan text, PhotoCredit credit, string rule) =>
        new(span, text, raw.Substring(text.Start, text.Length), credit.Span, raw.Substring(credit.Span.Start, credit.Span.Length), rule)
        {
            Agency = credit.Agency,
            Photographer = credit.Photographer,
        };
}
