using Dateline.Learning;

namespace Dateline.Entities.Recognition;

/// <summary>
/// A whole document as one sequence for the tagger, so that features can see what earlier sentences were
/// tagged (<see cref="DocumentMemory"/>). Label history restarts at each sentence. Positions must be visited
/// in order, as greedy decoding and training do; a restart at position 0 forgets the memory.
/// </summary>
public sealed class DocumentFeatures : ISequenceFeatures
{
    private readonly SentenceFeatures[] sentences;
    private readonly int[] starts;
    private readonly bool useMemory;
    private readonly DocumentCase documentCase;
    private readonly Dictionary<ulong, float[]?> contextScores = [];
    private readonly FirstStage? firstStage;
    private readonly Dictionary<ulong, float[]> firstStageWordScores = [];
    private DocumentMemory memory = new();
    private int remembered;

    /// <param name="firstStage">For a second-stage model: the first stage's labels of this document.</param>
    public DocumentFeatures(IReadOnlyList<SentenceFeatures> sentences, bool useMemory = true, FirstStage? firstStage = null)
        : this(sentences, useMemory, firstStage, null)
    {
    }

    /// <summary>With <paramref name="documentCase"/>: another reading of the same sentences shares its case evidence.</summary>
    internal DocumentFeatures(IReadOnlyList<SentenceFeatures> sentences, bool useMemory, FirstStage? firstStage, DocumentCase? documentCase)
    {
        this.sentences = sentences.ToArray();
        this.useMemory = useMemory;
        this.firstStage = firstStage;
        this.documentCase = documentCase ?? new DocumentCase(this.sentences);
        starts = new int[this.sentences.Length + 1];
        for (int s = 0; s < this.sentences.Length; s++)
        {
            starts[s + 1] = starts[s] + this.sentences[s].Length;
        }
    }

    public int Length => starts[^1];

    internal DocumentCase Case => documentCase;

    public IReadOnlyList<SentenceFeatures> Sentences => sentences;

    /// <summary>Index of the first token of each sentence, plus the total length at the end.</summary>
    public ReadOnlySpan<int> SentenceStarts => starts;

    public int FixedLabel(int position) => -1;

    public void AddFeatures(int position, ReadOnlySpan<int> previousLabels, FeatureVector features)
    {
        int sentence = SentenceOf(position);
        var (offset, previous, beforePrevious) = Locate(sentence, position, previousLabels);
        sentences[sentence].Extract(offset, previous, beforePrevious, useMemory ? memory : null, documentCase, features);
        if (firstStage is not null)
        {
            sentences[sentence].AddFirstStageFeatures(offset, position, firstStage, features);
        }
    }

    /// <summary>
    /// Inference on sentences prepared with an <see cref="EntityWordCache"/>: the label scores of position
    /// <paramref name="position"/>, equal to scoring <see cref="AddFeatures"/> one by one, with the word-only,
    /// label-history and document-context parts read from caches.
    /// </summary>
    internal void Score(int sentence, int position, ReadOnlySpan<int> previousLabels, CompactWeights weights, EntityWordCache cache, FeatureVector scratch, Span<float> scores)
    {
        var (offset, previous, beforePrevious) = Locate(sentence, position, previousLabels);
        var features = sentences[sentence];
        scratch.Clear();
        features.ExtractContext(offset, previous, beforePrevious, useMemory ? memory : null, documentCase, scratch);
        weights.Score(scratch.Items, scores);
        features.AddCachedScores(offset, cache, scores);
        cache.AddHistoryScores(previous, beforePrevious, scores);
        if (firstStage is not null)
        {
            AddFirstStageScores(features, offset, position, cache, scores);
        }

        if (features.Capitalized[offset])
        {
            ulong lower = features.LowerHashes[offset];
            if (!contextScores.TryGetValue(lower, out var cached))
            {
                var contexts = documentCase.ContextsOf(lower);
                cached = contexts.Count == 0 ? null : cache.DocumentContextScores(contexts);
                contextScores[lower] = cached;
            }

            if (cached is not null)
            {
                for (int label = 0; label < cached.Length; label++)
                {
                    scores[label] += cached[label];
                }
            }
        }
    }

    private void AddFirstStageScores(SentenceFeatures features, int offset, int position, EntityWordCache cache, Span<float> scores)
    {
        var (before, own, after) = features.FirstStageLabels(offset, position, firstStage!);
        var summary = features.FirstStageSummary(offset, firstStage!);
        cache.AddFirstStageScores(before, own, after, summary?.LongestType, scores);
        if (summary is null)
        {
            return;
        }

        ulong word = features.WordAt(offset);
        if (!firstStageWordScores.TryGetValue(word, out var cached))
        {
            cached = cache.FirstStageWordScores(summary, features.ShapeAt(offset));
            firstStageWordScores[word] = cached;
        }

        for (int label = 0; label < cached.Length; label++)
        {
            scores[label] += cached[label];
        }
    }

    private (int Offset, int Previous, int BeforePrevious) Locate(int sentence, int position, ReadOnlySpan<int> previousLabels)
    {
        int start = starts[sentence];
        if (useMemory)
        {
            RememberUpTo(sentence, previousLabels);
        }

        int offset = position - start;
        int previous = offset >= 1 && previousLabels.Length >= position ? previousLabels[position - 1] : SentenceFeatures.SentenceStart;
        int beforePrevious = offset >= 2 && previousLabels.Length >= position ? previousLabels[position - 2] : SentenceFeatures.SentenceStart;
        return (offset, previous, beforePrevious);
    }

    /// <summary>Feeds the memory with every sentence before <paramref name="sentence"/> whose labels are known.</summary>
    private void RememberUpTo(int sentence, ReadOnlySpan<int> labels)
    {
        if (sentence < remembered || labels.Length < starts[Math.Min(sentence, remembered)])
        {
            memory = new DocumentMemory();
            remembered = 0;
        }

        while (remembered < sentence && labels.Length >= starts[remembered + 1])
        {
            memory.Remember(sentences[remembered], labels[starts[remembered]..starts[remembered + 1]]);
            remembered++;
        }
    }

    private int SentenceOf(int position)
    {
        int index = Array.BinarySearch(starts, position);
        if (index >= 0)
        {
            // Skip empty sentences that share this start.
            while (index + 1 < starts.Length - 1 && starts[index + 1] == position)
            {
                index++;
            }

            return index;
        }

        return ~index - 1;
    }
}
