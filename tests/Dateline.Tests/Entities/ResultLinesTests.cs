using Dateline.Entities.Gazetteers;
using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

public sealed class ResultLinesTests
{
    private static readonly Gazetteer Lists = Gazetteer.Load(
    [
        (GazetteerCategory.Country, new StringReader("Namibia\nBotswana\n")),
        (GazetteerCategory.City, new StringReader("Kansas City\nDetroit\n")),
    ]);

    private static string[] Tagged(string text, params string[] labels) =>
        SentenceRule.Apply(text, labels, (words, result) => ResultLines.Tag(words, result, Lists));

    [Fact]
    public void TeamsInAResultLineAreOrganisations() =>
        Assert.Equal(
            ["U-ORG", "O", "B-ORG", "L-ORG", "O"],
            Tagged("DETROIT 4 Kansas City 1", "U-LOC", "O", "B-LOC", "L-LOC", "O"));

    [Fact]
    public void NationalTeamsStayCountries() =>
        Assert.Equal(["U-LOC", "O", "U-LOC", "O"], Tagged("Namibia 6 Botswana 0", "U-LOC", "O", "U-LOC", "O"));

    [Fact]
    public void AStandingsRowIsOneTeamWithItsParenthesis() =>
        Assert.Equal(
            ["B-ORG", "I-ORG", "I-ORG", "L-ORG", "O", "O", "O", "O", "O", "O", "O"],
            Tagged("Rad ( B ) 4 1 1 2 2 3 4", "U-ORG", "O", "U-PER", "O", "B-MISC", "L-MISC", "O", "O", "O", "O", "O"));

    [Theory]
    [InlineData("Aug 27 Aug 26", "O", "O", "O", "O")]
    [InlineData("Nick Faldo 70 68 71 72", "B-PER", "L-PER", "O", "O", "O", "O")]
    public void DateLinesAndScoreCardsAreLeftAlone(string text, params string[] labels) =>
        Assert.Equal(labels, Tagged(text, labels));
}
