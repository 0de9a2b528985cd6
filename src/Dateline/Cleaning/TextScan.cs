using Dateline.Documents;

namespace Dateline.Cleaning;

/// <summary>Small character-level helpers shared by the cleaning rules; all work on raw offsets, none allocate.</summary>
internal static class TextScan
{
    public static bool IsLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (c >= '\u00C0' && char.IsLetter(c));

    public static bool IsUpper(char c) => (uint)(c - 'A') <= 'Z' - 'A' || (c >= '\u00C0' && char.IsUpper(c));

    public static bool IsLower(char c) => (uint)(c - 'a') <= 'z' - 'a' || (c >= '\u00C0' && char.IsLower(c));

    /// <summary>Spaces inside a line (not line breaks).</summary>
    public static bool IsInlineSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\uFEFF' or '\r' or '\u2009' or '\u202F';

    public static bool IsDash(char c) => c is '—' or '–' or '-' or '\u2012' or '\u2015';

    public static bool IsClosingQuote(char c) => c is '”' or '"' or '»';

    public static TextSpan Trim(string raw, int start, int end)
    {
        while (start < end && IsInlineSpace(raw[start]))
        {
            start++;
        }

        while (end > start && IsInlineSpace(raw[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    public static int SkipSpaces(string raw, int i, int end)
    {
        while (i < end && IsInlineSpace(raw[i]))
        {
            i++;
        }

        return i;
    }

    public static int CountWords(ReadOnlySpan<char> text)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                count++;
            }

            inWord = !space;
        }

        return count;
    }

    /// <summary>Case-insensitive prefix test that also wants a word boundary after the phrase.</summary>
    public static bool StartsWithPhrase(ReadOnlySpan<char> text, string phrase) =>
        text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
        && (text.Length == phrase.Length || !IsLetter(phrase[^1]) || !IsLetter(text[phrase.Length]));

    /// <summary>Canonical name of the first agency named in <paramref name="text"/> (up to four words long), or null.</summary>
    public static string? FindAgency(ReadOnlySpan<char> text, CleaningLexicons lexicons)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (!IsLetter(text[i]) || (i > 0 && IsLetter(text[i - 1])))
            {
                continue;
            }

            int end = i;
            for (int words = 0; words < 4 && end < text.Length; words++)
            {
                while (end < text.Length && (IsLetter(text[end]) || text[end] is '-' or '.' || char.IsDigit(text[end])))
                {
                    end++;
                }

                int candidateEnd = end;
                while (candidateEnd > i && text[candidateEnd - 1] == '.')
                {
                    candidateEnd--;
                }

                if (lexicons.Agencies.TryGetValue(text[i..candidateEnd], out var agency))
                {
                    return agency;
                }

                if (end >= text.Length || text[end] != ' ')
                {
                    break;
                }

                end++;
            }
        }

        return null;
    }
}
