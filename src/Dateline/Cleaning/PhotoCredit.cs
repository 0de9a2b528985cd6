using Dateline.Documents;

namespace Dateline.Cleaning;

/// <summary>
/// A parenthesised photo credit such as <c>(Mark Schiefelbein/Reuters)</c>, <c>(Reuters/Ibrahim Abu Mustafa)</c>,
/// <c>(AFP)</c> or <c>(Photo: Jane Roe/AP Photo)</c>: up to three parts split by <c>/</c>, at least one an agency
/// from <c>agencies.txt</c>, every other part a person's name.
/// </summary>
internal readonly record struct PhotoCredit(TextSpan Span, string Agency, string? Photographer)
{
    private const int MaxParts = 3;
    private const int MaxNameWords = 5;

    /// <summary>Parses the credit between the parentheses at <paramref name="open"/> and <paramref name="close"/>.</summary>
    public static PhotoCredit? TryParse(string raw, int open, int close, CleaningLexicons lexicons)
    {
        var content = TextScan.Trim(raw, open + 1, close);
        foreach (string prefix in lexicons.Phrases.CreditPrefixes)
        {
            if (TextScan.StartsWithPhrase(raw.AsSpan(content.Start, content.Length), prefix))
            {
                content = TextScan.Trim(raw, content.Start + prefix.Length, content.End);
                break;
            }
        }

        if (content.IsEmpty)
        {
            return null;
        }

        string? agency = null;
        string? photographer = null;
        int partStart = content.Start;
        for (int part = 0; partStart <= content.End; part++)
        {
            if (part == MaxParts)
            {
                return null;
            }

            int slash = raw.IndexOf('/', partStart, content.End - partStart);
            int partEnd = slash < 0 ? content.End : slash;
            var partSpan = TextScan.Trim(raw, partStart, partEnd);
            var text = raw.AsSpan(partSpan.Start, partSpan.Length);
            if (AgencyOf(text, lexicons) is { } found)
            {
                agency ??= found;
            }
            else if (IsPersonName(text) && !IsCreditWord(text, lexicons))
            {
                photographer ??= text.ToString();
            }
            else if (!IsCreditWord(text, lexicons))
            {
                return null; // (File/Reuters), (Handout/AFP) have a part that is nobody's name; anything else is no credit
            }

            partStart = partEnd + 1;
        }

        return agency is null ? null : new PhotoCredit(content, agency, photographer);
    }

    /// <summary>The canonical agency for a credit part: <c>Reuters</c>, <c>AP Photo</c>, <c>AFP via Getty Images</c>.</summary>
    public static string? AgencyOf(ReadOnlySpan<char> part, CleaningLexicons lexicons)
    {
        if (lexicons.Agencies.TryGetValue(part, out var agency))
        {
            return agency;
        }

        int via = part.IndexOf(" via ", StringComparison.Ordinal);
        if (via > 0)
        {
            return AgencyOf(part[..via].Trim(), lexicons) ?? AgencyOf(part[(via + 5)..].Trim(), lexicons);
        }

        foreach (string suffix in (ReadOnlySpan<string>)[" Photo", " Images", " Pool", " Photos"])
        {
            if (part.EndsWith(suffix, StringComparison.Ordinal) && lexicons.Agencies.TryGetValue(part[..^suffix.Length].TrimEnd(), out agency))
            {
                return agency;
            }
        }

        return null;
    }

    private static bool IsCreditWord(ReadOnlySpan<char> part, CleaningLexicons lexicons)
    {
        foreach (string word in lexicons.Phrases.CreditWords)
        {
            if (part.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPersonName(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 60)
        {
            return false;
        }

        int words = 0;
        bool atWordStart = true;
        foreach (char c in text)
        {
            if (c == ' ')
            {
                atWordStart = true;
                continue;
            }

            if (atWordStart)
            {
                // Later words may be particles: "Mahmoud al-Essa", "Rui da Silva".
                if ((words == 0 ? !TextScan.IsUpper(c) : !TextScan.IsLetter(c)) || ++words > MaxNameWords)
                {
                    return false;
                }

                atWordStart = false;
            }
            else if (!TextScan.IsLetter(c) && c is not ('.' or '-' or '\'' or '’'))
            {
                return false;
            }
        }

        return words > 0;
    }
}
