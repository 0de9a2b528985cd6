using Dateline.Entities;
using Dateline.Entities.Gazetteers;
using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

public sealed class EntityTypingTests
{
    private static readonly Gazetteer Lists = Gazetteer.Load(
    [
        (GazetteerCategory.Group, new StringReader("Republicans\nChristian\n")),
        (GazetteerCategory.Person, new StringReader("Christian Wulff\n")),
        (GazetteerCategory.State, new StringReader("Virginia\nN.C.\n")),
        (GazetteerCategory.Org, new StringReader("GOP\nWells Fargo\n")),
    ]);

    private static int Type(string conll) => EntityLabels.TypeIndex(conll);

    [Theory]
    [InlineData("PER")]
    [InlineData("ORG")]
    [InlineData("MISC")]
    public void ListedGroupIsNorpWhateverTheTaggerSaid(string conll)
    {
        Assert.Equal("NORP", EntityTyping.Map(Type(conll), ["Republicans"], 0, 1, Lists).Type);
    }

    [Fact]
    public void GroupWordThatIsAlsoAGivenNameKeepsPerson()
    {
        Assert.Equal(("PERSON", null), EntityTyping.Map(Type("PER"), ["Christian"], 0, 1, Lists));
    }

    [Fact]
    public void HonorificOpensAPerson()
    {
        Assert.Equal(("PERSON", EntityTyping.HonorificRule), EntityTyping.Map(Type("ORG"), ["Mr.", "Quiros"], 0, 2, Lists));
    }

    [Fact]
    public void PersonEndingInAnOrganisationHeadIsAnOrganisation()
    {
        Assert.Equal(("ORG", EntityTyping.OrganisationHeadRule), EntityTyping.Map(Type("PER"), ["Justice", "Department"], 0, 2, Lists));
        Assert.Equal(("PERSON", null), EntityTyping.Map(Type("PER"), ["Margaret", "Court"], 0, 2, Lists));
    }

    [Fact]
    public void StateAbbreviationIsGpe()
    {
        Assert.Equal(("GPE", null), EntityTyping.Map(Type("LOC"), ["N.C."], 0, 1, Lists));
    }

    [Fact]
    public void ListedGivenNameAndANameIsAPerson()
    {
        Assert.Equal(("PERSON", EntityTyping.GivenNameRule), EntityTyping.Map(Type("ORG"), ["Ava", "DuVernay"], 0, 2, Lists));
        Assert.Equal(("PERSON", EntityTyping.GivenNameRule), EntityTyping.Map(Type("MISC"), ["Ava", "J.", "DuVernay"], 0, 3, Lists));
    }

    [Theory]
    [InlineData("Morgan", "Stanley")]
    [InlineData("Ava", "Foundation")]
    [InlineData("Ava", "Virginia")]
    [InlineData("Ava", "NYPD")]
    public void GivenNameDoesNotRetypeCompaniesOrPlaces(string first, string second)
    {
        Assert.Equal("ORG", EntityTyping.Map(Type("ORG"), [first, second], 0, 2, Lists).Type);
    }

    [Fact]
    public void ListedOrganisationTypedMiscIsAnOrganisation()
    {
        Assert.Equal(("ORG", EntityTyping.ListedOrganisationRule), EntityTyping.Map(Type("MISC"), ["GOP"], 0, 1, Lists));
        Assert.Equal(("ORG", null), EntityTyping.Map(Type("ORG"), ["GOP"], 0, 1, Lists));
    }

    [Fact]
    public void ListedOrganisationTheTaggerReadAsAPlaceIsAnOrganisation()
    {
        Assert.Equal(("ORG", EntityTyping.ListedOrganisationRule), EntityTyping.Map(Type("LOC"), ["Wells", "Fargo"], 0, 2, Lists));
    }

    [Fact]
    public void CapitalNameLabellingATranscriptTurnIsAPerson()
    {
        string[] words = ["\"", "WALLACE", ":", "Let", "us", "start", "."];
        Assert.Equal(("PERSON", EntityTyping.TranscriptSpeakerRule), EntityTyping.Map(Type("ORG"), words, 1, 2, Lists));
    }

    [Fact]
    public void FieldLabelOrNameWithoutColonIsNoTranscriptSpeaker()
    {
        Assert.Equal("ORG", EntityTyping.Map(Type("ORG"), ["NOTE", ":", "Prices", "are", "final"], 0, 1, Lists).Type);
        Assert.Equal("ORG", EntityTyping.Map(Type("ORG"), ["WALLACE", "WINS"], 0, 1, Lists).Type);
    }
}
