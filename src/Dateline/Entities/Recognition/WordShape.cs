namespace Dateline.Entities.Recognition;

/// <summary>Character-class sketches of words: <c>Blinken</c> → <c>Xx</c>, <c>U.S.</c> → <c>X.X.</c>, <c>1996-08-22</c> → <c>d-d-d</c>.</summary>
internal static class WordShape
{
    /// <summary>Hash of the word's shape with runs of one class collapsed, plus whether it is short (≤ 3 chars).</summary>
    public static ulong HashOf(ReadOnlySpan<char> word)
    {
        ulong hash = 0xCBF29CE484222325UL;
        char previous = '\0';
        foreach (char c in word)
        {
            char kind = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (kind != previous)
            {
                hash = (hash ^ kind) * 0x100000001B3UL;
                previous = kind;
            }
        }

        return word.Length <= 3 ? hash ^ 0x5555 : hash;
    }

    public static bool IsCapitalized(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>Whether the word has letters and none of them is lower case.</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        bool letter = false;
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letter |= char.IsLetter(c);
        }

        return letter;
    }

    /// <summary>
    /// Whether a sentence is set in capitals (a headline or an agency slug), where capitalisation says nothing:
    /// most of its words with letters are written all in capitals.
    /// </summary>
    public static bool IsShouted(IReadOnlyList<string> words)
    {
        int lettered = 0, caps = 0;
        foreach (var word in words)
        {
            if (!word.Any(char.IsLetter))
            {
                continue;
            }

            lettered++;
            if (IsAllCaps(word) && word.Length > 1)
            {
                caps++;
            }
        }

        return lettered >= 2 && caps * 4 >= lettered * 3;
    }
}
