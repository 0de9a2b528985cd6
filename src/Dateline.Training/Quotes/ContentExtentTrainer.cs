using System.Globalization;
using Dateline.Actors;
using Dateline.Documents;
using Dateline.Learning;
using Dateline.Quotes;
using Dateline.Tagging;
using Dateline.Text;
using Dateline.Training.Learning;

namespace Dateline.Training.Quotes;

/// <summary>
/// Trains the content-extent ranker stored in <c>models/quote-cues.dlm</c> (section <see cref="ContentExtent.Section"/>):
/// the attributor (given cue model, sieves' own ends, no filter) runs over PolNeAR train; each reported-speech quote
/// after its cue whose cue lies in a gold cue and whose content starts where the gold content starts (within two
/// tokens) is one example, its gold end the candidate where the gold content ends. A ranking perceptron with averaged
/// weights learns to score the gold end above the others. Deterministic (fixed seed, ordered documents).
/// </summary>
public static class ContentExtentTrainer
{
    private const int Epochs = 10;

    private const int StartSlack = 2;

    private const float PruneBelow = 0.05f;

    private static readonly LabelSet Labels = new([ContentExtent.ScoreLabel]);

    /// <summary>One quote's candidate ends (their features) and which one the gold content ends at; <see cref="Rule"/> is the sieve's.</summary>
    private sealed record Example(ulong[][] Candidates, int Gold, int Rule);

    public static SequenceModel Train(IReadOnlyList<QuoteCueTrainer.LabelledDocument> documents, SequenceModel cueModel, TextWriter log)
    {
        var examples = Examples(documents, cueModel);
        return Fit(examples, log);
    }

    private static SequenceModel Fit(Example[] examples, TextWriter log)
    {
        log.WriteLine($"content extents: {examples.Length:N0} quotes, sieve end right on {examples.Count(e => e.Gold == e.Rule):N0}");
        var weights = new AveragedWeights(1);
        var random = new DeterministicRandom(QuoteCueTrainer.Options.Seed);
        var order = Enumerable.Range(0, examples.Length).ToArray();
        var score = new float[1];
        int step = 0;
        for (int epoch = 1; epoch <= Epochs; epoch++)
        {
            random.Shuffle(order);
            int right = 0;
            foreach (int index in order)
            {
                step++;
                var example = examples[index];
                int guess = Best(example, c => Score(weights, c, score));
                if (guess == example.Gold)
                {
                    right++;
                    continue;
                }

                weights.Update(example.Candidates[example.Gold], 0, 1f, step);
                weights.Update(example.Candidates[guess], 0, -1f, step);
            }

            log.WriteLine($"extent epoch {epoch}: train accuracy {(double)right / Math.Max(1, examples.Length):P2}");
        }

        var header = new ModelHeader(ContentExtent.Kind, ExtentFeatures.Id, QuoteCueTrainer.Corpora, QuoteCueTrainer.Licences, "")
        {
            Training = string.Create(CultureInfo.InvariantCulture, $"ranking perceptron over candidate ends, averaged, epochs {Epochs}, seed {QuoteCueTrainer.Options.Seed}, prune below {PruneBelow}"),
        };
        return new SequenceModel(header, Labels, weights.Average(step, PruneBelow), null, new Dictionary<string, byte[]>());
    }

    /// <summary>How often the sieves' end and the model's end are the gold end, on the given documents.</summary>
    public static string Score(SequenceModel model, IReadOnlyList<QuoteCueTrainer.LabelledDocument> documents, SequenceModel cueModel)
    {
        var examples = Examples(documents, cueModel);
        var score = new float[1];
        int model_ = examples.Count(e => Best(e, c => { model.Score(c, score); return score[0]; }) == e.Gold);
        int rule = examples.Count(e => e.Rule == e.Gold);
        return string.Create(CultureInfo.InvariantCulture,
            $"content ends right {rule}/{examples.Length} ({(double)rule / Math.Max(1, examples.Length):P1}) by the sieves, {model_}/{examples.Length} ({(double)model_ / Math.Max(1, examples.Length):P1}) by the model");
    }

    private static float Score(AveragedWeights weights, ulong[] features, float[] score)
    {
        score[0] = 0;
        weights.AddScores(features, score);
        return score[0];
    }

    private static int Best(Example example, Func<ulong[], float> score)
    {
        int best = example.Rule;
        float bestScore = float.NegativeInfinity;
        for (int c = 0; c < example.Candidates.Length; c++)
        {
            float s = score(example.Candidates[c]);
            if (s > bestScore)
            {
                (best, bestScore) = (c, s);
            }
        }

        return best;
    }

    private static Example[] Examples(IReadOnlyList<QuoteCueTrainer.LabelledDocument> documents, SequenceModel cueModel)
    {
        var actors = new ActorResolver();
        var attributor = new QuoteAttributor(cueModel, null, filterAttributions: false);
        return documents.AsParallel().AsOrdered().SelectMany(labelled =>
        {
            var document = attributor.Process(actors.Process(labelled.Document));
            return Examples(document, labelled.Gold);
        }).ToArray();
    }

    private static List<Example> Examples(Document document, IReadOnlyList<GoldAttribution> gold)
    {
        var (tokens, tags) = (document.Get<TokenLayer>(), document.Get<PosLayer>());
        var features = new ExtentFeatures(document, tokens, document.Get<SentenceLayer>(), tags);
        var quotes = document.Get<QuoteLayer>().Quotes;
        var spans = quotes.Select(q => q.Span).OrderBy(s => s.Start).ToArray();
        var candidates = new List<int>();
        var examples = new List<Example>();
        var buffer = new FeatureVector();
        foreach (var quote in quotes)
        {
            if (!features.TrySite(quote, spans, candidates, out var site))
            {
                continue;
            }

            int target = GoldEnd(features, quote, site, gold);
            int goldIndex = candidates.IndexOf(target);
            if (goldIndex < 0)
            {
                continue;
            }

            var vectors = new ulong[candidates.Count][];
            var stretch = default(ExtentFeatures.Stretch);
            for (int c = 0; c < candidates.Count; c++)
            {
                buffer.Clear();
                features.Add(site, candidates[c], ref stretch, buffer);
                vectors[c] = buffer.Items.ToArray();
            }

            examples.Add(new Example(vectors, goldIndex, candidates.IndexOf(site.RuleEnd)));
        }

        return examples;
    }

    /// <summary>The token end of the gold content piece that starts where the quote does, under a gold cue overlapping its cue; -1 when none.</summary>
    private static int GoldEnd(ExtentFeatures features, Quote quote, ExtentFeatures.Site site, IReadOnlyList<GoldAttribution> gold)
    {
        var tokens = features.Tokens;
        foreach (var attribution in gold)
        {
            if (!attribution.Cue.Any(c => c.Overlaps(quote.Cue!.Value)))
            {
                continue;
            }

            foreach (var piece in SpanSets.Merge(attribution.Content))
            {
                int first = tokens.FirstEndingAfter(piece.Start);
                if (Math.Abs(first - site.First) > StartSlack || piece.End <= tokens.Starts[site.First])
                {
                    continue;
                }

                int end = tokens.FirstEndingAfter(piece.End - 1) + 1;
                while (end > site.First + 1 && !features.EndsWell(end - 1))
                {
                    end--;
                }

                return end;
            }
        }

        return -1;
    }
}
