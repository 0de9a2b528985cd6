using Dateline.Entities.Gazetteers;
using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

public sealed class InvertedNamesTests
{
    private static readonly Gazetteer Lists = Gazetteer.Load([(GazetteerCategory.GivenName, new StringReader("Vangie\nGeorge\n"))]);

    private static string[] Joined(string text, params string[] labels) =>
        SentenceRule.Apply(text, labels, (words, result) => InvertedNames.Join(words, result, Lists));

    [Fact]
    public void AQuotedSurnameCommaGivenNameIsOnePerson() =>
        Assert.Equal(
            ["O", "B-PER", "I-PER", "L-PER", "O", "O"],
            Joined("\" Townsend , George \" <", "O", "U-PER", "O", "U-PER", "O", "O"));

    [Fact]
    public void AnUntaggedSurnameJoinsATaggedGivenName() =>
        Assert.Equal(
            ["O", "B-PER", "I-PER", "L-PER", "O"],
            Joined("\" McGilloway , Vangie \"", "O", "O", "O", "U-PER", "O"));

    [Theory]
    [InlineData("\" Paris , France \"", "O", "U-LOC", "O", "U-LOC", "O")] // not people
    [InlineData("\" Smith , Jones \" and", "O", "U-PER", "O", "O", "O", "O")] // no given name second
    [InlineData("Townsend , George said", "U-PER", "O", "U-PER", "O")] // not a quoted display name
    public void OtherPairsAreLeftAlone(string text, params string[] labels) =>
        Assert.Equal(labels, Joined(text, labels));
}
