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
}

public sealed record PosScore(long Words, long UposRight, long LemmaRight)
{
    public double UposAccuracy => Words == 0 ? 0 : 100.0 * UposRight / Words;

    public double LemmaAccuracy => Words == 0 ? 0 : 100.0 * LemmaRight / Words;

    public override string ToString() => $"UPOS {UposAccuracy:F2}%, lemma {LemmaAccuracy:F2}% over {Words:N0} words";
}
