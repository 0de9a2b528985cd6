using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

public sealed class NameHeadsTests
{
    private static string[] Tagged(string text, params string[] labels) =>
        SentenceRule.Apply(text, labels, (words, result) => NameHeads.Tag(words, result));

    [Fact]
    public void AnOrganisationHeadTakesTheWholeCapitalisedRun() =>
        Assert.Equal(
            ["O", "B-ORG", "I-ORG", "I-ORG", "L-ORG", "O"],
            Tagged("the Federal Open Market Committee meeting", "O", "B-MISC", "L-MISC", "O", "O", "O"));

    [Fact]
    public void OfJoinsAPlaceIntoACompanyName() =>
        Assert.Equal(
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "L-ORG", "O"],
            Tagged("Gold Fields of South Africa Ltd said", "B-ORG", "L-ORG", "O", "B-LOC", "L-LOC", "U-ORG", "O"));

    [Fact]
    public void AnEventHeadMakesAnEventAndLeavesAPlaceBeforeIt() =>
        Assert.Equal(
            ["O", "U-LOC", "B-MISC", "L-MISC"],
            Tagged("the Berlin Grand Prix", "O", "U-LOC", "B-PER", "L-PER"));

    [Fact]
    public void APlaceHeadKeepsTheDemonymInThePlace() =>
        Assert.Equal(["O", "B-LOC", "L-LOC"], Tagged("the Indian Ocean", "O", "U-MISC", "O"));

    [Fact]
    public void ADemonymStaysApart() =>
        Assert.Equal(
            ["U-MISC", "B-ORG", "L-ORG", "O"],
            Tagged("French Interior Ministry spokesman", "U-MISC", "U-PER", "O", "O"));

    [Fact]
    public void APersonBeforeALongerEventNameStaysAPerson() =>
        Assert.Equal(
            ["B-PER", "L-PER", "B-MISC", "L-MISC"],
            Tagged("Barack Obama Election Day", "B-PER", "L-PER", "O", "O"));

    [Theory]
    [InlineData("Broadcasting Board of Governors", "O", "O", "O", "O")]
    [InlineData("Chevron Corp and Texaco Inc", "B-ORG", "L-ORG", "O", "B-ORG", "L-ORG")]
    [InlineData("John Smith of Bear Stearns & Co", "B-PER", "L-PER", "O", "B-ORG", "I-ORG", "I-ORG", "L-ORG")]
    [InlineData("Shares of Acme Corp", "O", "O", "B-ORG", "L-ORG")]
    public void ConnectorsDoNotJoinTwoNames(string text, params string[] labels) =>
        Assert.Equal(labels, Tagged(text, labels));

    [Fact]
    public void ACapitalAtTheSentenceStartIsNoPartOfTheName() =>
        Assert.Equal(
            ["O", "B-MISC", "L-MISC", "O"],
            Tagged("Leading Labour Day holiday", "O", "U-ORG", "O", "O"));

    [Fact]
    public void AHeadlineInCapitalsIsLeftAlone() =>
        Assert.Equal(["U-LOC", "O", "O"], Tagged("MILWAUKEE OPEN RESULTS", "U-LOC", "O", "O"));
}
