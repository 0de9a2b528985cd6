using Dateline.Entities.Gazetteers;
using Dateline.Learning;
using Dateline.Tagging;

namespace Dateline.Entities.Recognition;

/// <summary>
/// Tags the sentences of one document with BILOU entity labels: greedy, left to right, never choosing a label
/// that breaks the BILOU grammar. The model and gazetteer are shared; an instance holds scratch buffers, so
/// create one per document (or per thread).
/// </summary>
public sealed class EntityTagger
{
    /// <summary>The feature extractor this code implements; a model trained with another is refused.</summary>
    public const string FeatureSetId = "ner-features-3";

    public const string ModelFileName = "ner" + ModelFormat.FileExtension;

    private static readonly Lazy<SequenceModel> Shipped = ModelLocator.Lazy(ModelFileName);

    /// <summary><see cref="EntityLabels.MayFollow"/> and <see cref="EntityLabels.MayEnd"/> as tables: [previous × label], [label].</summary>
    private static readonly bool[] Follows = Enumerable.Range(0, EntityLabels.Count * EntityLabels.Count)
        .Select(i => EntityLabels.MayFollow(i / EntityLabels.Count, i % EntityLabels.Count)).ToArray();

    private static readonly bool[] Ends = Enumerable.Range(0, EntityLabels.Count).Select(EntityLabels.MayEnd).ToArray();

    private readonly CompactWeights weights;
    private readonly EntityWordCache cache;
    private readonly Gazetteer gazetteer;
    private readonly FeatureVector features = new();
    private readonly float[] scores;

    public EntityTagger(SequenceModel model, Gazetteer gazetteer)
    {
        if (model.Header.FeatureSetId != FeatureSetId)
        {
            throw new InvalidDataException($"NER model uses feature set '{model.Header.FeatureSetId}', this code implements '{FeatureSetId}'.");
        }

        weights = CompactWeights.Of(model);
        cache = EntityWordCache.Of(model);
        this.gazetteer = gazetteer;
        scores = new float[model.Labels.Count];
        if (!model.Labels.Names.SequenceEqual(EntityLabels.All))
        {
            throw new InvalidDataException("NER model labels are not the BILOU labels this code expects.");
        }
    }

    /// <summary>The shipped model (models/ner.dlm), loaded once on first use.</summary>
    public static SequenceModel ShippedModel => Shipped.Value;

    /// <summary>BILOU labels (<see cref="EntityLabels"/>) for every token of every sentence, in document order.</summary>
    public int[] Tag(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<Upos[]>? pos = null)
    {
        var prepared = new SentenceFeatures[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            prepared[s] = new SentenceFeatures(sentences[s], gazetteer, pos?[s], cache);
        }

        var document = new DocumentFeatures(prepared);
        var labels = new int[document.Length];
        var starts = document.SentenceStarts;
        for (int s = 0; s < prepared.Length; s++)
        {
            int end = starts[s + 1];
            for (int position = starts[s]; position < end; position++)
            {
                document.Score(s, position, labels.AsSpan(0, position), weights, cache, features, scores);
                int previous = position == starts[s] ? EntityLabels.Outside : labels[position - 1];
                labels[position] = Best(previous, lastInSentence: position == end - 1);
            }
        }

        return labels;
    }

    private int Best(int previous, bool lastInSentence)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        var follows = Follows.AsSpan(previous * EntityLabels.Count, EntityLabels.Count);
        for (int label = 0; label < follows.Length; label++)
        {
            if (!follows[label] || (lastInSentence && !Ends[label]))
            {
                continue;
            }

            float score = scores[label];
            if (best < 0 || score > bestScore)
            {
                best = label;
                bestScore = score;
            }
        }

        return best;
    }
}
