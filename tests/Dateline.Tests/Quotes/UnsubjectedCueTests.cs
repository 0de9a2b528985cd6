using Dateline.Quotes;
using static Dateline.Tests.Quotes.HandBuilt;

namespace Dateline.Tests.Quotes;

/// <summary>Reported speech the PolNeAR train misses pointed at: "Asked whether …", noun cues, titled speakers, content tails.</summary>
public class UnsubjectedCueTests
{
    [Fact]
    public void AskedQuestionIsContentOfTheMainClauseSpeaker()
    {
        var document = AnalyseTagged("Asked whether he would run again next year, Omar Haddad said he had not decided.", "Omar Haddad");
        var quote = QuoteHolding(document, "he would run again next year", QuoteKind.Indirect);
        Assert.Equal("whether he would run again next year", document.Text(quote.Span));
        Assert.Equal("Asked", document.Text(quote.Cue!.Value));
        Assert.Equal("asked-question", quote.Sieve);
        Assert.Equal("he had not decided", document.Text(QuoteHolding(document, "not decided", QuoteKind.Indirect).Span));
    }

    [Theory]
    [InlineData("Reporters heard Maria Lopez's allegation that the council had wasted the grant money.")]
    public void ThatClauseOfAClaimIsReportedContent(string text)
    {
        var document = AnalyseTagged(text, "Maria Lopez");
        var quote = QuoteHolding(document, "the council had wasted", QuoteKind.Indirect);
        Assert.Equal("the council had wasted the grant money", document.Text(quote.Span));
        Assert.Equal("noun-that", quote.Sieve);
        Assert.Equal("Maria Lopez", quote.Speaker);
    }

    [Fact]
    public void ContentStopsBeforeAContrastingClause()
    {
        var document = AnalyseTagged("Tom Berg said the bridge would reopen in the spring, while residents feared more delays.", "Tom Berg");
        var quote = QuoteHolding(document, "the bridge would reopen", QuoteKind.Indirect);
        Assert.Equal("the bridge would reopen in the spring", document.Text(quote.Span));
    }
}
