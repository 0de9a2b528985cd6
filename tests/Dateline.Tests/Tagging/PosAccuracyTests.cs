using Dateline.Tagging;
using Dateline.Training.Corpora;
using Dateline.Training.Tagging;

namespace Dateline.Tests.Tagging;

public class PosAccuracyTests
{
    [NeedsSharedFact]
    public void Shipped_model_tags_a_slice_of_EWT_dev()
    {
        var slice = Conllu.ReadGold(SharedCorpora.PathOf("corpora/" + PosTrainer.EwtDev)).Take(400).ToArray();
        var score = PosEvaluator.Evaluate(PosModel.Shipped, slice);
        Assert.True(score.Words > 4000);
        Assert.True(score.UposAccuracy >= 94.0, score.ToString());
        Assert.True(score.LemmaAccuracy >= 96.0, score.ToString());
    }
}
