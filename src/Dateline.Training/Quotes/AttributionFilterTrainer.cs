using System.Globalization;
using Dateline.Actors;
using Dateline.Documents;
using Dateline.Learning;
using Dateline.Quotes;
using Dateline.Tagging;
using Dateline.Training.Learning;

namespace Dateline.Training.Quotes;

/// <summary>
/// Trains the attribution filter stored in <c>models/quote-cues.dlm</c>: the attributor (with the new cue and extent
/// models, no filter) runs over PolNeAR train; each reported-speech quote is labelled KEEP when its attribution (the quotes
/// sharing its cue) finds a gold content at character F1 ≥ 0.5, else DROP.
/// </summary>
public static class AttributionFilterTrainer
{
    private const double MatchThreshold = 0.5;

    public static readonly PerceptronOptions Options = new(Epochs: 10, Seed: 20261127, MinFeatureCount: 2, PruneBelow: 0.05f);

    private static readonly LabelSet Labels = new([AttributionFilter.DropLabel, AttributionFilter.KeepLabel]);

    /// <summary>One document's reported-speech quotes, with their gold labels.</summary>
    public sealed record LabelledQuotes(Document Document, Quote[] Quotes, int[] Gold);

    /// <summary>Learns from each fold's output under the cue model trained on the other folds.</summary>
    public static SequenceModel Train(IReadOnlyList<IReadOnlyList<QuoteCueTrainer.LabelledDocument>> folds, IReadOnlyList<SequenceModel> cueModels, SequenceModel extentModel, TextWriter log)
    {
        var labelled = folds.SelectMany((fold, f) => Label(fold, cueModels[f], extentModel).Select(d => (Document: d, CueModel: cueModels[f]))).ToArray();
        var sequences = labelled.Where(d => d.Document.Quotes.Length > 0).Select(d => new TrainingSequence(new QuoteSequence(d.Document, d.CueModel), d.Document.Gold)).ToArray();
        log.WriteLine($"attribution filter: {labelled.Sum(d => d.Document.Quotes.Length):N0} reported-speech quotes, {labelled.Sum(d => d.Document.Gold.Count(g => g == 1)):N0} matched");
        var header = new ModelHeader(AttributionFilter.Kind, DraftFeatures.Id, QuoteCueTrainer.Corpora, QuoteCueTrainer.Licences, "");
        var trainer = new PerceptronTrainer(Labels, Options)
        {
            EpochDone = (epoch, accuracy) => log.WriteLine($"filter epoch {epoch}: train accuracy {accuracy:P2}"),
        };
        return trainer.Train(sequences, header, new Dictionary<string, byte[]>());
    }

    /// <summary>Share of dev quotes kept and share of kept ones that match gold, against the unfiltered output.</summary>
    public static string Score(SequenceModel model, IReadOnlyList<QuoteCueTrainer.LabelledDocument> dev, SequenceModel cueModel, SequenceModel extentModel)
    {
        int total = 0, matched = 0, kept = 0, keptMatched = 0;
        foreach (var document in Label(dev, cueModel, extentModel))
        {
            var keep = AttributionFilter.Keep(document.Document, document.Quotes, cueModel, model, AttributionFilter.DropBelow).ToHashSet();
            for (int q = 0; q < document.Quotes.Length; q++)
            {
                total++;
                matched += document.Gold[q];
                bool isKept = keep.Contains(document.Quotes[q]);
                kept += isKept ? 1 : 0;
                keptMatched += isKept ? document.Gold[q] : 0;
            }
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"reported-speech quotes matching gold {matched}/{total} ({(double)matched / Math.Max(1, total):P1}) before, {keptMatched}/{kept} ({(double)keptMatched / Math.Max(1, kept):P1}) after filtering");
    }

    private static LabelledQuotes[] Label(IReadOnlyList<QuoteCueTrainer.LabelledDocument> documents, SequenceModel cueModel, SequenceModel extentModel)
    {
        var actors = new ActorResolver();
        var attributor = new QuoteAttributor(cueModel, extentModel, filterAttributions: false);
        return documents.AsParallel().AsOrdered().Select(labelled =>
        {
            var document = attributor.Process(actors.Process(labelled.Document));
            var quotes = document.Get<QuoteLayer>().Quotes;
            var gold = labelled.Gold.Select(g => SpanSets.Merge(g.Content)).ToArray();
            var reported = quotes.Where(q => q.Kind == QuoteKind.Indirect).ToArray();
            var labels = reported.Select(quote =>
            {
                var group = SpanSets.Merge(quotes.Where(q => q == quote || (quote.Cue is { } cue && q.Cue == cue)).Select(q => q.Span));
                return gold.Any(g => SpanSets.F1(group, g) >= MatchThreshold) ? 1 : 0;
            }).ToArray();
            return new LabelledQuotes(document, reported, labels);
        }).ToArray();
    }

    /// <summary>A document's reported-speech quotes as one training sequence; features never read labels.</summary>
    private sealed class QuoteSequence(LabelledQuotes document, SequenceModel cueModel) : ISequenceFeatures
    {
        private readonly (DraftFeatures Features, LearnedCues Cues) scorer = AttributionFilter.Scorer(document.Document, document.Document.Get<PosLayer>(), cueModel);

        public int Length => document.Quotes.Length;

        public int FixedLabel(int position) => -1;

        public void AddFeatures(int position, ReadOnlySpan<int> previousLabels, FeatureVector features) =>
            scorer.Features.Add(document.Quotes[position], scorer.Cues.Margin, features);
    }
}
