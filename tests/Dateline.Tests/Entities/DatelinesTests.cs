using Dateline.Entities.Gazetteers;
using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

public sealed class DatelinesTests
{
    private static readonly Gazetteer Lists = Gazetteer.Load([(GazetteerCategory.City, new StringReader("The Hague\n"))]);

    private static string[] Tagged(string text, params string[] labels) =>
        SentenceRule.Apply(text, labels, (words, result) => Datelines.Tag(words, result, Lists));

    [Fact]
    public void TheNameOpeningADatelineIsAPlace() =>
        Assert.Equal(["B-LOC", "L-LOC", "O"], Tagged("THE HAGUE 1996-08-30", "B-ORG", "L-ORG", "O"));

    [Fact]
    public void ThePlaceEndsAtTheComma() =>
        Assert.Equal(["B-LOC", "L-LOC", "O", "U-LOC", "O"], Tagged("LA CORUNA , Spain 1996-08-31", "B-PER", "L-PER", "O", "U-LOC", "O"));

    [Theory]
    [InlineData("UNITED NATIONS 1996-08-29", "B-ORG", "L-ORG", "O")]
    [InlineData("Shares rose 1996-08-29", "O", "O", "O")]
    public void AnUnlistedOrganisationAndOrdinaryWordsAreLeftAlone(string text, params string[] labels) =>
        Assert.Equal(labels, Tagged(text, labels));
}
