using Dateline.Entities.Gazetteers;
using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

public sealed class NameCompoundsTests
{
    private static readonly Gazetteer Lists = Gazetteer.Load([(GazetteerCategory.City, new StringReader("Tripoli\n"))]);

    private static string[] Tagged(string text, params string[] labels) =>
        SentenceRule.Apply(text, labels, (words, result) => NameCompounds.Tag(words, result, Lists));

    [Fact]
    public void ANameMadeAnAdjectiveIsMisc() =>
        Assert.Equal(
            ["O", "B-MISC", "L-MISC", "O"],
            Tagged("the New York-based group", "O", "B-ORG", "L-ORG", "O"));

    [Fact]
    public void TheNameIsCutBeforeTheNounItModifies() =>
        Assert.Equal(
            ["O", "B-MISC", "L-MISC", "O"],
            Tagged("a United Nations-sponsored ceasefire", "O", "B-ORG", "I-ORG", "L-ORG"));

    [Fact]
    public void ANameRunningOnKeepsItsOwnLabel() =>
        Assert.Equal(
            ["U-MISC", "B-LOC", "L-LOC"],
            Tagged("Beijing-backed Hong Kong", "B-LOC", "I-LOC", "L-LOC"));

    [Theory]
    [InlineData("Tripoli-based diplomats", "U-MISC", "O")]
    [InlineData("Family-controlled firms", "O", "O")]
    public void AtASentenceStartTheNameMustBeKnown(string text, string first, string second) =>
        Assert.Equal([first, second], Tagged(text, "O", "O"));
}
