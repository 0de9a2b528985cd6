using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

public sealed class EntityLabelsTests
{
    [Fact]
    public void SpansRoundTripThroughBilou()
    {
        (int, int, int)[] spans = [(0, 2, 0), (3, 4, 2), (5, 8, 1)];

        var labels = EntityLabels.FromSpans(9, spans);

        Assert.Equal(["B-PER", "L-PER", "O", "U-LOC", "O", "B-ORG", "I-ORG", "L-ORG", "O"], labels.Select(EntityLabels.Name));
        Assert.Equal(spans, EntityLabels.Spans(labels));
    }

    [Fact]
    public void Iob2FromBilou() =>
        Assert.Equal(
            ["B-PER", "I-PER", "O", "B-LOC"],
            EntityLabels.FromSpans(4, [(0, 2, 0), (3, 4, 2)]).Select(EntityLabels.ToIob2));

    [Fact]
    public void ClosingAnOpenLabelEndsItWhereItStands()
    {
        Assert.Equal("U-ORG", EntityLabels.Name(EntityLabels.Closed(EntityLabels.Of('B', 1))));
        Assert.Equal("L-PER", EntityLabels.Name(EntityLabels.Closed(EntityLabels.Of('I', 0))));
    }

    [Fact]
    public void GrammarAllowsOnlyWellFormedSequences()
    {
        int beginPer = EntityLabels.Of('B', 0), lastPer = EntityLabels.Of('L', 0), lastOrg = EntityLabels.Of('L', 1);

        Assert.True(EntityLabels.MayFollow(beginPer, lastPer));
        Assert.False(EntityLabels.MayFollow(beginPer, lastOrg));
        Assert.False(EntityLabels.MayFollow(EntityLabels.Outside, lastPer));
        Assert.False(EntityLabels.MayFollow(beginPer, EntityLabels.Outside));
        Assert.False(EntityLabels.MayEnd(beginPer));
    }
}
