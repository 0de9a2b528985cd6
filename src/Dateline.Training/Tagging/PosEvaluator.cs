using Dateline.Tagging;
using Dateline.Training.Corpora;

namespace Dateline.Training.Tagging;

/// <summary>UPOS and lemma accuracy against gold CoNLL-U words (gold tokens; lemmas from predicted tags).</summary>
public static class PosEvaluator
{
    public static PosScore Evaluate(PosModel model, IEnumerable<GoldSentence> gold)
    {
        var session = model.CreateSession();
        long words = 0, uposRight = 0, lemmaRight = 0;
        foreach (var sentence in gold)
        {
            var tags = new Upos[sentence.Forms.Length];
            var lemmas = new string[sentence.Forms.Length];
            session.Tag(sentence.Forms, tags, lemmas);
            for (int i = 0; i < tags.Length; i++)
            {
                words++;
                uposRight += tags[i].ToString() == sentence.Upos[i] ? 1 : 0;
                lemmaRight += lemmas[i] == sentence.Lemmas[i] ? 1 : 0;
            }
        }

        return new PosScore(words, uposRight, lemmaRight);
    }

    /// <summary>Tagging and lemma errors by frequency: "UPOS gold→predicted" and "lemma form/UPOS: gold→predicted".</summary>
    public static IEnumerable<(string Error, int Count)> Confusions(PosModel model, IEnumerable<GoldSentence> gold)
    {
        var session = model.CreateSession();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in gold)
        {
            var tags = new Upos[sentence.Forms.Length];
            var lemmas = new string[sentence.Forms.Length];
            session.Tag(sentence.Forms, tags, lemmas);
            for (int i = 0; i < tags.Length; i++)
            {
                string predicted = tags[i].ToString();
                if (predicted != sentence.Upos[i])
                {
                    string key = $"UPOS {sentence.Upos[i]}→{predicted}";
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
                else if (lemmas[i] != sentence.Lemmas[i])
                {
                    string key = $"lemma {sentence.Forms[i]}/{predicted}: {sentence.Lemmas[i]}→{lemmas[i]}";
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        return counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => (pair.Key, pair.Value));
    }
}

public sealed record PosScore(long Words, long UposRight, long LemmaRight)
{
    public double UposAccuracy => Words == 0 ? 0 : 100.0 * UposRight / Words;

    public double LemmaAccuracy => Words == 0 ? 0 : 100.0 * LemmaRight / Words;

    public override string ToString() => $"UPOS {UposAccuracy:F2}%, lemma {LemmaAccuracy:F2}% over {Words:N0} words";
}
