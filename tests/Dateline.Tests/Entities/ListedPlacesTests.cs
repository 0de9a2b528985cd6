using Dateline.Entities.Gazetteers;
using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

public sealed class ListedPlacesTests
{
    private static readonly Gazetteer Lists = Gazetteer.Load(
    [
        (GazetteerCategory.City, new StringReader("Athens\nWashington\nJordan\n")),
        (GazetteerCategory.GivenName, new StringReader("Jordan\n")),
    ]);

    private static readonly int Person = EntityLabels.TypeIndex("PER");

    [Fact]
    public void AOneWordPersonListedOnlyAsAPlaceIsALocation()
    {
        IReadOnlyList<string>[] sentences = [["Athens"], ["Jordan", "visited", "Athens", "."]];
        int[] labels = [Single(), Single(), 0, Single(), 0];

        ListedPlaces.Tag(sentences, labels, Lists);

        Assert.Equal(["U-LOC", "U-PER", "O", "U-LOC", "O"], labels.Select(EntityLabels.Name));
    }

    [Fact]
    public void APlaceNameThatIsPartOfAPersonsNameInTheDocumentStaysAPerson()
    {
        IReadOnlyList<string>[] sentences = [["Malivai", "Washington", "won", "."], ["Washington", "served", "."]];
        int[] labels = [EntityLabels.Of('B', Person), EntityLabels.Of('L', Person), 0, 0, Single(), 0, 0];

        ListedPlaces.Tag(sentences, labels, Lists);

        Assert.Equal("U-PER", EntityLabels.Name(labels[4]));
    }

    [Fact]
    public void APlaceAlsoListedAsAGivenNameIsALocationAfterAPrepositionOfPlace()
    {
        IReadOnlyList<string>[] sentences = [["shops", "around", "Jordan", "."], ["Jordan", "said", "so", "."]];
        int[] labels = [0, 0, Single(), 0, Single(), 0, 0, 0];

        ListedPlaces.Tag(sentences, labels, Lists);

        Assert.Equal(["O", "O", "U-LOC", "O", "U-PER", "O", "O", "O"], labels.Select(EntityLabels.Name));
    }

    private static int Single() => EntityLabels.Of('U', Person);
}
