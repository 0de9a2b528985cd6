using Dateline.Documents;
using Dateline.Learning;
using Dateline.Tagging;
using Dateline.Text;

namespace Dateline.Quotes;

/// <summary>
/// The third part of <c>models/quote-cues.dlm</c> (its <see cref="Section"/>): a ranking perceptron, trained on
/// PolNeAR train, that re-draws where reported content after its cue ends (<see cref="ExtentFeatures"/>). The sieves
/// find the cue, the speaker and the content's start; this model picks the end among the sentence's token
/// boundaries, the sieve's own end included. A quote it moves records <see cref="Rule"/> as its
/// <see cref="Quote.ExtentRule"/>, after the rule that moved its start if one did.
/// </summary>
internal static class ContentExtent
{
    public const string Section = "extents";

    public const string Kind = "quote-extents";

    public const string ScoreLabel = "SCORE";

    /// <summary>The provenance of a content end this model chose.</summary>
    public const string Rule = "extent-model";

    /// <summary>
    /// The sieve's end stands unless another scores this much higher: close calls go to the hand-written rules (on
    /// held-out halves of PolNeAR train a margin up to 3–5 cost under 0.6 % of right ends). 6 since session 15: the
    /// model retrained over that session's entities drew "wants to sign up …, focusing on people under 30" past the
    /// participle clause at 4; PolNeAR dev attribution F1 0.704 at 6, 0.703 at 4 (train 0.723 / 0.725).
    /// </summary>
    public const float KeepSieveEndWithin = 6f;

    private static readonly Lazy<SequenceModel?> Shipped = new(
        () => LearnedCues.ShippedModel.TryGetSection(Section, out var bytes) ? Check(ModelFormat.Read(new MemoryStream(bytes))) : null,
        LazyThreadSafetyMode.ExecutionAndPublication);

    public static SequenceModel? ShippedModel => Shipped.Value;

    /// <summary>The quotes with their content ends re-drawn; unchanged when the document is untagged or there is no model.</summary>
    public static IReadOnlyList<Quote> Redraw(Document document, IReadOnlyList<Quote> quotes, SequenceModel? model)
    {
        if (model is null || document.Find<PosLayer>() is not { } tags || !quotes.Any(q => q.Kind == QuoteKind.Indirect))
        {
            return quotes;
        }

        var features = new ExtentFeatures(document, document.Get<TokenLayer>(), document.Get<SentenceLayer>(), tags);
        var spans = quotes.Select(q => q.Span).OrderBy(s => s.Start).ToArray();
        var candidates = new List<int>();
        var buffer = new FeatureVector();
        var score = new float[1];
        var redrawn = new List<Quote>(quotes.Count);
        foreach (var quote in quotes)
        {
            if (quote.ExtentRule?.StartsWith(IndirectQuotes.RelativeClauseRule, StringComparison.Ordinal) == true || !features.TrySite(quote, spans, candidates, out var site))
            {
                redrawn.Add(quote);
                continue;
            }

            int best = site.RuleEnd;
            float bestScore = float.NegativeInfinity;
            var stretch = default(ExtentFeatures.Stretch);
            float ruleScore = 0;
            foreach (int end in candidates)
            {
                buffer.Clear();
                features.Add(site, end, ref stretch, buffer);
                model.Score(buffer.Items, score);
                ruleScore = end == site.RuleEnd ? score[0] : ruleScore;
                if (score[0] > bestScore)
                {
                    (best, bestScore) = (end, score[0]);
                }
            }

            redrawn.Add(best == site.RuleEnd || bestScore - ruleScore <= KeepSieveEndWithin ? quote : quote with
            {
                Span = new TextSpan(quote.Span.Start, features.Tokens.Ends[best - 1]),
                ExtentRule = quote.ExtentRule is { } startRule ? startRule + "+" + Rule : Rule,
            });
        }

        return redrawn;
    }

    private static SequenceModel Check(SequenceModel model) =>
        model.Header.FeatureSetId == ExtentFeatures.Id && model.Labels.Count == 1 && model.Labels.TryGetId(ScoreLabel, out _)
            ? model
            : throw new InvalidDataException($"Content extent model uses feature set '{model.Header.FeatureSetId}', this code implements '{ExtentFeatures.Id}'.");
}
