using System.Buffers.Binary;

namespace Dateline.Tagging;

/// <summary>
/// WordNet's single-word lemmas and the parts of speech each takes (<c>data/tagging/en-wordnet-lexicon.tsv</c>,
/// line format in <see cref="Load"/>), read through a morphy-style reduction of regular inflections, so a word the
/// treebanks never saw ("noncombatants", "transmittal", "Kirkuk") still says which open class it can be. Copied into
/// the POS model at training (section <see cref="SectionName"/>: int32 count, then per lemma uint64 lowercase-form
/// hash, byte code mask, byte likeliest code).
/// </summary>
internal sealed class WordNetLexicon
{
    public const string SectionName = "wordnet-lexicon";

    /// <summary>The codes of the file, one bit each in this order: lowercase n v a r, capitalised N V A R.</summary>
    public const string Codes = "nvarNVAR";

    public const uint Noun = 1, Verb = 2, Adjective = 4, Adverb = 8, ProperNoun = 16, ProperVerb = 32, ProperAdjective = 64, ProperAdverb = 128;

    /// <summary>Reading bits above the lemma's own codes: how a regular inflection reached a lemma.</summary>
    public const uint PluralNoun = 1 << 8, PluralProperNoun = 1 << 9, VerbS = 1 << 10, VerbEd = 1 << 11, VerbIng = 1 << 12, Comparative = 1 << 13, Superlative = 1 << 14;

    private const int EntrySize = 10;

    /// <summary>Longer words are URLs or junk; skipping them bounds the stack buffer.</summary>
    private const int MaxLength = 48;

    /// <summary>WordNet's morphy detachment rules (suffix, replacement, lemma codes it needs, reading it gives).</summary>
    private static readonly (string Suffix, string Append, uint Needs, uint Reading)[] Rules =
    [
        ("s", "", Noun | ProperNoun, PluralNoun),
        ("ses", "s", Noun | ProperNoun, PluralNoun),
        ("xes", "x", Noun | ProperNoun, PluralNoun),
        ("zes", "z", Noun | ProperNoun, PluralNoun),
        ("ches", "ch", Noun | ProperNoun, PluralNoun),
        ("shes", "sh", Noun | ProperNoun, PluralNoun),
        ("men", "man", Noun | ProperNoun, PluralNoun),
        ("ies", "y", Noun | ProperNoun, PluralNoun),
        ("s", "", Verb, VerbS),
        ("ies", "y", Verb, VerbS),
        ("es", "e", Verb, VerbS),
        ("es", "", Verb, VerbS),
        ("ed", "e", Verb, VerbEd),
        ("ed", "", Verb, VerbEd),
        ("ing", "e", Verb, VerbIng),
        ("ing", "", Verb, VerbIng),
        ("er", "", Adjective, Comparative),
        ("er", "e", Adjective, Comparative),
        ("est", "", Adjective, Superlative),
        ("est", "e", Adjective, Superlative),
    ];

    private readonly Dictionary<ulong, Entry> entries;

    private WordNetLexicon(Dictionary<ulong, Entry> entries) => this.entries = entries;

    public int Count => entries.Count;

    private readonly record struct Entry(byte Mask, byte First);

    /// <summary>
    /// Reads lines <c>lemma TAB code [SPACE code ...]</c> (codes from <see cref="Codes"/>, likeliest first; the lemma
    /// in lowercase); blank lines and lines starting with # are skipped.
    /// </summary>
    public static WordNetLexicon Load(TextReader reader)
    {
        var entries = new Dictionary<ulong, Entry>();
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
            int first = -1;
            foreach (string code in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                int bit = code.Length == 1 ? Codes.IndexOf(code[0]) : -1;
                if (bit < 0)
                {
                    throw new InvalidDataException($"Unknown WordNet-lexicon code '{code}': '{line}'");
                }

                mask |= (byte)(1 << bit);
                first = first < 0 ? bit : first;
            }

            entries.TryAdd(PosFeatures.LowerHashOf(line.AsSpan(0, tab)), new Entry(mask, (byte)first));
        }

        return new WordNetLexicon(entries);
    }

    public static WordNetLexicon Read(byte[] section)
    {
        int count = BinaryPrimitives.ReadInt32LittleEndian(section);
        var entries = new Dictionary<ulong, Entry>(count);
        for (int i = 0; i < count; i++)
        {
            int offset = 4 + i * EntrySize;
            entries[BinaryPrimitives.ReadUInt64LittleEndian(section.AsSpan(offset))] = new Entry(section[offset + 8], section[offset + 9]);
        }

        return new WordNetLexicon(entries);
    }

    public byte[] ToSection()
    {
        var bytes = new byte[4 + entries.Count * EntrySize];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, entries.Count);
        int offset = 4;
        foreach (var (key, entry) in entries.OrderBy(pair => pair.Key))
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(offset), key);
            bytes[offset + 8] = entry.Mask;
            bytes[offset + 9] = entry.First;
            offset += EntrySize;
        }

        return bytes;
    }

    /// <summary>
    /// What WordNet says of a word, case-folded: the codes of its own lemma (low byte) and the inflection readings
    /// that reach a lemma of the right part of speech (<see cref="PluralNoun"/> …); 0 when none.
    /// <paramref name="first"/> is the likeliest code of the word's own lemma (-1 without one).
    /// </summary>
    public uint Readings(ReadOnlySpan<char> word, out int first)
    {
        first = -1;
        if (word.Length < 2 || word.Length > MaxLength)
        {
            return 0;
        }

        Span<char> lower = stackalloc char[MaxLength + 3];
        int length = word.ToLowerInvariant(lower);
        uint readings = 0;
        if (entries.TryGetValue(PosFeatures.FormHashOf(lower[..length]), out var own))
        {
            readings = own.Mask;
            first = own.First;
        }

        foreach (var (suffix, append, needs, reading) in Rules)
        {
            int stem = length - suffix.Length;
            if (stem < 2 || !lower[..length].EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            readings |= Reach(lower, stem, append, needs, reading);
            if (append.Length == 0 && Doubled(lower, stem, suffix))
            {
                readings |= Reach(lower, stem - 1, append, needs, reading); // "stopped", "biggest"
            }
        }

        return readings;
    }

    /// <summary>The reading when the stem plus <paramref name="append"/> is a lemma with a code in <paramref name="needs"/>.</summary>
    private uint Reach(Span<char> buffer, int stem, string append, uint needs, uint reading)
    {
        Span<char> candidate = stackalloc char[stem + append.Length];
        buffer[..stem].CopyTo(candidate);
        append.AsSpan().CopyTo(candidate[stem..]);
        if (!entries.TryGetValue(PosFeatures.FormHashOf(candidate), out var entry) || (entry.Mask & needs) == 0)
        {
            return 0;
        }

        return reading == PluralNoun && (entry.Mask & needs & ~ProperNoun) == 0 ? PluralProperNoun : reading;
    }

    /// <summary>Whether <paramref name="lemma"/>, case-folded, is a WordNet lemma with one of <paramref name="codes"/>.</summary>
    public bool Has(ReadOnlySpan<char> lemma, uint codes) =>
        entries.TryGetValue(PosFeatures.LowerHashOf(lemma), out var entry) && (entry.Mask & codes) != 0;

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
        foreach (var (suffix, append, needs, _) in Rules)
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

    /// <summary>The UPOS tags the readings allow, as a mask (bit = <see cref="Upos"/> value).</summary>
    public static uint UposOf(uint readings)
    {
        uint upos = 0;
        if ((readings & (Noun | PluralNoun)) != 0)
        {
            upos |= Bit(Upos.NOUN);
        }

        if ((readings & (ProperNoun | PluralProperNoun)) != 0)
        {
            upos |= Bit(Upos.PROPN);
        }

        if ((readings & (Verb | ProperVerb | VerbS | VerbEd | VerbIng)) != 0)
        {
            upos |= Bit(Upos.VERB);
        }

        if ((readings & (Adjective | ProperAdjective | Comparative | Superlative)) != 0)
        {
            upos |= Bit(Upos.ADJ);
        }

        if ((readings & (Adverb | ProperAdverb)) != 0)
        {
            upos |= Bit(Upos.ADV);
        }

        return upos;
    }

    private static uint Bit(Upos tag) => 1u << (int)tag;
}
