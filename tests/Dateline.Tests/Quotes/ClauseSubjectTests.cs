using Dateline.Quotes;
using static Dateline.Tests.Quotes.HandBuilt;

namespace Dateline.Tests.Quotes;

/// <summary>
/// Speakers of participle and infinitive cues, which have no subject of their own: the noun right before such a
/// cue is an object or a place, and the clause's subject speaks.
/// </summary>
public class ClauseSubjectTests
{
    [Fact]
    public void InfinitiveAfterAPlaceTakesTheClauseSubject()
    {
        var document = AnalyseTagged("Tom Berg took to Facebook overnight to accuse the council of wasting the grant money.", "Tom Berg", "Facebook|ORG");
        var quote = QuoteHolding(document, "the council", QuoteKind.Indirect);
        Assert.Equal("Tom Berg", quote.Speaker);
        Assert.Equal("Tom Berg", MentionText(document, quote));
    }

    [Fact]
    public void ParticipleAfterACityAndStateTakesTheClauseSubject()
    {
        var document = AnalyseTagged(
            "Maria Lopez spoke on Tuesday about the flooding in Dayton, Ohio, arguing that the levees had failed the city.", "Maria Lopez", "Dayton|GPE", "Ohio|GPE");
        var quote = QuoteHolding(document, "the levees had failed", QuoteKind.Indirect);
        Assert.Equal("Maria Lopez", quote.Speaker);
    }

    [Fact]
    public void PossessorBeforeTheSubjectIsNoSpeaker()
    {
        var document = AnalyseTagged(
            "Maria Lopez's campaign manager Tom Berg said as much on Thursday, arguing that the council had wasted the grant money.", "Maria Lopez", "Tom Berg");
        var quote = QuoteHolding(document, "the council had wasted", QuoteKind.Indirect);
        Assert.Equal("Tom Berg", quote.Speaker);
    }

    [Fact]
    public void NamedConjunctStandsForCoordinatedSpeakers()
    {
        var document = AnalyseTagged("However, Tom Berg and other US officials said the levees would hold through the spring.", "Tom Berg", "US|GPE");
        var quote = QuoteHolding(document, "the levees would hold", QuoteKind.Indirect);
        Assert.Equal("Tom Berg", quote.Speaker);
        Assert.Equal("Tom Berg and other US officials", MentionText(document, quote));
    }

    [Fact]
    public void AdjectiveBeforeAnInfinitiveIsNoSpeaker()
    {
        var document = AnalyseTagged("Tom Berg is also determined to warn voters that the plan would raise their taxes.", "Tom Berg");
        var quote = QuoteHolding(document, "the plan would raise", QuoteKind.Indirect);
        Assert.Equal("Tom Berg", quote.Speaker);
    }

    [Fact]
    public void UnlinkedNounPhraseOpeningTheSentenceSpeaksForItsParticiple()
    {
        var document = AnalyseTagged(
            "A Chicago judge has rejected the request from Tom Berg, saying the court had no business deciding what voters should read.", "Tom Berg", "Chicago|GPE");
        var quote = QuoteHolding(document, "the court had no business", QuoteKind.Indirect);
        Assert.Contains("Chicago", MentionText(document, quote), StringComparison.Ordinal);
        Assert.NotEqual("Tom Berg", quote.Speaker);
    }

    [Fact]
    public void BareQuoteAfterReportedSpeechGoesOnWithItsSpeaker()
    {
        var document = Analyse(
            "Tom Berg, who lost the primary to Maria Lopez, said voters were tired of Maria Lopez's promises. \"The younger people are sick and tired of waiting.\"",
            "Tom Berg", "Maria Lopez");
        var quote = QuoteHolding(document, "The younger people", QuoteKind.Direct);
        Assert.Equal("Tom Berg", quote.Speaker);
        Assert.Equal("after-reported", quote.Sieve);
    }

    [Fact]
    public void ShowTitleBeforeTheSpeakerIsNoQuote()
    {
        var document = AnalyseTagged(
            "In an interview on CBS's \"Face the Nation,\" Tom Berg said the recent floods demand that every town rebuild its levees.", "Tom Berg");
        Assert.DoesNotContain(document.Get<QuoteLayer>().Quotes, q => q.Kind == QuoteKind.Direct);
        var quote = QuoteHolding(document, "the recent floods demand", QuoteKind.Indirect);
        Assert.Equal("Tom Berg", quote.Speaker);
    }

    [Fact]
    public void PollModifiedByADateIsTheSpeaker()
    {
        var document = AnalyseTagged("A Marist University poll released in late March found that most voters wanted Tom Berg to resign.", "Tom Berg", "Marist University|ORG");
        var quote = QuoteHolding(document, "most voters wanted", QuoteKind.Indirect);
        Assert.StartsWith("A Marist University poll", MentionText(document, quote), StringComparison.Ordinal);
    }

    [Fact]
    public void AboutBeforeANumberIsContentNotATopic()
    {
        var document = AnalyseTagged("Tom Berg has said about 20 people have shown an interest in the seat.", "Tom Berg");
        var quote = QuoteHolding(document, "20 people have shown", QuoteKind.Indirect);
        Assert.Equal("Tom Berg", quote.Speaker);
    }

    [Fact]
    public void CueWordReadAsAModifiedNounOpensNoQuote()
    {
        var document = AnalyseTagged("The fact-checkers rated 22 percent of Democratic claims as entirely true last year.", "Democratic|NORP");
        Assert.DoesNotContain(document.Get<QuoteLayer>().Quotes, q => q.Cue is { } cue && document.Text(cue) == "claims");
    }

    [Fact]
    public void PhraseBeforeARelativeClauseSpeaks()
    {
        var document = AnalyseTagged("Friends of Tom Berg who have seen him on the road recently say that his energy has faded.", "Tom Berg");
        var quote = QuoteHolding(document, "his energy has faded", QuoteKind.Indirect);
        Assert.StartsWith("Friends of Tom Berg", MentionText(document, quote), StringComparison.Ordinal);
    }

    [Fact]
    public void TitledNameAfterACommaOpensTheClause()
    {
        var document = AnalyseTagged("Maria Lopez once praised him as a rival, Mr. Berg is also determined to warn voters that the plan would raise their taxes.", "Maria Lopez", "Berg");
        var quote = QuoteHolding(document, "the plan would raise", QuoteKind.Indirect);
        Assert.Equal("Berg", MentionText(document, quote));
    }

    [Fact]
    public void PronounInAQuoteTheSentenceBeganInIsNoSubject()
    {
        var document = AnalyseTagged(
            "“We should never have gone there. I was totally against going into the war,” Tom Berg said, repeating a claim that he had opposed the invasion.", "Tom Berg");
        var quote = QuoteHolding(document, "he had opposed the invasion", QuoteKind.Indirect);
        Assert.Equal("Tom Berg", quote.Speaker);
        Assert.NotEqual("I", MentionText(document, quote));
    }

    [Fact]
    public void ObjectOfAnOpeningPrepositionIsNoClauseSubject()
    {
        var document = AnalyseTagged(
            "In response to Tom Berg's plan to close the clinic, the mayor's chief of staff Maria Lopez rallied supporters, saying the city would fight it in court.", "Tom Berg", "Maria Lopez");
        var quote = QuoteHolding(document, "the city would fight it", QuoteKind.Indirect);
        Assert.Equal("Maria Lopez", quote.Speaker);
    }
}
