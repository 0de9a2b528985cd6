using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

public sealed class StormNamesTests
{
    private static readonly int Person = EntityLabels.TypeIndex("PER");

    [Fact]
    public void AStormsNameAndItsBareMentionsAreMisc()
    {
        IReadOnlyList<string>[] sentences = [["strengthening", "Hurricane", "Rita", "."], ["Rita", "packed", "winds", "."]];
        int[] labels = [0, 0, Single(), 0, Single(), 0, 0, 0];

        StormNames.Tag(sentences, labels);

        Assert.Equal(["O", "O", "U-MISC", "O", "U-MISC", "O", "O", "O"], labels.Select(EntityLabels.Name));
    }

    [Fact]
    public void ANameInsideALongerPersonsNameStaysAPerson()
    {
        IReadOnlyList<string>[] sentences = [["Hurricane", "Rita", "hit", "."], ["Rita", "Moreno", "sang", "."], ["Rita", "left", "."]];
        int[] labels = [0, Single(), 0, 0, EntityLabels.Of('B', Person), EntityLabels.Of('L', Person), 0, 0, Single(), 0, 0];

        StormNames.Tag(sentences, labels);

        Assert.Equal("U-PER", EntityLabels.Name(labels[1]));
        Assert.Equal("U-PER", EntityLabels.Name(labels[8]));
    }

    [Fact]
    public void WithoutAStormWordNothingChanges()
    {
        IReadOnlyList<string>[] sentences = [["Rita", "packed", "."]];
        int[] labels = [Single(), 0, 0];

        StormNames.Tag(sentences, labels);

        Assert.Equal("U-PER", EntityLabels.Name(labels[0]));
    }

    private static int Single() => EntityLabels.Of('U', Person);
}
