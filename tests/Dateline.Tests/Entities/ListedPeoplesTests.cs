using Dateline.Entities.Gazetteers;
using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

public sealed class ListedPeoplesTests
{
    private static readonly Gazetteer Lists = Gazetteer.Load(
    [
        (GazetteerCategory.Demonym, new StringReader("Iraqis\nJordanian\n")),
        (GazetteerCategory.Group, new StringReader("Christian\n")),
        (GazetteerCategory.Person, new StringReader("Christian Wulff\n")),
    ]);

    [Fact]
    public void UntaggedListedDemonymBecomesMisc()
    {
        string[] words = ["Seven", "Iraqis", "left", "."];
        int[] labels = new int[words.Length];

        ListedPeoples.Tag(words, labels, Lists);

        Assert.Equal(["O", "U-MISC", "O", "O"], labels.Select(EntityLabels.Name));
    }

    [Fact]
    public void WordAlsoListedAsAGivenNameAndTaggedWordsAreLeftAlone()
    {
        string[] words = ["Christian", "met", "Jordanian", "officials"];
        int[] labels = [0, 0, EntityLabels.Of('U', EntityLabels.TypeIndex("ORG")), 0];

        ListedPeoples.Tag(words, labels, Lists);

        Assert.Equal(["O", "O", "U-ORG", "O"], labels.Select(EntityLabels.Name));
    }
}
