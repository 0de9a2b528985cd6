using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

/// <summary>The greedy decoder's way out of a name opened one word too early ("… John Stumpf on Tuesday for his role").</summary>
public sealed class EntityTaggerTests
{
    private static readonly int InsideOrg = EntityLabels.Of('I', 1);

    private static float[] ScoresPreferring(int label, float score = 5)
    {
        var scores = new float[EntityLabels.Count];
        scores[label] = score;
        return scores;
    }

    [Fact]
    public void LowerCaseWordThatWouldRatherBeOutsideClosesTheOpenName() =>
        Assert.True(EntityTagger.ClosesOpenName(InsideOrg, "on", ScoresPreferring(EntityLabels.Outside)));

    [Fact]
    public void LowerCaseWordThatContinuesTheNameKeepsItOpen() =>
        Assert.False(EntityTagger.ClosesOpenName(InsideOrg, "de", ScoresPreferring(EntityLabels.Of('L', 1))));

    [Fact]
    public void CapitalisedWordNeverClosesTheOpenName() =>
        Assert.False(EntityTagger.ClosesOpenName(InsideOrg, "Tuesday", ScoresPreferring(EntityLabels.Outside)));

    [Fact]
    public void NothingToCloseAfterAClosedLabel() =>
        Assert.False(EntityTagger.ClosesOpenName(EntityLabels.Of('L', 1), "on", ScoresPreferring(EntityLabels.Outside)));
}
