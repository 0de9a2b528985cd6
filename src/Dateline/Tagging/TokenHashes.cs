using Dateline.Learning;

namespace Dateline.Tagging;

/// <summary>The per-token parts every POS feature is built from, hashed once.</summary>
internal struct TokenHashes
{
    public ulong Exact;
    public ulong Lower;
    public ulong Shape;
    public ulong HyphenTail;
    public int Traits;
    public uint ExactClass;
    public uint LowerClass;

    /// <summary>The fine word cluster (0–1023), -1 when unclustered, -2 at a sentence boundary.</summary>
    public int Cluster;
    /// <summary>The outside tag lexicon's tag mask and likeliest tag (<see cref="TagLexicon"/>), and how it matched: 0 not at all, 1 exact, 2 lowercase, -1 boundary.</summary>
    public ulong LexiconMask;
    public int LexiconFirst;
    public int LexiconMatch;
    public Affixes Prefixes;
    public Affixes Suffixes;

    /// <summary>The bit of <see cref="Traits"/> set when the word has an uppercase letter.</summary>
    public const int UpperTrait = 4;

    /// <summary>The bit of <see cref="Traits"/> set for a sentence's first word.</summary>
    public const int SentenceStartTrait = 16;

    /// <summary>The exact form's class, else the lowercase form's (0: unseen).</summary>
    public readonly uint AnyClass => ExactClass != 0 ? ExactClass : LowerClass;

    public static TokenHashes Boundary(string marker)
    {
        ulong hash = FeatureHash.Add(FeatureHash.Start(0), marker);
        var result = new TokenHashes { Exact = hash, Lower = hash, Shape = hash, HyphenTail = hash, Cluster = -2, LexiconMatch = -1, LexiconFirst = -2, LexiconMask = hash, Traits = -1, ExactClass = uint.MaxValue, LowerClass = uint.MaxValue };
        for (int i = 0; i < PosFeatures.MaxAffix; i++)
        {
            result.Prefixes[i] = hash;
            result.Suffixes[i] = hash;
        }

        return result;
    }

    public static TokenHashes Of(string word, bool sentenceStart)
    {
        var result = new TokenHashes
        {
            Exact = PosFeatures.FormHashOf(word),
            Lower = PosFeatures.LowerHashOf(word),
            Shape = ShapeHash(word),
            Traits = TraitsOf(word, sentenceStart),
            HyphenTail = HyphenTailHash(word),
        };
        for (int i = 0; i < PosFeatures.MaxAffix; i++)
        {
            int length = i + 1;
            if (word.Length > length)
            {
                result.Suffixes[i] = FeatureHash.AddLowercase(FeatureHash.Start(0), word.AsSpan(word.Length - length));
                result.Prefixes[i] = FeatureHash.AddLowercase(FeatureHash.Start(0), word.AsSpan(0, length));
            }
        }

        return result;
    }

    /// <summary>The lowercase part after a word-internal hyphen ("well-known" → "known"), 0 without one.</summary>
    private static ulong HyphenTailHash(string word)
    {
        int hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen < word.Length - 1 ? FeatureHash.AddLowercase(FeatureHash.Start(0), word.AsSpan(hyphen + 1)) : 0;
    }

    /// <summary>Character classes with runs collapsed: "Obama" → "Xx", "1,234" → "d,d", "U.S." → "X.X.".</summary>
    private static ulong ShapeHash(string word)
    {
        ulong hash = FeatureHash.Start(0);
        char last = '\0';
        int run = 0;
        foreach (char c in word)
        {
            char kind = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'l' : c;
            run = kind == last ? run + 1 : 1;
            if (run <= 2)
            {
                hash = FeatureHash.Add(hash, kind);
            }

            last = kind;
        }

        return hash;
    }

    private static int TraitsOf(string word, bool sentenceStart)
    {
        bool hyphen = false, digit = false, upper = false, lower = false;
        foreach (char c in word)
        {
            hyphen |= c == '-';
            digit |= char.IsDigit(c);
            upper |= char.IsUpper(c);
            lower |= char.IsLower(c);
        }

        return (hyphen ? 1 : 0) | (digit ? 2 : 0) | (upper ? UpperTrait : 0) | (upper && !lower ? 8 : 0) | (sentenceStart ? SentenceStartTrait : 0);
    }
}

[System.Runtime.CompilerServices.InlineArray(PosFeatures.MaxAffix)]
internal struct Affixes
{
    private ulong element;
}
