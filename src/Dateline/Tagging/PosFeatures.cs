using Dateline.Learning;

namespace Dateline.Tagging;

/// <summary>
/// The UPOS tagger's features (<see cref="Id"/>): the word, its lowercase, prefixes 1–3 and suffixes 1–4,
/// its shape and traits, the previous two tags, and the words ±2 around it with the suffixes of ±1.
/// Per-token parts are hashed once per sentence; a position only combines precomputed hashes.
/// Reused sentence after sentence by one thread.
/// </summary>
internal sealed class PosFeatures(TagDictionary? tagDictionary, WordClasses? classes, int capacity = 64) : ISequenceFeatures
{
    /// <summary>Names this extractor; change it whenever a feature or template number changes.</summary>
    public const string Id = "pos-features-2";

    private const int MaxAffix = 4;

    private static readonly TokenHashes Before1 = TokenHashes.Boundary("<s>"), Before2 = TokenHashes.Boundary("<s2>");
    private static readonly TokenHashes After1 = TokenHashes.Boundary("</s>"), After2 = TokenHashes.Boundary("</s2>");

    private TokenHashes[] tokens = new TokenHashes[capacity];
    private int[] fixedLabels = new int[capacity];

    public int Length { get; private set; }

    /// <summary>The exact-form hash of each word, also the key of the tag dictionary and the lemma lexicon.</summary>
    public ulong FormHash(int position) => tokens[position].Exact;

    /// <summary>The hash of each word's invariant lowercase (the lemma lexicon's fallback key).</summary>
    public ulong LowerHash(int position) => tokens[position].Lower;

    /// <summary>The exact-form hash <see cref="FormHash"/> gives, for a word outside any sentence.</summary>
    public static ulong FormHashOf(string word) => FeatureHash.Add(FeatureHash.Start(0), word);

    /// <summary>The lowercase hash <see cref="LowerHash"/> gives, for a word outside any sentence.</summary>
    public static ulong LowerHashOf(ReadOnlySpan<char> word) => FeatureHash.AddLowercase(FeatureHash.Start(0), word);

    public void Reset(ReadOnlySpan<string> words)
    {
        Length = words.Length;
        if (tokens.Length < words.Length)
        {
            tokens = new TokenHashes[words.Length * 2];
            fixedLabels = new int[words.Length * 2];
        }

        for (int i = 0; i < words.Length; i++)
        {
            tokens[i] = TokenHashes.Of(words[i], i == 0);
            if (classes is not null)
            {
                tokens[i].ExactClass = classes.ExactClass(tokens[i].Exact);
                tokens[i].LowerClass = classes.LowerClass(tokens[i].Lower);
            }

            fixedLabels[i] = tagDictionary?.LabelOf(tokens[i].Exact) ?? -1;
        }
    }

    public int FixedLabel(int position) => fixedLabels[position];

    public void AddFeatures(int position, ReadOnlySpan<int> previousLabels, FeatureVector features)
    {
        ref readonly var word = ref tokens[position];
        ref readonly var previous = ref At(position - 1);
        ref readonly var next = ref At(position + 1);
        int tag1 = position >= 1 ? previousLabels[position - 1] : -1;
        int tag2 = position >= 2 ? previousLabels[position - 2] : -1;

        features.Add(FeatureHash.Start(1));
        features.Add(Combine(2, word.Lower));
        features.Add(Combine(3, word.Exact));
        for (int i = 0; i < MaxAffix; i++)
        {
            if (word.Suffixes[i] != 0)
            {
                features.Add(Combine(4 + i, word.Suffixes[i]));
            }

            if (i < 3 && word.Prefixes[i] != 0)
            {
                features.Add(Combine(8 + i, word.Prefixes[i]));
            }
        }

        features.Add(Combine(11, word.Shape));
        features.Add(FeatureHash.Add(FeatureHash.Start(12), word.Traits));
        features.Add(FeatureHash.Add(FeatureHash.Start(13), tag1));
        features.Add(FeatureHash.Add(FeatureHash.Start(14), tag2));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(15), tag1), tag2));
        features.Add(FeatureHash.AddHash(FeatureHash.Add(FeatureHash.Start(16), tag1), word.Lower));
        features.Add(Combine(17, previous.Lower));
        features.Add(Combine(18, previous.Suffixes[2]));
        features.Add(Combine(19, At(position - 2).Lower));
        features.Add(Combine(20, next.Lower));
        features.Add(Combine(21, next.Suffixes[2]));
        features.Add(Combine(22, At(position + 2).Lower));
        features.Add(FeatureHash.AddHash(Combine(23, previous.Lower), word.Lower));
        features.Add(FeatureHash.AddHash(Combine(24, word.Lower), next.Lower));
        features.Add(FeatureHash.AddHash(FeatureHash.Add(FeatureHash.Start(25), tag1), next.Lower));
        features.Add(Combine(26, next.Shape));
        features.Add(Combine(27, previous.Shape));
        features.Add(FeatureHash.Add(FeatureHash.Start(28), (int)word.ExactClass));
        features.Add(FeatureHash.Add(FeatureHash.Start(29), (int)word.LowerClass));
        features.Add(FeatureHash.Add(FeatureHash.Start(30), (int)next.AnyClass));
        features.Add(FeatureHash.Add(FeatureHash.Start(31), (int)At(position + 2).AnyClass));
        features.Add(FeatureHash.Add(FeatureHash.Start(32), (int)previous.AnyClass));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(33), tag1), (int)word.AnyClass));
        features.Add(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(34), (int)word.AnyClass), (int)next.AnyClass));
    }

    private static ulong Combine(int template, ulong part) => FeatureHash.AddHash(FeatureHash.Start(template), part);

    private ref readonly TokenHashes At(int position)
    {
        if (position < 0)
        {
            return ref position == -1 ? ref Before1 : ref Before2;
        }

        if (position >= Length)
        {
            return ref position == Length ? ref After1 : ref After2;
        }

        return ref tokens[position];
    }

    /// <summary>The per-token parts every feature is built from, hashed once.</summary>
    private struct TokenHashes
    {
        public ulong Exact;
        public ulong Lower;
        public ulong Shape;
        public int Traits;
        public uint ExactClass;
        public uint LowerClass;
        public Affixes Prefixes;
        public Affixes Suffixes;

        /// <summary>The exact form's class, else the lowercase form's (0: unseen).</summary>
        public readonly uint AnyClass => ExactClass != 0 ? ExactClass : LowerClass;

        public static TokenHashes Boundary(string marker)
        {
            ulong hash = FeatureHash.Add(FeatureHash.Start(0), marker);
            var result = new TokenHashes { Exact = hash, Lower = hash, Shape = hash, Traits = -1, ExactClass = uint.MaxValue, LowerClass = uint.MaxValue };
            for (int i = 0; i < MaxAffix; i++)
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
                Exact = FormHashOf(word),
                Lower = LowerHashOf(word),
                Shape = ShapeHash(word),
                Traits = TraitsOf(word, sentenceStart),
            };
            for (int i = 0; i < MaxAffix; i++)
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

            return (hyphen ? 1 : 0) | (digit ? 2 : 0) | (upper ? 4 : 0) | (upper && !lower ? 8 : 0) | (sentenceStart ? 16 : 0);
        }
    }

    [System.Runtime.CompilerServices.InlineArray(MaxAffix)]
    private struct Affixes
    {
        private ulong element;
    }
}
