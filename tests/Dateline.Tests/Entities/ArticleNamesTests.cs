using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

public sealed class ArticleNamesTests
{
    private static string[] Joined(string text, params string[] labels) =>
        SentenceRule.Apply(text, labels, (words, result) => ArticleNames.Join(words, result));

    [Fact]
    public void AGivenNameAndAFamilyNameWithASplitArticleAreOnePerson() =>
        Assert.Equal(
            ["O", "B-PER", "I-PER", "I-PER", "L-PER", "O"],
            Joined("with Muqtada al - Sadr 's", "O", "O", "O", "O", "U-PER", "O"));

    [Fact]
    public void TheFamilyNameDecidesTheTypeAndTheRestOfAnOrganisationEndingLowerCaseIsDropped() =>
        Assert.Equal(
            ["O", "O", "B-PER", "I-PER", "I-PER", "L-PER", "O"],
            Joined("Shiite cleric Muqtada al - Sadr said", "B-ORG", "I-ORG", "L-ORG", "O", "O", "U-PER", "O"));

    [Fact]
    public void AnArticleNameAloneJoinsItsArticle() =>
        Assert.Equal(
            ["O", "B-ORG", "I-ORG", "L-ORG", "O"],
            Joined("for al - Qaida with", "O", "O", "O", "U-ORG", "O"));

    [Theory]
    [InlineData("In al - Anbar province", "O", "O", "O", "O", "O")] // no word of it read as a name
    [InlineData("Google - Mozilla relationship", "U-ORG", "O", "U-ORG", "O")] // no article before the hyphen
    [InlineData("al - sadr said", "O", "O", "U-PER", "O")] // the word after the hyphen is lower case
    public void OtherWordsAreLeftAlone(string text, params string[] labels) =>
        Assert.Equal(labels, Joined(text, labels));
}
