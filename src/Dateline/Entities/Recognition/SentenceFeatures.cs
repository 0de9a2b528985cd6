using Dateline.Entities.Gazetteers;
using Dateline.Learning;
using Dateline.Tagging;

namespace Dateline.Entities.Recognition;

/// <summary>
/// One sentence prepared for tagging: per-token hashes of the word, its folded form, shape and affixes, what the tag
/// lexicon says of it (<see cref="NameLexicon"/>), and the gazetteer phrases it begins or continues. Computed once; <see cref="Extract"/> then only combines hashes.
/// </summary>
public sealed class SentenceFeatures
{
    /// <summary>The label history before a sentence's first token.</summary>
    public const int SentenceStart = -1;

    internal const int AffixLength = 4;

    private const ulong Boundary = WordHashes.BoundaryValue;

    private readonly WordHashes[] hashes;
    private readonly ulong[]? prefixes;
    private readonly ulong[]? suffixes;
    private readonly EntityWordCache.Entry?[]? entries;

    /// <summary>Where a sentence read through another model's cache fetches its entries on first use (<see cref="WithCache"/>).</summary>
    private readonly (IReadOnlyList<string> Tokens, EntityWordCache Cache)? lazyEntries;
    private readonly ushort[] gazetteerBegins;
    private readonly ushort[] gazetteerInsides;
    private readonly Upos[]? pos;

    /// <param name="lexicon">The model's tag lexicon (<see cref="NameLexicon.Of"/>; at training, the one it will carry).</param>
    public SentenceFeatures(IReadOnlyList<string> tokens, Gazetteer gazetteer, NameLexicon lexicon, Upos[]? pos = null)
        : this(tokens, gazetteer, pos, null, lexicon)
    {
    }

    /// <summary>With a <paramref name="cache"/>, word-only features are read as cached scores (<see cref="AddCachedScores"/>).</summary>
    internal SentenceFeatures(IReadOnlyList<string> tokens, Gazetteer gazetteer, Upos[]? pos, EntityWordCache cache)
        : this(tokens, gazetteer, pos, cache, cache.Lexicon)
    {
    }

    private SentenceFeatures(IReadOnlyList<string> tokens, Gazetteer gazetteer, Upos[]? pos, EntityWordCache? cache, NameLexicon lexicon)
    {
        int n = tokens.Count;
        Length = n;
        this.pos = pos;
        hashes = new WordHashes[n];
        LowerHashes = new ulong[n];
        Capitalized = new bool[n];
        LowerInitial = new bool[n];
        AfterOpening = new bool[n];
        gazetteerBegins = new ushort[n];
        gazetteerInsides = new ushort[n];
        Shouted = WordShape.IsShouted(tokens);
        if (cache is null)
        {
            prefixes = new ulong[n * AffixLength];
            suffixes = new ulong[n * AffixLength];
        }
        else
        {
            entries = new EntityWordCache.Entry[n];
        }

        var clusters = WordClusters.Default;
        for (int i = 0; i < n; i++)
        {
            var word = tokens[i];
            if (entries is not null)
            {
                var entry = cache!.Get(word);
                entries[i] = entry;
                hashes[i] = entry.Hashes;
            }
            else
            {
                hashes[i] = HashesOf(word, clusters, lexicon);
                AffixesOf(word, prefixes.AsSpan(i * AffixLength, AffixLength), suffixes.AsSpan(i * AffixLength, AffixLength));
            }

            LowerHashes[i] = hashes[i].Lower;
            Capitalized[i] = WordShape.IsCapitalized(word);
            LowerInitial[i] = word.Length > 0 && char.IsLower(word[0]);
            AfterOpening[i] = i > 0 && tokens[i - 1] is "\"" or "'" or "(" or ":" or "-" or "--" or "``" or "`" or "\u201C" or "\u2018";
        }

        gazetteer.Match(tokens, fold: Shouted, gazetteerBegins, gazetteerInsides);
    }

    /// <summary>The same sentence read through another model's word cache; everything but the cached scores is shared.</summary>
    private SentenceFeatures(SentenceFeatures source, IReadOnlyList<string> tokens, EntityWordCache cache)
    {
        Length = source.Length;
        pos = source.pos;
        hashes = source.hashes;
        LowerHashes = source.LowerHashes;
        Capitalized = source.Capitalized;
        LowerInitial = source.LowerInitial;
        AfterOpening = source.AfterOpening;
        gazetteerBegins = source.gazetteerBegins;
        gazetteerInsides = source.gazetteerInsides;
        Shouted = source.Shouted;
        entries = new EntityWordCache.Entry?[Length];
        lazyEntries = (tokens, cache);
    }

    /// <summary>
    /// This sentence prepared for scoring with another model's <paramref name="cache"/> (the two-stage tagger's second
    /// stage, which re-scores only some tokens: their words are looked up when first needed).
    /// </summary>
    internal SentenceFeatures WithCache(IReadOnlyList<string> tokens, EntityWordCache cache) => new(this, tokens, cache);

    /// <summary>Where a neighbour stands relative to the token whose features it feeds.</summary>
    internal enum Role
    {
        Previous,
        Next,
        SecondPrevious,
        SecondNext,
    }

    internal const int RoleCount = 4;

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

    internal static WordHashes HashesOf(ReadOnlySpan<char> word, WordClusters clusters, NameLexicon lexicon)
    {
        ulong exact = PhraseHash.OfToken(word, fold: false), lower = PhraseHash.OfToken(word, fold: true);
        return new(exact, lower, WordShape.HashOf(word), ClusterCode(clusters, word), LexiconCode(word, exact, lower, lexicon));
    }

    /// <summary>Packs <see cref="WordHashes.Lexicon"/>: exact-form code, lowercase-form code, title-case code of an all-caps word, capitals bit.</summary>
    private static ulong LexiconCode(ReadOnlySpan<char> word, ulong exact, ulong lower, NameLexicon lexicon)
    {
        ulong code = lexicon.Find(exact);
        if (lower != exact)
        {
            code |= ((ulong)lexicon.Find(lower) << 8) | (1UL << 24);
            if (word.Length > 1 && WordShape.IsAllCaps(word))
            {
                Span<char> title = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
                title[0] = word[0];
                word[1..].ToLowerInvariant(title[1..]);
                code |= (ulong)lexicon.Find(PhraseHash.OfToken(title, fold: false)) << 16;
            }
        }

        return code;
    }

    /// <summary>Case-folded hashes of the first and last 1–4 characters (0 where the word is shorter).</summary>
    internal static void AffixesOf(ReadOnlySpan<char> word, Span<ulong> prefixes, Span<ulong> suffixes)
    {
        for (int k = 0; k < AffixLength; k++)
        {
            prefixes[k] = k < word.Length ? PhraseHash.OfToken(word[..(k + 1)], fold: true) : 0;
            suffixes[k] = k < word.Length ? PhraseHash.OfToken(word[^(k + 1)..], fold: true) : 0;
        }
    }

    /// <summary>
    /// Adds the features of token <paramref name="i"/> given the two labels before it in this sentence
    /// (<see cref="SentenceStart"/> before the first token) and what the document said earlier.
    /// </summary>
    public void Extract(int i, int previous, int beforePrevious, DocumentMemory? memory, DocumentCase? documentCase, FeatureVector output)
    {
        if (prefixes is null || suffixes is null)
        {
            throw new InvalidOperationException("Sentence prepared with a word cache: use ExtractContext and AddCachedScores.");
        }

        AddWordFeatures(hashes[i], prefixes.AsSpan(i * AffixLength, AffixLength), suffixes.AsSpan(i * AffixLength, AffixLength), output);
        AddRoleFeatures(HashesAt(i - 1), Role.Previous, output);
        AddRoleFeatures(HashesAt(i + 1), Role.Next, output);
        AddRoleFeatures(HashesAt(i - 2), Role.SecondPrevious, output);
        AddRoleFeatures(HashesAt(i + 2), Role.SecondNext, output);
        output.Add(LabelFeature(previous));
        output.Add(LabelPairFeature(previous, beforePrevious));
        AddStartFeatures(i == 0, hashes[i], output);
        ExtractContext(i, previous, beforePrevious, memory, documentCase, output);
        if (documentCase is not null && Capitalized[i])
        {
            AddDocumentContextFeatures(documentCase.ContextsOf(hashes[i].Lower), output);
        }
    }

    /// <summary>
    /// The features of token <paramref name="i"/> that depend on more than one word form, on nothing but the label
    /// history, or on the document's other mentions of the word: <see cref="Extract"/> minus
    /// <see cref="AddWordFeatures"/>, <see cref="AddRoleFeatures"/>, <see cref="LabelFeature"/>,
    /// <see cref="LabelPairFeature"/>, <see cref="StartFeature"/> and <see cref="AddDocumentContextFeatures"/>,
    /// whose scores the tagger caches.
    /// </summary>
    public void ExtractContext(int i, int previous, int beforePrevious, DocumentMemory? memory, DocumentCase? documentCase, FeatureVector output)
    {
        var here = hashes[i];
        ulong lower = here.Lower, shape = here.Shape;
        ulong lowerBefore = LowerAt(i - 1), lowerAfter = LowerAt(i + 1);
        ulong shapeBefore = ShapeAt(i - 1), shapeAfter = ShapeAt(i + 1);

        output.Add(Feature(8, lowerBefore, lower));
        output.Add(Feature(9, lower, lowerAfter));
        output.Add(Feature(11, shapeBefore, shape));
        output.Add(Feature(12, shape, shapeAfter));
        output.Add(Feature(13, shapeBefore, shape, shapeAfter));
        output.Add(Feature(24, (ulong)(previous + 2), lower));
        output.Add(Feature(25, (ulong)(previous + 2), shape));
        if (documentCase is not null)
        {
            ulong evidence = documentCase.EvidenceFor(lower);
            ulong initial = i == 0 || AfterOpening[i] ? 1UL : 0UL;
            output.Add(Feature(62, evidence, shape, initial));
            output.Add(Feature(63, evidence, Shouted ? 1UL : 0UL));
        }

        if (Shouted)
        {
            output.Add(Feature(27, lower));
            output.Add(Feature(28, lowerBefore, lower));
            // Case says nothing here: what the lexicon makes of "soccer" and of "Soccer" does.
            output.Add(Feature(96, here.LowerCode, here.TitleClass));
        }

        AddGazetteerFeatures(i, output);
        var before = HashesAt(i - 1);
        var after = HashesAt(i + 1);
        output.Add(Feature(75, before.Fine, here.Fine));
        output.Add(Feature(76, here.Fine, after.Fine));
        AddPosFeatures(i, output);
        if (memory?.CountsOf(lower) is { } counts && (Capitalized[i] || Shouted))
        {
            AddMemoryFeatures(counts, shape, output);
        }
    }

    /// <summary>
    /// The second stage's view of the first (<see cref="FirstStage"/>): its labels around token <paramref name="i"/>
    /// (at document position <paramref name="position"/>) and what it said about the same word across the document.
    /// </summary>
    public void AddFirstStageFeatures(int i, int position, FirstStage stage, FeatureVector output)
    {
        var (before, own, after) = FirstStageLabels(i, position, stage);
        AddFirstStageLabelFeatures(before, own, after, output);
        if (FirstStageSummary(i, stage) is { } summary)
        {
            AddFirstStageWordFeatures(summary, hashes[i].Shape, output);
            output.Add(LongestMentionFeature(summary.LongestType, own));
        }
    }

    /// <summary>The first stage's labels before, at and after token <paramref name="i"/>, as indexes below <see cref="FirstStageLabelCodes"/>.</summary>
    internal (int Before, int Own, int After) FirstStageLabels(int i, int position, FirstStage stage) => (
        i > 0 ? stage.LabelAt(position - 1) + 1 : FirstStageLabelCodes - 1,
        stage.LabelAt(position) + 1,
        i + 1 < Length ? stage.LabelAt(position + 1) + 1 : FirstStageLabelCodes - 1);

    /// <summary>What the first stage said of token <paramref name="i"/>'s word across the document, for capitalised words.</summary>
    internal FirstStage.WordSummary? FirstStageSummary(int i, FirstStage stage) =>
        Capitalized[i] || Shouted ? stage.Find(hashes[i].Lower) : null;

    /// <summary>First-stage labels plus one (0: none), and the sentence boundary last.</summary>
    internal const int FirstStageLabelCodes = EntityLabels.Count + 2;

    internal static void AddFirstStageLabelFeatures(int before, int own, int after, FeatureVector output)
    {
        output.Add(FirstStageAfterFeature(own, after));
        output.Add(FirstStageBeforeFeature(before, own));
    }

    internal static ulong FirstStageAfterFeature(int own, int after) => Feature(81, (ulong)own, LabelCode(after));

    internal static ulong FirstStageBeforeFeature(int before, int own) => Feature(82, LabelCode(before), (ulong)own);

    /// <summary>The type of the longest first-stage mention holding the word (-1: none), with the token's own first-stage label code.</summary>
    internal static ulong LongestMentionFeature(int longestType, int own) => Feature(86, (ulong)(longestType + 1), (ulong)own);

    internal static void AddFirstStageWordFeatures(FirstStage.WordSummary summary, ulong shape, FeatureVector output)
    {
        int majority = summary.Majority;
        bool unanimous = (summary.Seen & (summary.Seen - 1)) == 0;
        output.Add(Feature(84, (ulong)majority, unanimous ? 1UL : 0UL));
        output.Add(Feature(85, (ulong)summary.Seen));
        output.Add(Feature(87, (ulong)summary.First));
        output.Add(Feature(88, (ulong)majority, shape));
        int total = summary.Counts.Sum();
        int share = summary.Counts[majority] * 5 / total;
        output.Add(Feature(89, (ulong)majority, (ulong)share, (ulong)Math.Min(total, 4)));
    }

    private static ulong LabelCode(int code) => code == FirstStageLabelCodes - 1 ? Boundary : (ulong)code;

    /// <summary>Adds the cached scores of token <paramref name="i"/>'s word-only features and of its neighbours' role features.</summary>
    internal void AddCachedScores(int i, EntityWordCache cache, Span<float> scores)
    {
        cache.AddScores(EntryAt(i)!, i == 0, EntryAt(i - 1), EntryAt(i + 1), EntryAt(i - 2), EntryAt(i + 2), scores);
    }

    /// <summary>The cache entry of token <paramref name="i"/>, null outside the sentence.</summary>
    private EntityWordCache.Entry? EntryAt(int i)
    {
        if (i < 0 || i >= Length)
        {
            return null;
        }

        var words = entries!;
        if (words[i] is null && lazyEntries is var (tokens, cache))
        {
            words[i] = cache.Get(tokens[i]);
        }

        return words[i];
    }

    /// <summary>The features of one word form on its own: bias, word, folded word, shape, affixes, clusters.</summary>
    internal static void AddWordFeatures(in WordHashes word, ReadOnlySpan<ulong> prefixes, ReadOnlySpan<ulong> suffixes, FeatureVector output)
    {
        output.Add(Feature(1, 0));
        output.Add(Feature(2, word.Word));
        output.Add(Feature(3, word.Lower));
        output.Add(Feature(10, word.Shape));
        for (int k = 0; k < AffixLength; k++)
        {
            if (prefixes[k] != 0)
            {
                output.Add(Feature(14 + (ulong)k, prefixes[k]));
                output.Add(Feature(18 + (ulong)k, suffixes[k]));
            }
        }

        output.Add(Feature(70, word.Coarse));
        output.Add(Feature(71, word.Medium));
        output.Add(Feature(72, word.Fine));
        output.Add(Feature(77, word.Medium, word.Shape));

        // What WSJ/Brown made of the form: a newswire name (proper only), a common word ("despite" under "Despite").
        output.Add(Feature(90, word.ExactCode));
        output.Add(Feature(91, word.ExactClass, word.LowerCode, word.HasCapitals ? 1UL : 0UL));
        output.Add(Feature(92, word.Classes, word.Shape));
    }

    /// <summary>The previous label alone (<see cref="SentenceStart"/> at a sentence's first token).</summary>
    internal static ulong LabelFeature(int previous) => Feature(22, (ulong)(previous + 2));

    internal static ulong LabelPairFeature(int previous, int beforePrevious) => Feature(23, (ulong)(previous + 2), (ulong)(beforePrevious + 2));

    /// <summary>Whether the token opens its sentence, with its shape and its tag-lexicon classes.</summary>
    internal static void AddStartFeatures(bool first, in WordHashes word, FeatureVector output)
    {
        output.Add(Feature(26, first ? 1UL : 0UL, word.Shape));
        output.Add(Feature(93, first ? 1UL : 0UL, word.Classes));
    }

    /// <summary>The words around the word's capitalised occurrences elsewhere in the document (<see cref="DocumentCase.ContextsOf"/>).</summary>
    internal static void AddDocumentContextFeatures(IReadOnlyList<ulong> contexts, FeatureVector output)
    {
        foreach (ulong context in contexts)
        {
            output.Add(Feature(64, context));
        }
    }

    /// <summary>The features a word gives the token it stands next to (<paramref name="role"/>).</summary>
    internal static void AddRoleFeatures(in WordHashes neighbour, Role role, FeatureVector output)
    {
        switch (role)
        {
            case Role.Previous:
                output.Add(Feature(4, neighbour.Lower));
                output.Add(Feature(60, neighbour.Word));
                output.Add(Feature(73, neighbour.Medium));
                output.Add(Feature(94, neighbour.Classes));
                break;
            case Role.Next:
                output.Add(Feature(5, neighbour.Lower));
                output.Add(Feature(61, neighbour.Word));
                output.Add(Feature(74, neighbour.Medium));
                output.Add(Feature(95, neighbour.Classes));
                break;
            case Role.SecondPrevious:
                output.Add(Feature(6, neighbour.Lower));
                break;
            default:
                output.Add(Feature(7, neighbour.Lower));
                break;
        }
    }

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

    /// <summary>Packs the three cluster ids (coarse in bits 0–15, medium 16–31, fine 32–47); all ones when unknown.</summary>
    private static ulong ClusterCode(WordClusters wordClusters, ReadOnlySpan<char> word) =>
        wordClusters.TryGet(word, out var cluster)
            ? (ulong)(ushort)cluster.Coarse | ((ulong)(ushort)cluster.Medium << 16) | ((ulong)(ushort)cluster.Fine << 32)
            : 0xFFFF_FFFF_FFFFUL;

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
        output.Add(Feature(53, here, hashes[i].Shape));
    }

    /// <summary>The exact word form's hash of token <paramref name="i"/>.</summary>
    internal ulong WordAt(int i) => hashes[i].Word;

    private WordHashes HashesAt(int i) => i < 0 || i >= Length ? WordHashes.Boundary : hashes[i];

    private ulong LowerAt(int i) => i < 0 || i >= Length ? Boundary : hashes[i].Lower;

    internal ulong ShapeAt(int i) => i < 0 || i >= Length ? Boundary : hashes[i].Shape;
}
