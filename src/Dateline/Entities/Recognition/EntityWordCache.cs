using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Dateline.Learning;

namespace Dateline.Entities.Recognition;

/// <summary>
/// Most entity features look at one word form only (the word itself, or a neighbour in a fixed
/// <see cref="SentenceFeatures.Role"/>), so their summed label scores are a property of the form. This cache keeps,
/// per form, its <see cref="WordHashes"/> and one score vector for itself and one per role: a known word then costs
/// one look-up instead of ~25 feature probes. Filled on first sight, shared by all threads, bounded in size; an entry
/// holds exactly what scoring the features one by one would give, so results never depend on what is cached.
/// </summary>
internal sealed class EntityWordCache
{
    /// <summary>Beyond this many forms new words are scored each time instead of cached (about 20 MB at most).</summary>
    public const int MaxEntries = 32_768;

    private static readonly ConditionalWeakTable<SequenceModel, EntityWordCache> Caches = [];

    private readonly ConcurrentDictionary<string, Entry> entries = new();
    private readonly CompactWeights weights;
    private readonly WordClusters clusters;
    private readonly int labels;
    private readonly float[] boundaryRoles;
    private readonly float[] labelHistory;
    private readonly float[] firstStageAfter;
    private readonly float[] firstStageBefore;
    private readonly float[] firstStageLongest;
    private readonly float[] noScores;

    private EntityWordCache(SequenceModel model)
    {
        weights = CompactWeights.Of(model);
        clusters = WordClusters.Default;
        Lexicon = NameLexicon.Of(model);
        labels = model.Labels.Count;
        boundaryRoles = RoleScores(WordHashes.Boundary);
        noScores = new float[labels];
        firstStageAfter = FirstStageTable(SentenceFeatures.FirstStageLabelCodes, SentenceFeatures.FirstStageAfterFeature);
        firstStageBefore = FirstStageTable(SentenceFeatures.FirstStageLabelCodes, SentenceFeatures.FirstStageBeforeFeature);
        firstStageLongest = FirstStageTable(EntityLabels.Types.Length + 1, (type, own) => SentenceFeatures.LongestMentionFeature(type - 1, own));
        // Scores of the two label-history features for every (previous, before previous) pair; -1 is SentenceStart.
        int histories = labels + 1;
        labelHistory = new float[histories * histories * labels];
        var features = new FeatureVector(2);
        for (int previous = -1; previous < labels; previous++)
        {
            for (int beforePrevious = -1; beforePrevious < labels; beforePrevious++)
            {
                features.Clear();
                features.Add(SentenceFeatures.LabelFeature(previous));
                features.Add(SentenceFeatures.LabelPairFeature(previous, beforePrevious));
                weights.Score(features.Items, labelHistory.AsSpan((((previous + 1) * histories) + beforePrevious + 1) * labels, labels));
            }
        }
    }

    /// <summary>The tag lexicon the model was trained with (<see cref="NameLexicon.Of"/>).</summary>
    public NameLexicon Lexicon { get; }

    /// <summary>Scores of each first-stage label feature for every pair of codes, [first code × second code × label].</summary>
    private float[] FirstStageTable(int rows, Func<int, int, ulong> feature)
    {
        int codes = SentenceFeatures.FirstStageLabelCodes;
        var table = new float[rows * codes * labels];
        var features = new FeatureVector(1);
        for (int a = 0; a < rows; a++)
        {
            for (int b = 0; b < codes; b++)
            {
                features.Clear();
                features.Add(feature(a, b));
                weights.Score(features.Items, table.AsSpan(((a * codes) + b) * labels, labels));
            }
        }

        return table;
    }

    /// <summary>
    /// Adds the scores of the second stage's first-stage label features (<see cref="SentenceFeatures.AddFirstStageFeatures"/>
    /// minus the per-word ones); <paramref name="longestType"/> is null when the word has no first-stage summary.
    /// </summary>
    public void AddFirstStageScores(int before, int own, int after, int? longestType, Span<float> scores)
    {
        int codes = SentenceFeatures.FirstStageLabelCodes;
        var afterRow = firstStageAfter.AsSpan(((own * codes) + after) * labels, labels);
        var beforeRow = firstStageBefore.AsSpan(((before * codes) + own) * labels, labels);
        var longestRow = longestType is { } type ? firstStageLongest.AsSpan((((type + 1) * codes) + own) * labels, labels) : noScores;
        for (int label = 0; label < labels; label++)
        {
            scores[label] += afterRow[label] + beforeRow[label] + longestRow[label];
        }
    }

    /// <summary>The summed scores of the per-word first-stage features (<see cref="SentenceFeatures.AddFirstStageWordFeatures"/>).</summary>
    public float[] FirstStageWordScores(FirstStage.WordSummary summary, ulong shape)
    {
        var features = new FeatureVector(5);
        SentenceFeatures.AddFirstStageWordFeatures(summary, shape, features);
        var scores = new float[labels];
        weights.Score(features.Items, scores);
        return scores;
    }

    /// <summary>Adds the scores of the label-history features (labels, or <see cref="SentenceFeatures.SentenceStart"/>).</summary>
    public void AddHistoryScores(int previous, int beforePrevious, Span<float> scores)
    {
        var row = labelHistory.AsSpan((((previous + 1) * (labels + 1)) + beforePrevious + 1) * labels, labels);
        for (int label = 0; label < labels; label++)
        {
            scores[label] += row[label];
        }
    }

    /// <summary>The summed scores of a word's document-context features (<see cref="SentenceFeatures.AddDocumentContextFeatures"/>).</summary>
    public float[] DocumentContextScores(IReadOnlyList<ulong> contexts)
    {
        var features = new FeatureVector(contexts.Count + 1);
        SentenceFeatures.AddDocumentContextFeatures(contexts, features);
        var scores = new float[labels];
        weights.Score(features.Items, scores);
        return scores;
    }

    /// <summary>
    /// One word form: its hashes, the scores of its own features (<see cref="Self"/>: mid-sentence, then as a sentence's
    /// first word), then of its role features (role-major).
    /// </summary>
    internal sealed record Entry(WordHashes Hashes, float[] Self, float[] Roles);

    public static EntityWordCache Of(SequenceModel model) => Caches.GetValue(model, m => new EntityWordCache(m));

    public Entry Get(string word)
    {
        if (entries.TryGetValue(word, out var entry))
        {
            return entry;
        }

        entry = Create(word);
        return entries.Count < MaxEntries ? entries.GetOrAdd(word, entry) : entry;
    }

    /// <summary>Adds the word-only scores of a token and of its neighbours (null: outside the sentence).</summary>
    public void AddScores(Entry here, bool first, Entry? previous, Entry? next, Entry? secondPrevious, Entry? secondNext, Span<float> scores)
    {
        var self = here.Self.AsSpan(first ? labels : 0, labels);
        var p = RoleOf(previous, SentenceFeatures.Role.Previous);
        var n = RoleOf(next, SentenceFeatures.Role.Next);
        var p2 = RoleOf(secondPrevious, SentenceFeatures.Role.SecondPrevious);
        var n2 = RoleOf(secondNext, SentenceFeatures.Role.SecondNext);
        int label = 0;
        for (; label + Vector128<float>.Count <= labels; label += Vector128<float>.Count)
        {
            var sum = Vector128.Create<float>(scores[label..]) + Vector128.Create<float>(self[label..]) + Vector128.Create<float>(p[label..])
                + Vector128.Create<float>(n[label..]) + Vector128.Create<float>(p2[label..]) + Vector128.Create<float>(n2[label..]);
            sum.CopyTo(scores[label..]);
        }

        for (; label < labels; label++)
        {
            scores[label] += self[label] + p[label] + n[label] + p2[label] + n2[label];
        }
    }

    private ReadOnlySpan<float> RoleOf(Entry? entry, SentenceFeatures.Role role) =>
        (entry?.Roles ?? boundaryRoles).AsSpan((int)role * labels, labels);

    private Entry Create(string word)
    {
        var hashes = SentenceFeatures.HashesOf(word, clusters, Lexicon);
        Span<ulong> prefixes = stackalloc ulong[4];
        Span<ulong> suffixes = stackalloc ulong[4];
        SentenceFeatures.AffixesOf(word, prefixes, suffixes);
        var features = new FeatureVector(32);
        var self = new float[2 * labels];
        for (int first = 0; first < 2; first++)
        {
            features.Clear();
            SentenceFeatures.AddWordFeatures(hashes, prefixes, suffixes, features);
            SentenceFeatures.AddStartFeatures(first == 1, hashes, features);
            weights.Score(features.Items, self.AsSpan(first * labels, labels));
        }

        return new Entry(hashes, self, RoleScores(hashes));
    }

    private float[] RoleScores(in WordHashes hashes)
    {
        var roles = new float[SentenceFeatures.RoleCount * labels];
        var features = new FeatureVector(8);
        for (int role = 0; role < SentenceFeatures.RoleCount; role++)
        {
            features.Clear();
            SentenceFeatures.AddRoleFeatures(hashes, (SentenceFeatures.Role)role, features);
            weights.Score(features.Items, roles.AsSpan(role * labels, labels));
        }

        return roles;
    }
}
