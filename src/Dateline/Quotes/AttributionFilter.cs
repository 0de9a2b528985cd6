using Dateline.Documents;
using Dateline.Learning;
using Dateline.Tagging;
using Dateline.Text;

namespace Dateline.Quotes;

/// <summary>
/// The second half of <c>models/quote-cues.dlm</c> (its <see cref="Section"/>): a classifier over finished reported-speech
/// quotes, trained on the attributor's own output on PolNeAR train (kept when a gold attribution matches it), that
/// drops the ones unlikely to be an attribution. Direct quotes pass untouched.
/// </summary>
internal static class AttributionFilter
{
    public const string Section = "attributions";

    public const string Kind = "quote-attributions";

    public const string KeepLabel = "KEEP";

    public const string DropLabel = "DROP";

    /// <summary>
    /// Score margin (keep − drop) below which a reported-speech quote is dropped. Chosen in session 11 by attribution F1 on
    /// PolNeAR dev and on two-fold held-out train (flat between −25 and −15 on both).
    /// </summary>
    public const float DropBelow = -20f;

    private static readonly Lazy<SequenceModel?> Shipped = new(
        () => LearnedCues.ShippedModel.TryGetSection(Section, out var bytes) ? Check(ModelFormat.Read(new MemoryStream(bytes))) : null,
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The quotes worth keeping; all of them when the document is untagged or the model has no filter.</summary>
    public static IReadOnlyList<Quote> Keep(Document document, IReadOnlyList<Quote> quotes) =>
        Shipped.Value is { } model ? Keep(document, quotes, LearnedCues.ShippedModel, model, DropBelow) : quotes;

    public static IReadOnlyList<Quote> Keep(Document document, IReadOnlyList<Quote> quotes, SequenceModel cueModel, SequenceModel model, float threshold)
    {
        if (document.Find<PosLayer>() is not { } tags || !quotes.Any(q => q.Kind == QuoteKind.Indirect))
        {
            return quotes;
        }

        var scorer = Scorer(document, tags, cueModel);
        var kept = new List<Quote>(quotes.Count);
        var buffer = new FeatureVector();
        var scores = new float[2];
        int keep = model.Labels.IdOf(KeepLabel);
        foreach (var quote in quotes)
        {
            if (quote.Kind == QuoteKind.Indirect)
            {
                buffer.Clear();
                scorer.Features.Add(quote, scorer.Cues.Margin, buffer);
                model.Score(buffer.Items, scores);
                if (scores[keep] - scores[1 - keep] < threshold)
                {
                    continue;
                }
            }

            kept.Add(quote);
        }

        return kept;
    }

    /// <summary>The features of one document's quotes and the cue scores they read.</summary>
    public static (DraftFeatures Features, LearnedCues Cues) Scorer(Document document, PosLayer tags, SequenceModel cueModel)
    {
        var cueFeatures = new CueFeatures(document, document.Get<TokenLayer>(), tags);
        return (new DraftFeatures(cueFeatures, document.Get<SentenceLayer>()), LearnedCues.For(cueModel, cueFeatures));
    }

    private static SequenceModel Check(SequenceModel model) =>
        model.Header.FeatureSetId == DraftFeatures.Id && model.Labels.Count == 2 && model.Labels.TryGetId(KeepLabel, out _)
            ? model
            : throw new InvalidDataException($"Attribution filter uses feature set '{model.Header.FeatureSetId}', this code implements '{DraftFeatures.Id}'.");
}
