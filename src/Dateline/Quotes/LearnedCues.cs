using Dateline.Learning;
using Dateline.Tagging;

namespace Dateline.Quotes;

/// <summary>
/// The attribution-cue classifier (<c>models/quote-cues.dlm</c>, trained on PolNeAR train by
/// <c>dateline train quote-cue-model</c>): scores a verb as the cue of an attribution. The indirect-quote stage
/// takes verbs no lexicon lists when the score clears <see cref="AcceptAbove"/>, and drops single-word cues the
/// lexicons proposed when it falls below <see cref="VetoBelow"/> (learned lemma list) or <see cref="VetoCuratedBelow"/>
/// (curated list). Thresholds were chosen on PolNeAR dev. One instance per document (it holds scratch buffers); the
/// model is shared and loaded once.
/// </summary>
internal sealed class LearnedCues
{
    public const string ModelFileName = "quote-cues" + ModelFormat.FileExtension;

    public const string Kind = "quote-cues";

    public const string CueLabel = "CUE";

    public const string OtherLabel = "O";

    /// <summary>The provenance of attributions whose cue only the classifier found.</summary>
    public const string Sieve = "learned-cue";

    /// <summary>Score margin (cue − other) above which a verb no lexicon lists becomes a cue.</summary>
    public const float AcceptAbove = 0f;

    /// <summary>Score margin below which a verb proposed by the learned lemma list alone is no cue.</summary>
    public const float VetoBelow = -6f;

    /// <summary>Score margin below which even a verb of the curated cue list is no cue.</summary>
    public const float VetoCuratedBelow = -15f;

    private static readonly Lazy<SequenceModel> Shipped = new(() => Check(ModelFormat.Read(ModelLocator.PathOf(ModelFileName))), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SequenceModel model;
    private readonly CueFeatures features;
    private readonly FeatureVector buffer = new();
    private readonly float[] scores = new float[2];
    private readonly int cue;

    private LearnedCues(SequenceModel model, CueFeatures features)
    {
        this.model = Check(model);
        this.features = features;
        cue = model.Labels.IdOf(CueLabel);
    }

    public static SequenceModel ShippedModel => Shipped.Value;

    /// <summary>The classifier for one document, or null when the document has no tags to read.</summary>
    public static LearnedCues? For(QuoteContext context, SequenceModel model) =>
        context.Document.Find<PosLayer>() is { } tags ? new LearnedCues(model, new CueFeatures(context.Document, context.Tokens, tags)) : null;

    public static LearnedCues For(SequenceModel model, CueFeatures features) => new(model, features);

    public bool IsCandidate(int token) => features.IsCandidate(token);

    /// <summary>Cue score minus other score of <paramref name="token"/> in the sentence <c>[start, end)</c>.</summary>
    public float Margin(int token, int start, int end)
    {
        buffer.Clear();
        features.Add(token, start, end, buffer);
        model.Score(buffer.Items, scores);
        return scores[cue] - scores[1 - cue];
    }

    private static SequenceModel Check(SequenceModel model)
    {
        if (model.Header.FeatureSetId != CueFeatures.Id)
        {
            throw new InvalidDataException($"Quote cue model uses feature set '{model.Header.FeatureSetId}', this code implements '{CueFeatures.Id}'.");
        }

        if (model.Labels.Count != 2 || !model.Labels.TryGetId(CueLabel, out _) || !model.Labels.TryGetId(OtherLabel, out _))
        {
            throw new InvalidDataException($"Quote cue model labels must be {OtherLabel} and {CueLabel}.");
        }

        return model;
    }
}
