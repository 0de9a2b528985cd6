namespace Dateline.Tagging;

/// <summary>
/// How a document cases its words: which forms occur lowercase, and how often each occurs capitalised inside a
/// sentence that is not in title case. A capitalised word that the same document also writes in lowercase is
/// likely a common word at a sentence start or in a headline; one capitalised mid-sentence elsewhere is likely a
/// name. Built once per document before tagging; read-only after, and only by the session that built it.
/// </summary>
internal sealed class DocumentCasing
{
    /// <summary>Bounds the memory on hostile input; a document with more distinct forms keeps its first ones.</summary>
    private const int MaxForms = 1 << 16;

    private readonly HashSet<ulong> lowercase = [];
    private readonly Dictionary<ulong, int> capitalisedInside = [];

    /// <summary>No word is capitalised: casing flags 0.</summary>
    public const int NotCapitalised = 0;

    public void Clear()
    {
        lowercase.Clear();
        capitalisedInside.Clear();
    }

    /// <summary>Adds one sentence's words (<paramref name="lowerHashes"/>: each word's <see cref="TokenHashes.Lower"/>).</summary>
    public void AddSentence(ReadOnlySpan<string> words, ReadOnlySpan<ulong> lowerHashes)
    {
        bool titleCase = IsTitleCase(words);
        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i];
            if (word.Length == 0 || !char.IsLetter(word[0]))
            {
                continue;
            }

            if (char.IsLower(word[0]))
            {
                if (lowercase.Count < MaxForms)
                {
                    lowercase.Add(lowerHashes[i]);
                }
            }
            else if (i > 0 && !titleCase && char.IsUpper(word[0]) && (capitalisedInside.Count < MaxForms || capitalisedInside.ContainsKey(lowerHashes[i])))
            {
                capitalisedInside[lowerHashes[i]] = capitalisedInside.GetValueOrDefault(lowerHashes[i]) + 1;
            }
        }
    }

    /// <summary>
    /// The casing flags of a word of a sentence added before: <see cref="NotCapitalised"/> unless its first letter is
    /// uppercase, else 1 + (1 when the document has it in lowercase) + (2 when it is capitalised inside another
    /// sentence or elsewhere in this one).
    /// </summary>
    public int FlagsOf(string word, ulong lowerHash, bool countedInside)
    {
        if (word.Length == 0 || !char.IsUpper(word[0]))
        {
            return NotCapitalised;
        }

        int inside = capitalisedInside.GetValueOrDefault(lowerHash) - (countedInside ? 1 : 0);
        return 1 + (lowercase.Contains(lowerHash) ? 1 : 0) + (inside > 0 ? 2 : 0);
    }

    /// <summary>Whether <see cref="AddSentence"/> counts the word at <paramref name="position"/> as capitalised inside.</summary>
    public static bool CountsInside(ReadOnlySpan<string> words, int position, bool titleCase) =>
        position > 0 && !titleCase && words[position].Length > 0 && char.IsUpper(words[position][0]);

    /// <summary>A headline or a list of names: at least two words of letters, three in five capitalised.</summary>
    public static bool IsTitleCase(ReadOnlySpan<string> words)
    {
        int letterWords = 0, capitalised = 0;
        foreach (string word in words)
        {
            if (word.Length > 0 && char.IsLetter(word[0]))
            {
                letterWords++;
                capitalised += char.IsUpper(word[0]) ? 1 : 0;
            }
        }

        return letterWords >= 2 && capitalised * 5 >= letterWords * 3;
    }
}
