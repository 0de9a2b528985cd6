using Dateline.Quotes;
using static Dateline.Tests.Quotes.HandBuilt;

namespace Dateline.Tests.Quotes;

/// <summary>Reported-speech frames whose content the sieves used to miss or misplace (session 11, quote recall).</summary>
public class RecallFrameTests
{
    [Fact]
    public void InvertedSpeakerWithAppositionReportsTheLead()
    {
        var document = AnalyseTagged(
            "The new rail line will cut travel times across the region by almost half, said Nora Vance, a transport analyst at the Hollis Institute.",
            "Nora Vance");
        var quote = QuoteHolding(document, "The new rail line will cut travel times", QuoteKind.Indirect);
        Assert.Equal("The new rail line will cut travel times across the region by almost half", document.Text(quote.Span));
        Assert.Equal("Nora Vance", quote.Speaker);
        Assert.Equal("inverted-speaker", quote.Sieve);
    }

    [Fact]
    public void ParticipleAfterCommaKeepsItsClauseSubject()
    {
        var document = AnalyseTagged("Tom Reyes opened the new bridge on Friday, announcing a plan to widen the harbour road.", "Tom Reyes");
        Assert.DoesNotContain(document.Get<QuoteLayer>().Quotes, q => q.Sieve == "inverted-speaker");
    }

    [Theory]
    [InlineData("In the wake of the flooding last spring, Ada Lorne called for a review of the dam.", "Ada Lorne", "a review of the dam")]
    [InlineData("With the budget vote only days away, Ada Lorne urged lawmakers to back the plan.", "Ada Lorne", "to back the plan")]
    public void IntroductoryLeadIsNoContent(string text, string speaker, string content)
    {
        var document = AnalyseTagged(text, speaker);
        Assert.DoesNotContain(document.Get<QuoteLayer>().Quotes, q => document.Text(q.Span).StartsWith(text[..10], StringComparison.Ordinal));
        var quote = QuoteHolding(document, content, QuoteKind.Indirect);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void SaidKeepsASubjectWithARelativeClause()
    {
        var document = AnalyseTagged(
            "Mira Sand said the annual talks, which began in a smaller form a decade ago, remained the best chance to settle the dispute.",
            "Mira Sand");
        var quote = QuoteHolding(document, "the annual talks", QuoteKind.Indirect);
        Assert.Contains("remained the best chance", document.Text(quote.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void QuoteAfterPossessiveIsATitleNotSpeech()
    {
        var document = AnalyseTagged(
            "Speaking Tuesday on Channel Nine’s “Morning Desk,” Ben Hale said the county would reopen the clinic next month.",
            "Ben Hale");
        Assert.DoesNotContain(document.Get<QuoteLayer>().Quotes, q => q.Kind == QuoteKind.Direct);
        var quote = QuoteHolding(document, "the county would reopen the clinic", QuoteKind.Indirect);
        Assert.Equal("Ben Hale", quote.Speaker);
    }

    [Fact]
    public void NounPhraseAndCueAfterCommaEndTheContentBefore()
    {
        var document = AnalyseTagged(
            "Ella Moss claimed the mayor knew about the contract, and the city auditor said the payments were never approved.",
            "Ella Moss");
        var first = QuoteHolding(document, "the mayor knew about the contract", QuoteKind.Indirect);
        Assert.DoesNotContain("payments", document.Text(first.Span), StringComparison.Ordinal);
    }
}
