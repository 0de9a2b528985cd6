using Dateline.Training.Evaluation;

namespace Dateline.Tests.Text;

/// <summary>The bar the segmenter must hold on gold UD data (the same logic as <c>dateline eval segment</c>).</summary>
public class SegmenterGoldTests
{
    [NeedsSharedFact]
    public void GumDevMeetsTheBar() => AssertBar("UD_English-GUM/en_gum-ud-dev.conllu", minTokenF1: 0.99, minSentenceF1: 0.95);

    [NeedsSharedFact]
    public void EwtDevMeetsTheBar() => AssertBar("UD_English-EWT/en_ewt-ud-dev.conllu", minTokenF1: 0.98, minSentenceF1: 0.85);

    private static void AssertBar(string file, double minTokenF1, double minSentenceF1)
    {
        using var reader = new StreamReader(SharedCorpora.PathOf("corpora/ud/" + file));
        var scores = SegmentationEvaluation.Evaluate(SegmentationGold.Read(reader));

        Assert.True(scores.Tokens.F1 >= minTokenF1, $"{file}: token F1 {scores.Tokens.F1:F4} < {minTokenF1}");
        Assert.True(scores.Sentences.F1 >= minSentenceF1, $"{file}: sentence F1 {scores.Sentences.F1:F4} < {minSentenceF1}");
    }
}
