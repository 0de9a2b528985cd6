using Dateline.Quotes;
using static Dateline.Tests.Quotes.HandBuilt;

namespace Dateline.Tests.Quotes;

public class QuoteShapeTests
{
    [Fact]
    public void CurlyQuoteClosedByNameAndCue()
    {
        var document = Analyse("“We will rebuild the port within a year,” Maria Lopez said on Monday.", "Maria Lopez");
        var quote = QuoteHolding(document, "rebuild the port");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Maria Lopez", quote.Speaker);
        Assert.Equal("said", document.Text(quote.Cue!.Value));
        Assert.Equal("cue-name", quote.Sieve);
    }

    [Fact]
    public void StraightQuotesAndCueBeforeWithColon()
    {
        var document = Analyse("The mayor, Tom Berg, told reporters: \"The bridge stays closed until the inspection is done.\"", "Tom Berg");
        var quote = QuoteHolding(document, "bridge stays closed");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Tom Berg", quote.Speaker);
    }

    [Fact]
    public void GuillemetsAndSingleQuotes()
    {
        var document = Analyse("«Nous allons gagner cette bataille ensemble», Anne Roy said.\n\n‘We have no more money for the roads,’ Paul Kim said.", "Anne Roy", "Paul Kim");
        Assert.Equal("Anne Roy", QuoteHolding(document, "Nous allons").Speaker);
        Assert.Equal("Paul Kim", QuoteHolding(document, "no more money").Speaker);
    }

    [Fact]
    public void InterruptedQuoteKeepsItsSpeakerAndCue()
    {
        var document = Analyse("“The talks were hard,” Omar Haddad said. “But we found a way forward for both sides.”", "Omar Haddad");
        var first = QuoteHolding(document, "talks were hard");
        var second = QuoteHolding(document, "found a way forward");
        Assert.Equal("Omar Haddad", second.Speaker);
        Assert.Equal(first.Cue, second.Cue);
        Assert.Equal("continuation", second.Sieve);
    }

    [Fact]
    public void NestedQuotesStayInsideOneQuote()
    {
        var document = Analyse("“This is not a question of “yes” or “no” for the council,” Lena Ortiz said.", "Lena Ortiz");
        var quote = QuoteHolding(document, "question of");
        Assert.EndsWith("council,”", document.Text(quote.Span), StringComparison.Ordinal);
        Assert.Single(document.Get<QuoteLayer>().Quotes, q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void ParagraphLeftOpenContinuesInTheNextOne()
    {
        const string text = "Ruth Adler spoke at length about the harbour.\n\n“The first thing we did was count the boats that were left.\n\n“Then we called every family on the list, one by one,” she said.";
        var document = Analyse(text, "Ruth Adler");
        var opening = QuoteHolding(document, "count the boats");
        var closing = QuoteHolding(document, "called every family");
        Assert.Equal("Ruth Adler", closing.Speaker);
        Assert.Equal("Ruth Adler", opening.Speaker);
    }

    [Fact]
    public void PartialQuoteInsideReportedSpeechTakesItsSpeaker()
    {
        var document = Analyse("Victor Hale rejected the offer, calling it “a trap” and said that the city would fight on.", "Victor Hale");
        var partial = QuoteHolding(document, "a trap", QuoteKind.Partial);
        Assert.Equal(QuoteKind.Partial, partial.Kind);
        Assert.Equal("Victor Hale", partial.Speaker);
    }

    [Fact]
    public void ScareQuotesWithoutACueAreNotQuotes()
    {
        var document = Analyse("The so-called “peace dividend” never arrived in the valley.");
        Assert.Empty(document.Get<QuoteLayer>().Quotes);
    }

    [Theory]
    [InlineData("Helen Park said that the budget would be cut by a third next year.", "the budget would be cut")]
    [InlineData("Helen Park said the budget would be cut by a third next year.", "the budget would be cut")]
    [InlineData("The budget would be cut by a third next year, Helen Park said.", "The budget would be cut")]
    [InlineData("The budget would be cut by a third next year, said Helen Park.", "The budget would be cut")]
    [InlineData("According to Helen Park, the budget would be cut by a third next year.", "the budget would be cut")]
    [InlineData("Helen Park told lawmakers that the budget would be cut by a third next year.", "the budget would be cut")]
    [InlineData("Helen Park has said that the budget would be cut by a third next year.", "the budget would be cut")]
    [InlineData("Helen Park warned the budget would be cut by a third next year.", "the budget would be cut")]
    [InlineData("Helen Park called for the budget to be cut by a third next year.", "the budget to be cut")]
    public void IndirectSpeechShapes(string text, string content)
    {
        var document = Analyse(text, "Helen Park");
        var quote = QuoteHolding(document, content);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("Helen Park", quote.Speaker);
        Assert.Equal("Helen Park", MentionText(document, quote));
        Assert.DoesNotContain("Helen Park", document.Text(quote.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void PassiveCueIsNotSpeech()
    {
        var document = Analyse("The report was published by the agency and was said to be thorough in every part.");
        Assert.Empty(document.Get<QuoteLayer>().Quotes);
    }

    [Fact]
    public void QuotesCarryTheArticleDate()
    {
        var document = Analyse("“We are ready for the vote tomorrow,” Ana Silva said.", "Ana Silva");
        Assert.Equal("2024-01-03", QuoteHolding(document, "ready for the vote").Date);
    }

    [Theory]
    [InlineData("On Tuesday, Ana Silva said the talks were \u201Cdifficult but necessary.\u201D", "2024-01-02")]
    [InlineData("Late Monday, Ana Silva said the talks were \u201Cdifficult but necessary.\u201D", "2024-01-01")]
    [InlineData("Ana Silva said on Monday that the talks were \u201Cdifficult but necessary.\u201D", "2024-01-01")]
    [InlineData("On Monday, talks resumed. \u201CThey were difficult but necessary,\u201D Ana Silva said.", "2024-01-03")]
    public void AQuoteTakesTheDateOfItsCueOrOfTheDateOpeningItsSentence(string text, string date)
    {
        Assert.Equal(date, QuoteHolding(AnalyseWithTime(text, "Ana Silva"), "difficult but necessary").Date);
    }

    [Fact]
    public void HostileInputFinishes()
    {
        string text = string.Concat(Enumerable.Repeat("“ \" ‘ « said he ,", 5000));
        var document = Analyse(text);
        Assert.NotNull(document.Get<QuoteLayer>());
    }
}
