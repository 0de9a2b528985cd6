using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

public sealed class CompanySuffixesTests
{
    private static string[] Joined(string text, params string[] labels) =>
        SentenceRule.Apply(text, labels, (words, result) => CompanySuffixes.Join(words, result));

    [Fact]
    public void ANameRunsOnThroughACommaAndALegalForm() =>
        Assert.Equal(
            ["O", "B-ORG", "I-ORG", "L-ORG", "O"],
            Joined("to Google , Inc. of", "O", "U-ORG", "O", "O", "O"));

    [Fact]
    public void ANameEndedBeforeALegalFormIsACompany() =>
        Assert.Equal(
            ["O", "B-ORG", "I-ORG", "L-ORG", "O"],
            Joined("the J.M. Huber Corporation Guaranty", "O", "B-PER", "L-PER", "O", "O"));

    [Fact]
    public void ANameEndingInALegalFormIsACompany() =>
        Assert.Equal(
            ["B-ORG", "I-ORG", "L-ORG", "O"],
            Joined("Apic Yamada Corp is", "B-PER", "I-PER", "L-PER", "O"));

    [Fact]
    public void OneLegalFormAfterAnotherJoinsBoth() =>
        Assert.Equal(
            ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "L-ORG"],
            Joined("Atlantic Lottery Corporation , Inc.", "B-LOC", "L-LOC", "O", "O", "O"));

    [Fact]
    public void ALegalFormReadAsANameOfItsOwnStillJoinsTheNameBeforeIt() =>
        Assert.Equal(
            ["O", "B-ORG", "I-ORG", "L-ORG", "O"],
            Joined("of CCNG , Inc. (", "O", "U-LOC", "O", "U-LOC", "O"));

    [Fact]
    public void ALegalFormAloneIsNoName() =>
        Assert.Equal(["O", "O", "O", "O"], Joined("CCGM , L.P. .", "O", "O", "U-LOC", "O"));

    [Theory]
    [InlineData("Smith , inc", "U-PER", "O", "O")] // not a legal form as written
    [InlineData("Paris and Inc.", "U-LOC", "O", "O")] // no comma or adjacency joins them
    public void OtherNamesAreLeftAlone(string text, params string[] labels) =>
        Assert.Equal(labels, Joined(text, labels));
}
