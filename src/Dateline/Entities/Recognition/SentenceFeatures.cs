using Dateline.Entities.Gazetteers;
using Dateline.Learning;
using Dateline.Tagging;

namespace Dateline.Entities.Recognition;

/// <summary>
/// One sentence prepared for tagging: per-token hashes of the word, its folded form, shape and affixes, and the
/// gazetteer phrases it begins or continues. Computed once; <see cref="Extract"/> then only combines hashes.
/// </summary>
public sealed class SentenceFeatures
{
    private const int AffixLength = 4;

    private const ulong Boundary = 0x1234_5678_9ABC_DEF1UL;

    private readonly ulong[] words;
    private readonly ulong[] shapes;
    private readonly ulong[] prefixes;
    private readonly ulong[] suffixes;
    private readonly ushort[] gazetteerBegins;
    private readonly ushort[] gazetteerInsides;
    private readonly Upos[]? pos;

    public SentenceFeatures(IReadOnlyList<string> tokens, Gazetteer gazetteer, Upos[]? pos = null)
    {
        int n = tokens.Count;
        Length = n;
        this.pos = pos;
        words = new ulong[n];
        LowerHashes = new ulong[n];
        Capitalized = new bool[n];
        LowerInitial = new bool[n];
        AfterOpening = new bool[n];
        shapes = new ulong[n];
        prefixes = new ulong[n * AffixLength];
        suffixes = new ulong[n * AffixLength];
        gazetteerBegins = new ushort[n];
        gazetteerInsides = new ushort[n];
        Shouted = WordShape.IsShouted(tokens);
        for (int i = 0; i < n; i++)
        {
            var word = tokens[i].AsSpan();
            words[i] = PhraseHash.OfToken(word, fold: false);
            LowerHashes[i] = PhraseHash.OfToken(word, fold: true);
            Capitalized[i] = WordShape.IsCapitalized(word);
            LowerInitial[i] = word.Length > 0 && char.IsLower(word[0]);
            AfterOpening[i] = i > 0 && tokens[i - 1] is "\"" or "'" or "(" or ":" or "-" or "--" or "``" or "`" or "\u201C" or "\u2018";
            shapes[i] = WordShape.HashOf(word);
            for (int k = 0; k < AffixLength; k++)
            {
                prefixes[(i * AffixLength) + k] = k < word.Length ? PhraseHash.OfToken(word[..(k + 1)], fold: true) : 0;
                suffixes[(i * AffixLength) + k] = k < word.Length ? PhraseHash.OfToken(word[^(k + 1)..], fold: true) : 0;
            }
        }

        gazetteer.Match(tokens, fold: Shouted, gazetteerBegins, gazetteerInsides);
    }

    public int Length { get; }

    /// <summary>Case-folded word hashes: the key of <see cref="DocumentMemory"/>.</summary>
    public ulong[] LowerHashes { get; }

    public bool[] Capitalized { get; }

    /// <summary>Words starting with a lower-case letter.</summary>
    public bool[] LowerInitial { get; }

    /// <summary>Words right after an opening quote, bracket or colon, where capitals start a clause.</summary>
    public bool[] AfterOpening { get; }

    /// <summary>Whether the sentence is set in capitals (a headline), where case says nothing.</summary>
    public bool Shouted { get; }

    /// <summary>
    /// Adds the features of token <paramref name="i"/> given the two labels before it in this sentence
    /// (<see cref="SentenceStart"/> before the first token) and what the document said earlier.
    /// </summary>
    public void Extract(int i, int previous, int beforePrevious, DocumentMemory? memory, DocumentCase? documentCase, FeatureVector output)
    {
        ulong lower = LowerHashes[i], shape = shapes[i];
        ulong lowerBefore = LowerAt(i - 1), lowerAfter = LowerAt(i + 1);
        ulong shapeBefore = ShapeAt(i - 1), shapeAfter = ShapeAt(i + 1);

        output.Add(Feature(1, 0));
        output.Add(Feature(2, words[i]));
        output.Add(Feature(3, lower));
        output.Add(Feature(4, lowerBefore));
        output.Add(Feature(5, lowerAfter));
        output.Add(Feature(6, LowerAt(i - 2)));
        output.Add(Feature(7, LowerAt(i + 2)));
        output.Add(Feature(8, lowerBefore, lower));
        output.Add(Feature(9, lower, lowerAfter));
        output.Add(Feature(10, shape));
        output.Add(Feature(11, shapeBefore, shape));
        output.Add(Feature(12, shape, shapeAfter));
        output.Add(Feature(13, shapeBefore, shape, shapeAfter));
        for (int k = 0; k < AffixLength; k++)
        {
            var prefix = prefixes[(i * AffixLength) + k];
            var suffix = suffixes[(i * AffixLength) + k];
            if (prefix != 0)
            {
                output.Add(Feature(14 + (ulong)k, prefix));
                output.Add(Feature(18 + (ulong)k, suffix));
            }
        }

        output.Add(Feature(22, (ulong)(previous + 2)));
        output.Add(Feature(23, (ulong)(previous + 2), (ulong)(beforePrevious + 2)));
        output.Add(Feature(24, (ulong)(previous + 2), lower));
        output.Add(Feature(25, (ulong)(previous + 2), shape));
        output.Add(Feature(26, i == 0 ? 1UL : 0UL, shape));
        output.Add(Feature(60, WordAt(i - 1)));
        output.Add(Feature(61, WordAt(i + 1)));
        if (documentCase is not null)
        {
            ulong evidence = documentCase.EvidenceFor(lower);
            ulong initial = i == 0 || AfterOpening[i] ? 1UL : 0UL;
            output.Add(Feature(62, evidence, shape, initial));
            output.Add(Feature(63, evidence, Shouted ? 1UL : 0UL));
            if (Capitalized[i])
            {
                foreach (ulong context in documentCase.ContextsOf(lower))
                {
                    output.Add(Feature(64, context));
                }
            }
        }
        if (Shouted)
        {
            output.Add(Feature(27, lower));
            output.Add(Feature(28, lowerBefore, lower));
        }

        AddGazetteerFeatures(i, output);
        AddPosFeatures(i, output);
        if (memory?.CountsOf(lower) is { } counts && (Capitalized[i] || Shouted))
        {
            AddMemoryFeatures(counts, shape, output);
        }
    }

    /// <summary>The label history before a sentence's first token.</summary>
    public const int SentenceStart = -1;

    private static ulong Feature(ulong template, ulong value) => Mix((template * 0x9E3779B97F4A7C15UL) ^ value);

    private static ulong Feature(ulong template, ulong a, ulong b) => Feature(template, Mix(a) ^ (b * 0xC2B2AE3D27D4EB4FUL));

    private static ulong Feature(ulong template, ulong a, ulong b, ulong c) => Feature(template, Mix(Mix(a) ^ (b * 0xC2B2AE3D27D4EB4FUL)) ^ c);

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        return x ^ (x >> 33);
    }

    private static void AddMemoryFeatures(int[] counts, ulong shape, FeatureVector output)
    {
        int best = 0, total = 0;
        for (int t = 0; t < counts.Length; t++)
        {
            total += counts[t];
            if (counts[t] > counts[best])
            {
                best = t;
            }
        }

        output.Add(Feature(40, (ulong)best));
        output.Add(Feature(41, (ulong)best, shape));
        output.Add(Feature(42, (ulong)best, counts[best] == total ? 1UL : 0UL));
    }

    private void AddGazetteerFeatures(int i, FeatureVector output)
    {
        ushort begins = gazetteerBegins[i], insides = gazetteerInsides[i];
        for (int c = 0; c < 16 && (begins | insides) >> c != 0; c++)
        {
            ulong category = (ulong)c;
            bool begin = ((begins >> c) & 1) != 0, inside = ((insides >> c) & 1) != 0;
            if (begin || inside)
            {
                ulong state = (begin ? 1UL : 0UL) | (inside ? 2UL : 0UL);
                output.Add(Feature(30, category, state));
                output.Add(Feature(31, category, state, Capitalized[i] ? 1UL : 0UL));
            }
        }

        output.Add(Feature(32, i > 0 ? (ulong)(gazetteerBegins[i - 1] | gazetteerInsides[i - 1]) : Boundary));
        output.Add(Feature(33, i + 1 < Length ? (ulong)(gazetteerBegins[i + 1] | gazetteerInsides[i + 1]) : Boundary, (ulong)insides));
    }

    private void AddPosFeatures(int i, FeatureVector output)
    {
        if (pos is null)
        {
            return;
        }

        ulong here = (ulong)pos[i];
        ulong before = i > 0 ? (ulong)pos[i - 1] : Boundary;
        ulong after = i + 1 < Length ? (ulong)pos[i + 1] : Boundary;
        output.Add(Feature(50, here));
        output.Add(Feature(51, before, here));
        output.Add(Feature(52, here, after));
        output.Add(Feature(53, here, shapes[i]));
    }

    private ulong WordAt(int i) => i < 0 || i >= Length ? Boundary : words[i];

    private ulong LowerAt(int i) => i < 0 || i >= Length ? Boundary : LowerHashes[i];

    private ulong ShapeAt(int i) => i < 0 || i >= Length ? Boundary : shapes[i];
}
