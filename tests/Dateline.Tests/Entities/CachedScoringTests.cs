using Dateline.Entities.Gazetteers;
using Dateline.Entities.Recognition;
using Dateline.Learning;

namespace Dateline.Tests.Entities;

/// <summary>The tagger's cached scoring must give what scoring every feature one by one gives.</summary>
public sealed class CachedScoringTests
{
    private static readonly string[][] Sentences =
    [
        ["WASHINGTON", "TALKS", "STALL", "AS", "BLINKEN", "FLIES", "TO", "CAIRO"],
        ["Secretary", "of", "State", "Antony", "Blinken", "met", "Egyptian", "officials", "in", "Cairo", "on", "Monday", "."],
        ["Blinken", "said", "the", "talks", "with", "Hamas", "mediators", "from", "Qatar", "would", "go", "on", "."],
        ["\"", "We", "are", "close", ",", "\"", "said", "an", "aide", "to", "Blinken", "in", "unheard-of", "Zyxwvutz", "."],
    ];

    [Fact]
    public void CachedScoresEqualFeatureByFeatureScores() => AssertCachedScoresEqual(null);

    [Fact]
    public void CachedSecondStageScoresEqualFeatureByFeatureScores()
    {
        var lexicon = NameLexicon.Of(EntityTagger.ShippedModel);
        var sentences = Sentences.Select(s => new SentenceFeatures(s, Gazetteer.Default, lexicon)).ToList();
        // Any first-stage labels will do, as long as both readings see the same: another pseudo-random sequence.
        var firstLabels = Enumerable.Range(0, sentences.Sum(s => s.Length)).Select(i => (i * 5 + 3) % EntityLabels.Count).ToArray();
        AssertCachedScoresEqual(new FirstStage(sentences, firstLabels));
    }

    private static void AssertCachedScoresEqual(FirstStage? firstStage)
    {
        var model = EntityTagger.ShippedModel;
        var weights = CompactWeights.Of(model);
        var cache = EntityWordCache.Of(model);
        var gazetteer = Gazetteer.Default;
        var plain = new DocumentFeatures(Sentences.Select(s => new SentenceFeatures(s, gazetteer, cache.Lexicon)).ToList(), firstStage: firstStage);
        var cached = new DocumentFeatures(Sentences.Select(s => new SentenceFeatures(s, gazetteer, null, cache)).ToList(), firstStage: firstStage);
        // Any label history will do, as long as both see the same one: a fixed pseudo-random sequence.
        var labels = Enumerable.Range(0, plain.Length).Select(i => (i * 7) % EntityLabels.Count).ToArray();
        var features = new FeatureVector();
        var expected = new float[model.Labels.Count];
        var actual = new float[model.Labels.Count];
        int position = 0;
        for (int sentence = 0; sentence < Sentences.Length; sentence++)
        {
            for (int i = 0; i < Sentences[sentence].Length; i++, position++)
            {
                features.Clear();
                plain.AddFeatures(position, labels.AsSpan(0, position), features);
                weights.Score(features.Items, expected);
                cached.Score(sentence, position, labels.AsSpan(0, position), weights, cache, new FeatureVector(), actual);
                for (int label = 0; label < expected.Length; label++)
                {
                    // Only the order of float additions differs.
                    Assert.Equal(expected[label], actual[label], 1e-4 * Math.Max(1, Math.Abs(expected[label])));
                }
            }
        }
    }
}
