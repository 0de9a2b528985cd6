using Dateline.Entities.Gazetteers;
using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

public sealed class LowerCasePlacesTests
{
    private static readonly Gazetteer Lists = Gazetteer.Load(
    [
        (GazetteerCategory.City, new StringReader("Noida\nGreater Noida\nSan Francisco\nThe Bottom\nAllen\nChihuahua\nWa\n")),
        (GazetteerCategory.State, new StringReader("Punjab\nGerman\n")),
        (GazetteerCategory.Country, new StringReader("China\nState of Palestine\n")),
        (GazetteerCategory.Demonym, new StringReader("German\n")),
        (GazetteerCategory.GivenName, new StringReader("Allen\n")),
    ]);

    private static readonly NameLexicon Lexicon = NameLexicon.Load(new StringReader(
        "china\tNN\nbottom\tNN JJ\nthe\tDT\nstate\tNN\nof\tIN\ngreater\tJJR\nin\tIN\na\tDT\nfrom\tIN\n"));

    [Fact]
    public void ALowerCasePlaceNameTheTaggerMissedIsALocation()
    {
        string[] words = ["birds", "in", "punjab", "?"];
        int[] labels = new int[words.Length];

        LowerCasePlaces.Tag([words], labels, Lists, Lexicon);

        Assert.Equal(["O", "O", "U-LOC", "O"], labels.Select(EntityLabels.Name));
    }

    [Fact]
    public void TheLongestListedRunIsTaken()
    {
        string[] words = ["between", "noida", "and", "greater", "noida", "from", "san", "francisco"];
        int[] labels = new int[words.Length];

        LowerCasePlaces.Tag([words], labels, Lists, Lexicon);

        Assert.Equal(["O", "U-LOC", "O", "B-LOC", "L-LOC", "O", "B-LOC", "L-LOC"], labels.Select(EntityLabels.Name));
    }

    [Theory]
    [InlineData("made in china")] // a lower-case word of the tag lexicon
    [InlineData("at the bottom")] // a function word
    [InlineData("in the state of palestine")]
    [InlineData("a german citizen")] // a demonym
    [InlineData("jill allen finishes")] // a given name
    [InlineData("would you want a chihuahua")] // after a determiner
    [InlineData("from wa")] // too short
    [InlineData("from Punjab")] // capitalised: the tagger's own call stands
    public void CommonWordsPeopleAndNamesTheTaggerSawAreLeftAlone(string sentence)
    {
        string[] words = sentence.Split(' ');
        int[] labels = new int[words.Length];

        LowerCasePlaces.Tag([words], labels, Lists, Lexicon);

        Assert.All(labels, label => Assert.Equal(EntityLabels.Outside, label));
    }

    [Fact]
    public void WordsAlreadyInANameAreNotRelabelled()
    {
        string[] words = ["noida", "in", "punjab"];
        int[] labels = [EntityLabels.Of('U', EntityLabels.TypeIndex("ORG")), 0, 0];

        LowerCasePlaces.Tag([words], labels, Lists, Lexicon);

        Assert.Equal(["U-ORG", "O", "U-LOC"], labels.Select(EntityLabels.Name));
    }

    [Fact]
    public void AfterANameOtherThanAPlaceTheWordIsACommonNoun()
    {
        string[] words = ["english", "punjab", "and", "noida", "punjab"];
        int[] labels = [EntityLabels.Of('U', EntityLabels.TypeIndex("MISC")), 0, 0, 0, 0];

        LowerCasePlaces.Tag([words], labels, Lists, Lexicon);

        Assert.Equal(["U-MISC", "O", "O", "U-LOC", "U-LOC"], labels.Select(EntityLabels.Name));
    }

    [Fact]
    public void ALoneLowerCasePlaceNeedsAnotherSentenceInLowerCase()
    {
        IReadOnlyList<string>[] newswire = [["Pakistan", "won", "."], ["pakistan"]];
        IReadOnlyList<string>[] web = [["punjab", "?"], ["i", "need", "help"]];
        int[] newswireLabels = new int[4], webLabels = new int[5];

        LowerCasePlaces.Tag(newswire, newswireLabels, Lists, Lexicon);
        LowerCasePlaces.Tag(web, webLabels, Lists, Lexicon);

        Assert.All(newswireLabels, label => Assert.Equal(EntityLabels.Outside, label));
        Assert.Equal(["U-LOC", "O", "O", "O", "O"], webLabels.Select(EntityLabels.Name));
    }

    [Theory]
    [InlineData("The best food in punjab i ve had", true)]
    [InlineData("The best food in punjab ( i )", false)] // a numbered item
    public void APronounWrittenInLowerCaseIsAlsoLowerCaseWriting(string sentence, bool place)
    {
        string[] words = sentence.Split(' ');
        int[] labels = new int[words.Length];

        LowerCasePlaces.Tag([words], labels, Lists, Lexicon);

        Assert.Equal(place ? "U-LOC" : "O", EntityLabels.Name(labels[4]));
    }

    [Fact]
    public void AModelWithoutATagLexiconGetsNoRule()
    {
        string[] words = ["in", "punjab"];
        int[] labels = new int[words.Length];

        LowerCasePlaces.Tag([words], labels, Lists, NameLexicon.Empty);

        Assert.All(labels, label => Assert.Equal(EntityLabels.Outside, label));
    }
}
