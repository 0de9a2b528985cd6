using Dateline.Entities;
using Dateline.Entities.Gazetteers;

namespace Dateline.Tests.Entities;

public sealed class MentionConsistencyTests
{
    private static readonly Gazetteer Lists = Gazetteer.Load(
    [
        (GazetteerCategory.Demonym, new StringReader("Israeli\nIsraelis\n")),
        (GazetteerCategory.City, new StringReader("Jordan\n")),
    ]);

    [Fact]
    public void BareSurnameOfAnEarlierPersonBecomesPerson()
    {
        string[] words = ["Antony", "Blinken", "arrived", ".", "Blinken", "met", "Mr", "Gantz", "."];
        List<Mention> mentions = [new(0, 2, "PERSON", "model"), new(7, 8, "ORG", "model")];

        var result = MentionConsistency.Apply(words, mentions, Lists);

        var bare = Assert.Single(result, m => m.First == 4);
        Assert.Equal("PERSON", bare.Type);
        Assert.Equal(MentionConsistency.SurnameSource, bare.Source);
        Assert.Equal("ORG", Assert.Single(result, m => m.First == 7).Type);
    }

    [Fact]
    public void SurnameTaggedAsAnotherTypeIsRetyped()
    {
        string[] words = ["Benny", "Gantz", "spoke", ".", "Gantz", "left", "."];
        List<Mention> mentions = [new(0, 2, "PERSON", "model"), new(4, 5, "ORG", "model")];

        var result = MentionConsistency.Apply(words, mentions, Lists);

        Assert.Equal("PERSON", Assert.Single(result, m => m.First == 4).Type);
    }

    [Fact]
    public void SurnameThatIsAlsoAPlaceIsLeftAlone()
    {
        string[] words = ["Michael", "Jordan", "visited", "Jordan", "."];
        List<Mention> mentions = [new(0, 2, "PERSON", "model"), new(3, 4, "GPE", "model")];

        var result = MentionConsistency.Apply(words, mentions, Lists);

        Assert.Equal("GPE", Assert.Single(result, m => m.First == 3).Type);
    }

    [Fact]
    public void TitleSwallowedIntoAnotherTypeIsTrimmedToTheKnownPerson()
    {
        string[] words = ["Antony", "Blinken", "left", ".", "US", "Secretary", "Antony", "Blinken", "arrived", "."];
        List<Mention> mentions = [new(0, 2, "PERSON", "model"), new(4, 8, "ORG", "model")];

        var result = MentionConsistency.Apply(words, mentions, Lists);

        var trimmed = Assert.Single(result, m => m.End == 8);
        Assert.Equal((6, "PERSON"), (trimmed.First, trimmed.Type));
    }

    [Fact]
    public void UntaggedDemonymBecomesNorp()
    {
        string[] words = ["Many", "Israelis", "protested", "."];

        var result = MentionConsistency.Apply(words, [], Lists);

        var norp = Assert.Single(result);
        Assert.Equal((1, 2, "NORP"), (norp.First, norp.End, norp.Type));
    }

    [Fact]
    public void NameTypedDifferentlyTakesItsMajorityType()
    {
        string[] words = ["Suu", "Kyi", "spoke", ".", "Suu", "Kyi", "left", ".", "Suu", "Kyi", "won", "."];
        List<Mention> mentions = [new(0, 2, "PERSON", "model"), new(4, 6, "ORG", "model"), new(8, 10, "PERSON", "model")];

        var result = MentionConsistency.Apply(words, mentions, Lists);

        var retyped = Assert.Single(result, m => m.First == 4);
        Assert.Equal(("PERSON", MentionConsistency.MajoritySource), (retyped.Type, retyped.Source));
    }

    [Fact]
    public void TwoMentionsHaveNoMajority()
    {
        string[] words = ["Peabody", "said", ".", "Peabody", "left", "."];
        List<Mention> mentions = [new(0, 1, "PERSON", "model"), new(3, 4, "ORG", "model")];

        var result = MentionConsistency.Apply(words, mentions, Lists);

        Assert.Equal(["PERSON", "ORG"], result.Select(m => m.Type));
    }

    [Fact]
    public void AllCapitalsPersonIsAnOrganisationUnlessWrittenOtherwiseToo()
    {
        string[] words = ["The", "CFPB", "was", "Warren", "'s", "idea", ".", "PENCE", ":", "Mike", "Pence", "."];
        List<Mention> mentions = [new(1, 2, "PERSON", "model"), new(3, 4, "PERSON", "model"), new(7, 8, "PERSON", "model"), new(9, 11, "PERSON", "model")];

        var result = MentionConsistency.Apply(words, mentions, Lists);

        Assert.Equal(("ORG", MentionConsistency.AcronymSource), (result[0].Type, result[0].Source));
        Assert.Equal("PERSON", Assert.Single(result, m => m.First == 7).Type);
    }

    [Fact]
    public void TranscriptSpeakerInCapitalsStaysAPerson()
    {
        string[] words = ["WALLACE", ":", "Let", "us", "start", "."];

        var result = MentionConsistency.Apply(words, [new(0, 1, "PERSON", "model")], Lists);

        Assert.Equal("PERSON", Assert.Single(result).Type);
    }

    [Fact]
    public void ThreeInitialsMayBeAPerson()
    {
        string[] words = ["JFK", "spoke", "."];

        var result = MentionConsistency.Apply(words, [new(0, 1, "PERSON", "model")], Lists);

        Assert.Equal("PERSON", Assert.Single(result).Type);
    }

    [Fact]
    public void NameTaggedTwiceIsTaggedWhereItStandsUntaggedMidSentence()
    {
        string[] words = ["Patriot", "filed", ".", "Patriot", "failed", ".", "Later", ",", "Patriot", "won", ".", "Patriot", "Coal", "is", "old", "."];
        List<Mention> mentions = [new(0, 1, "ORG", "model"), new(3, 4, "ORG", "model")];

        var result = MentionConsistency.Apply(words, mentions, Lists);

        var repeated = Assert.Single(result, m => m.Source == MentionConsistency.RepeatSource);
        Assert.Equal((8, 9, "ORG"), (repeated.First, repeated.End, repeated.Type));
    }

    [Fact]
    public void PlaceTypeFromTheGazetteerOutlastsAMajority()
    {
        string[] words = ["Cleveland", "hosts", ".", "Cleveland", "won", ".", "Cleveland", "voted", "."];
        List<Mention> mentions = [new(0, 1, "ORG", "model"), new(3, 4, "ORG", "model"), new(6, 7, "GPE", "model")];

        var result = MentionConsistency.Apply(words, mentions, Lists);

        Assert.Equal("GPE", Assert.Single(result, m => m.First == 6).Type);
    }
}
