using Dateline.Entities;
using Dateline.Entities.Gazetteers;
using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

public sealed class GazetteerTests
{
    private static Gazetteer Small() => Gazetteer.Load(
    [
        (GazetteerCategory.Country, new StringReader("# comment\nUnited States\nIsrael\n")),
        (GazetteerCategory.City, new StringReader("Tel Aviv\nWashington\n")),
        (GazetteerCategory.State, new StringReader("Washington\n")),
    ]);

    [Fact]
    public void MatchMarksBeginningsAndInsidesOfEveryListedPhrase()
    {
        string[] words = ["Talks", "in", "Tel", "Aviv", "and", "Washington", "."];
        var begins = new ushort[words.Length];
        var insides = new ushort[words.Length];

        Small().Match(words, fold: false, begins, insides);

        Assert.Equal(1 << (int)GazetteerCategory.City, begins[2]);
        Assert.Equal(1 << (int)GazetteerCategory.City, insides[3]);
        Assert.Equal((1 << (int)GazetteerCategory.City) | (1 << (int)GazetteerCategory.State), begins[5]);
        Assert.Equal(0, begins[0] | begins[1] | begins[3] | insides[2]);
    }

    [Fact]
    public void FoldedMatchingFindsNamesInHeadlineCapitals()
    {
        string[] words = ["TALKS", "IN", "TEL", "AVIV"];
        var begins = new ushort[words.Length];
        var insides = new ushort[words.Length];
        var gazetteer = Small();

        gazetteer.Match(words, fold: false, begins, insides);
        Assert.Equal(0, begins[2]);

        gazetteer.Match(words, fold: true, begins, insides);
        Assert.Equal(1 << (int)GazetteerCategory.City, begins[2]);
    }

    [Fact]
    public void CategoriesOfIsExactPhraseLookup()
    {
        var gazetteer = Small();
        string[] words = ["the", "United", "States"];

        Assert.Equal(1 << (int)GazetteerCategory.Country, gazetteer.CategoriesOf(words, 1, 3));
        Assert.Equal(0, gazetteer.CategoriesOf(words, 0, 3));
        Assert.Equal(0, gazetteer.CategoriesOf(words, 1, 2));
        Assert.Equal(2, gazetteer.MaxTokens);
    }

    [Fact]
    public void ListedPeopleLendTheirGivenNamesAndSurnames()
    {
        var gazetteer = Gazetteer.Load([(GazetteerCategory.Person, new StringReader("Benjamin Netanyahu\n"))]);

        Assert.Equal(1 << (int)GazetteerCategory.Surname, gazetteer.CategoriesOf(["Netanyahu"], 0, 1));
        Assert.Equal(1 << (int)GazetteerCategory.GivenName, gazetteer.CategoriesOf(["Benjamin"], 0, 1));
        Assert.Equal(1 << (int)GazetteerCategory.Person, gazetteer.CategoriesOf(["Benjamin", "Netanyahu"], 0, 2));
    }

    [Theory]
    [InlineData("org.curated.txt", GazetteerCategory.Org)]
    [InlineData("city.txt", GazetteerCategory.City)]
    [InlineData("Demonym.txt", GazetteerCategory.Demonym)]
    [InlineData("givenname.txt", GazetteerCategory.GivenName)]
    [InlineData("surname.txt", GazetteerCategory.Surname)]
    public void FileNamesNameTheirCategory(string fileName, GazetteerCategory expected) =>
        Assert.Equal(expected, Gazetteer.CategoryOfFileName(fileName));

    [Fact]
    public void UnknownFileNamesAreIgnored() => Assert.Null(Gazetteer.CategoryOfFileName("README.md"));

    [Fact]
    public void ShippedGazetteerLoadsOnceWithCountriesDemonymsAndPeople()
    {
        var gazetteer = Gazetteer.Default;

        Assert.Same(gazetteer, Gazetteer.Default);
        Assert.True(gazetteer.PhraseCount > 10_000);
        Assert.NotEqual(0, gazetteer.CategoriesOf(["Israel"], 0, 1) & (1 << (int)GazetteerCategory.Country));
        Assert.NotEqual(0, gazetteer.CategoriesOf(["Israelis"], 0, 1) & (1 << (int)GazetteerCategory.Demonym));
        Assert.NotEqual(0, gazetteer.CategoriesOf(["Middle", "East"], 0, 2) & (1 << (int)GazetteerCategory.Region));
        Assert.NotEqual(0, gazetteer.CategoriesOf(["Hamas"], 0, 1) & (1 << (int)GazetteerCategory.Org));
    }

    [Fact]
    public void ShippedNameListsAddCommonNamesButNoCommonWords()
    {
        var gazetteer = Gazetteer.Default;
        const int Names = (1 << (int)GazetteerCategory.GivenName) | (1 << (int)GazetteerCategory.Surname);

        Assert.Equal(1 << (int)GazetteerCategory.GivenName, gazetteer.CategoriesOf(["Brittany"], 0, 1) & Names);
        Assert.Equal(1 << (int)GazetteerCategory.Surname, gazetteer.CategoriesOf(["Kowalczyk"], 0, 1));
        Assert.Equal(0, gazetteer.CategoriesOf(["Will"], 0, 1) & Names);
    }

    [Fact]
    public void ShippedListsFitThePresizedTables()
    {
        // Past 2^17 phrases the dictionaries would double, and the load benchmark's heap with them.
        Assert.InRange(Gazetteer.Default.PhraseCount, 90_000, (1 << 17) - 1);
    }

    [Theory]
    [InlineData("Houston", "LOC", "GPE")]
    [InlineData("Chelsea", "ORG", "ORG")]
    [InlineData("Tiffany", "ORG", "ORG")]
    [InlineData("Tiffany", "MISC", "MISC")]
    public void CommonNamesDoNotChangeHowMentionsAreTyped(string word, string conllType, string expected) =>
        Assert.Equal((expected, (string?)null), EntityTyping.Map(EntityLabels.TypeIndex(conllType), [word], 0, 1, Gazetteer.Default));
}
