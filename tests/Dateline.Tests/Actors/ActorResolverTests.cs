using Dateline.Actors;
using static Dateline.Tests.Quotes.HandBuilt;

namespace Dateline.Tests.Actors;

public class ActorResolverTests
{
    [Fact]
    public void FullNameAndSurnameAreOneActorWithRoleAndCode()
    {
        const string text = "US Secretary of State Jane Doe landed in Cairo. Doe met officials there.";
        var document = Analyse(text, "Jane Doe", "Doe");
        var actor = ActorNamed(document, "Jane Doe");
        Assert.Contains("Doe", actor.Aliases);
        Assert.Contains("US Secretary of State", actor.Roles);
        Assert.Equal("USA", actor.Country);
        Assert.Equal("USAGOV", actor.Code);
        Assert.Single(document.Get<ActorLayer>().Actors, a => a.Type == "PERSON");
    }

    [Fact]
    public void FormerOfficialIsAnElite()
    {
        var actor = ActorNamed(Analyse("Former Israeli Defense Minister Dan Meir spoke.", "Dan Meir"), "Dan Meir");
        Assert.Equal("Former Israeli Defense Minister", actor.Roles[0]);
        Assert.Equal("ISRELI", actor.Code);
    }

    [Fact]
    public void APortfolioStandsBetweenTheCountryAndTheOffice()
    {
        var actor = ActorNamed(Analyse("Brazilian Trade Minister Rui Mota said the talks had ended.", "Rui Mota"), "Rui Mota");
        Assert.Equal("Brazilian Trade Minister", actor.Roles[0]);
        Assert.Equal("BRAGOV", actor.Code);
    }

    [Fact]
    public void ACountrysNameInsideALongerPlaceIsNoMentionOfIt()
    {
        var document = Analyse("Ministers from South America met in New Mexico and Rhode Island.", "South America|LOC", "New Mexico|GPE", "Rhode Island|GPE");
        Assert.DoesNotContain(document.Get<ActorLayer>().Actors, a => a.Code is "USA" or "MEX" or "ISL");
    }

    [Fact]
    public void OppositionLeaderAndAppositionRoles()
    {
        var document = Analyse("Israeli opposition leader Tal Ron met Ana Gil, the Chilean foreign minister, in Geneva.", "Tal Ron", "Ana Gil");
        Assert.Equal("ISROPP", ActorNamed(document, "Tal Ron").Code);
        Assert.Contains("Chilean foreign minister", ActorNamed(document, "Ana Gil").Roles);
    }

    [Fact]
    public void RoleOnlyMentionLinksThroughTheLeadersLexiconOnTheArticleDate()
    {
        const string text = "Benjamin Netanyahu spoke on Monday. Later the Israeli prime minister left for Cairo.";
        var document = Analyse(text, new DateOnly(2024, 1, 3), "Benjamin Netanyahu");
        var actor = ActorNamed(document, "Benjamin Netanyahu");
        Assert.Contains("Israeli prime minister", actor.Roles);
        Assert.Equal("ISRGOV", actor.Code);
        Assert.Contains(document.Get<ActorLayer>().Mentions, m => m.Kind == MentionKind.Role && m.ActorId == actor.Id && m.Rule == "leaders-lexicon");
    }

    [Fact]
    public void RoleOnlyMentionCreatesTheOfficeHolderWhenUnnamed()
    {
        var document = Analyse("The British prime minister said nothing.", new DateOnly(2020, 5, 1));
        Assert.Equal("GBRGOV", ActorNamed(document, "Boris Johnson").Code);
    }

    [Fact]
    public void CountryAliasesAndSeatOfGovernmentAreOneActor()
    {
        var document = Analyse("The United States and usa officials met. US envoys and Washington agreed.");
        var actor = ActorNamed(document, "United States");
        Assert.Equal("USA", actor.Code);
        Assert.Contains("usa", actor.Aliases);
        Assert.Contains("Washington", actor.Aliases);
        Assert.Contains(document.Get<ActorLayer>().Mentions, m => m.Kind == MentionKind.Metonym);
    }

    [Fact]
    public void WashingtonInsideALongerNameIsNotTheGovernment()
    {
        var document = Analyse("The Washington Post reported the story.");
        Assert.DoesNotContain(document.Get<ActorLayer>().Mentions, m => m.Kind == MentionKind.Metonym);
    }

    [Fact]
    public void SameSurnameGoesToTheNearestFullName()
    {
        const string text = "Hillary Clinton spoke first. Clinton smiled. Later Bill Clinton arrived. Clinton waved.";
        var document = Analyse(text, "Hillary Clinton", "Bill Clinton", "Clinton");
        var layer = document.Get<ActorLayer>();
        var hillary = ActorNamed(document, "Hillary Clinton");
        var bill = ActorNamed(document, "Bill Clinton");
        var singles = layer.Mentions.Where(m => document.Text(m.Span) == "Clinton").ToArray();
        Assert.Equal(hillary.Id, singles[0].ActorId);
        Assert.Equal(bill.Id, singles[1].ActorId);
    }

    [Fact]
    public void PeopleOfACountryAreNotAPerson()
    {
        var document = Analyse("Palestinians gathered at the crossing.", "Palestinians");
        Assert.DoesNotContain(document.Get<ActorLayer>().Actors, a => a.Type == "PERSON");
    }
}
