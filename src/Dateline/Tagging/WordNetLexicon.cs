using System.Buffers.Binary;

namespace Dateline.Tagging;

/// <summary>
/// WordNet's single-word lemmas and the parts of speech each takes (<c>data/tagging/en-wordnet-lexicon.tsv</c>, line
/// format in <see cref="Load"/>), read through WordNet's morphy reduction of regular inflections, so the lemmatizer
/// can tell a real lemma ("provoke") from a rule-made stem ("provok") for words the treebanks never saw. Copied into
/// the POS model at training (section <see cref="SectionName"/>: int32 count, then per lemma uint64 lowercase-form
/// hash and a byte of codes, sorted by hash). Kept as sorted arrays searched by halving, so loading builds no table.
/// </summary>
internal sealed class WordNetLexicon
{
    public const string SectionName = "wordnet-lexicon";

    /// <summary>The codes of the file, one bit each in this order: lowercase n v a r, capitalised N V A R.</summary>
    public const string Codes = "nvarNVAR";

    public const uint Noun = 1, Verb = 2, Adjective = 4;

    private const int EntrySize = 9;

    /// <summary>Longer words are URLs or junk; skipping them bounds the stack buffer.</summary>
    private const int MaxLength = 48;

    /// <summary>WordNet's morphy detachment rules, in its order (suffix, replacement, part of speech).</summary>
    private static readonly (string Suffix, string Append, uint Codes)[] Rules =
    [
        ("s", "", Noun),
        ("ses", "s", Noun),
        ("xes", "x", Noun),
        ("zes", "z", Noun),
        ("ches", "ch", Noun),
        ("shes", "sh", Noun),
        ("men", "man", Noun),
        ("ies", "y", Noun),
        ("s", "", Verb),
        ("ies", "y", Verb),
        ("es", "e", Verb),
        ("es", "", Verb),
        ("ed", "e", Verb),
        ("ed", "", Verb),
        ("ing", "e", Verb),
        ("ing", "", Verb),
        ("er", "", Adjective),
        ("er", "e", Adjective),
        ("est", "", Adjective),
        ("est", "e", Adjective),
    ];

    private readonly ulong[] keys;
    private readonly byte[] masks;

    private WordNetLexicon(ulong[] keys, byte[] masks)
    {
        this.keys = keys;
        this.masks = masks;
    }

    public int Count => keys.Length;

    /// <summary>
    /// Reads lines <c>lemma TAB code [SPACE code ...]</c> (codes from <see cref="Codes"/>, likeliest first; the lemma
    /// in lowercase); blank lines and lines starting with # are skipped.
    /// </summary>
    public static WordNetLexicon Load(TextReader reader)
    {
        var entries = new Dictionary<ulong, byte>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                throw new InvalidDataException($"WordNet-lexicon line needs lemma TAB codes: '{line}'");
            }

            byte mask = 0;
            foreach (string code in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                int bit = code.Length == 1 ? Codes.IndexOf(code[0]) : -1;
                if (bit < 0)
                {
                    throw new InvalidDataException($"Unknown WordNet-lexicon code '{code}': '{line}'");
                }

                mask |= (byte)(1 << bit);
            }

            entries.TryAdd(PosFeatures.LowerHashOf(line.AsSpan(0, tab)), mask);
        }

        var sorted = entries.OrderBy(pair => pair.Key).ToArray();
        return new WordNetLexicon(sorted.Select(pair => pair.Key).ToArray(), sorted.Select(pair => pair.Value).ToArray());
    }

    public static WordNetLexicon Read(byte[] section)
    {
        int count = BinaryPrimitives.ReadInt32LittleEndian(section);
        var keys = new ulong[count];
        var masks = new byte[count];
        for (int i = 0; i < count; i++)
        {
            int offset = 4 + i * EntrySize;
            keys[i] = BinaryPrimitives.ReadUInt64LittleEndian(section.AsSpan(offset));
            masks[i] = section[offset + 8];
        }

        return new WordNetLexicon(keys, masks);
    }

    public byte[] ToSection()
    {
        var bytes = new byte[4 + keys.Length * EntrySize];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, keys.Length);
        for (int i = 0; i < keys.Length; i++)
        {
            int offset = 4 + i * EntrySize;
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(offset), keys[i]);
            bytes[offset + 8] = masks[i];
        }

        return bytes;
    }

    /// <summary>Whether <paramref name="lemma"/>, case-folded, is a WordNet lemma with one of <paramref name="codes"/>.</summary>
    public bool Has(ReadOnlySpan<char> lemma, uint codes) =>
        Array.BinarySearch(keys, PosFeatures.LowerHashOf(lemma)) is int index and >= 0 && (masks[index] & codes) != 0;

    /// <summary>
    /// The lemma of a word under <paramref name="codes"/> (one part of speech): the word itself, lowercased, when
    /// it is such a lemma, else the first regular reduction that reaches one, in WordNet's rule order; null when none.
    /// </summary>
    public string? LemmaOf(string word, uint codes)
    {
        if (word.Length < 2 || word.Length > MaxLength)
        {
            return null;
        }

        if (Has(word, codes))
        {
            return word.ToLowerInvariant();
        }

        Span<char> lower = stackalloc char[MaxLength + 3];
        int length = word.AsSpan().ToLowerInvariant(lower);
        foreach (var (suffix, append, needs) in Rules)
        {
            int stem = length - suffix.Length;
            if ((needs & codes) == 0 || stem < 2 || !lower[..length].EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            if (Reaches(lower, stem, append, codes) is { } lemma)
            {
                return lemma;
            }

            if (append.Length == 0 && Doubled(lower, stem, suffix) && Reaches(lower, stem - 1, append, codes) is { } undoubled)
            {
                return undoubled;
            }
        }

        return null;
    }

    private string? Reaches(Span<char> buffer, int stem, string append, uint codes)
    {
        Span<char> candidate = stackalloc char[stem + append.Length];
        buffer[..stem].CopyTo(candidate);
        append.AsSpan().CopyTo(candidate[stem..]);
        return Has(candidate, codes) ? candidate.ToString() : null;
    }

    private static bool Doubled(Span<char> lower, int stem, string suffix) =>
        suffix is "ed" or "ing" or "er" or "est" && stem >= 3 && lower[stem - 1] == lower[stem - 2] && !IsVowel(lower[stem - 1]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
