namespace Dateline.Entities.Recognition;

/// <summary>
/// Short title-case runs between quote marks — <c>" The Crying Game "</c>, <c>" Strike Hard "</c> — which name works,
/// campaigns and prizes (MISC) far more often than they quote speech. One pass with a bounded look-ahead: linear time.
/// </summary>
internal static class QuotedTitles
{
    /// <summary>Longest run between the marks that still reads as a title.</summary>
    public const int MaxLength = 8;

    public const byte None = 0;
    public const byte First = 1;
    public const byte Inside = 2;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "a", "an", "for", "in", "on", "to", "at", "with", "de", "la", "le", "del", "von", "&",
    };

    /// <summary>Per token: <see cref="First"/> and <see cref="Inside"/> for the words of a quoted title, else <see cref="None"/>.</summary>
    public static byte[] Find(IReadOnlyList<string> tokens)
    {
        var marks = new byte[tokens.Count];
        int i = 0;
        while (i < tokens.Count)
        {
            if (!IsQuote(tokens[i]))
            {
                i++;
                continue;
            }

            int close = i + 1;
            while (close < tokens.Count && close - i - 1 <= MaxLength && !IsQuote(tokens[close]))
            {
                close++;
            }

            int length = close - i - 1;
            if (close < tokens.Count && IsQuote(tokens[close]) && length is > 0 and <= MaxLength && IsTitle(tokens, i + 1, close))
            {
                marks[i + 1] = First;
                marks.AsSpan(i + 2, length - 1).Fill(Inside);
                i = close + 1;
            }
            else
            {
                i = close < tokens.Count && IsQuote(tokens[close]) ? close : i + 1;
            }
        }

        return marks;
    }

    private static bool IsQuote(string token) => token is "\"" or "``" or "''" or "\u201C" or "\u201D";

    /// <summary>A capitalised first word, then capitalised words, function words or inner punctuation; not all in capitals.</summary>
    private static bool IsTitle(IReadOnlyList<string> tokens, int from, int end)
    {
        if (!WordShape.IsCapitalized(tokens[from]))
        {
            return false;
        }

        bool lowerSomewhere = false;
        for (int k = from; k < end; k++)
        {
            var word = tokens[k];
            if (word.Length == 0 || !(WordShape.IsCapitalized(word) || FunctionWords.Contains(word) || char.IsDigit(word[0]) || word is "-" or ":" or "'s" or "," or "!" or "?" or "."))
            {
                return false;
            }

            lowerSomewhere |= word.Any(char.IsLower);
        }

        return lowerSomewhere && !(end - from == 1 && tokens[from].Length < 2);
    }
}
