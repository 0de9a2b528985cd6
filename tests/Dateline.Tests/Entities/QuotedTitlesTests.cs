using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

public sealed class QuotedTitlesTests
{
    private static string[] Tagged(string text, params string[] labels) =>
        SentenceRule.Apply(text, labels, (words, result) => QuotedTitles.Tag(words, result));

    [Fact]
    public void ATitleCaseRunInQuotesIsATitle() =>
        Assert.Equal(
            ["O", "O", "O", "B-MISC", "I-MISC", "L-MISC", "O"],
            Tagged("the film \" The Crying Game \"", "O", "O", "O", "O", "O", "O", "O"));

    [Fact]
    public void APersonReadInTheFirstWordBecomesPartOfTheTitle() =>
        Assert.Equal(
            ["O", "B-MISC", "I-MISC", "I-MISC", "I-MISC", "L-MISC", "O"],
            Tagged("\" Anne of a Thousand Days \"", "O", "U-PER", "O", "O", "O", "O", "O"));

    [Theory]
    [InlineData("\" We will fight on \"", "O", "O", "O", "O", "O", "O")]
    [InlineData("\" Iron Lady \"", "O", "B-PER", "L-PER", "O")]
    [InlineData("\" Emperor Norton Bridge \"", "O", "O", "U-PER", "O", "O")]
    [InlineData("\" Blitz \"", "O", "O", "O")]
    public void SpeechNamesAndSingleWordsAreLeftAlone(string text, params string[] labels) =>
        Assert.Equal(labels, Tagged(text, labels));
}
