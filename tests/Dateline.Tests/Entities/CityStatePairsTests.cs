using Dateline.Entities.Gazetteers;
using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

public sealed class CityStatePairsTests
{
    private static readonly Gazetteer Lists = Gazetteer.Load(
    [
        (GazetteerCategory.City, new StringReader("Miramar\nSan Francisco\nTampa\nMexico City\n")),
        (GazetteerCategory.State, new StringReader("California\nBay\n")),
        (GazetteerCategory.Country, new StringReader("Mexico\n")),
    ]);

    private static readonly NameLexicon Lexicon = NameLexicon.Load(new StringReader("bay\tNN\n"));

    private static string[] Split(string text, params string[] labels) =>
        SentenceRule.Apply(text, labels, (words, result) => CityStatePairs.Split(words, result, Lists, Lexicon));

    [Fact]
    public void ACityAndItsStateWithoutACommaAreTwoPlaces() =>
        Assert.Equal(
            ["O", "B-LOC", "L-LOC", "U-LOC", "O"],
            Split("to san francisco california one", "O", "B-LOC", "I-LOC", "L-LOC", "O"));

    [Theory]
    [InlineData("Tampa Bay")] // a common word on the right
    [InlineData("Mexico City")] // listed whole
    [InlineData("Miramar Beach")] // no state on the right
    public void OtherPlacesStayWhole(string text) =>
        Assert.Equal(["B-LOC", "L-LOC"], Split(text, "B-LOC", "L-LOC"));
}
