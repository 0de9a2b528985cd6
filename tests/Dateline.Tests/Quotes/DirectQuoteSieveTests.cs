using Dateline.Quotes;
using static Dateline.Tests.Quotes.HandBuilt;

namespace Dateline.Tests.Quotes;

/// <summary>The sieves that attribute direct quotes through the clause around them (session 9).</summary>
public class DirectQuoteSieveTests
{
    [Fact]
    public void SubjectAndVerbAfterAQuestionTheSplitterEnded()
    {
        const string text = "“Why is this not proof that the bank is too big to manage?” Ruth Calder demanded.";
        var document = AnalyseTagged(text, "Ruth Calder");
        var quote = QuoteHolding(document, "too big to manage");
        Assert.Equal("Ruth Calder", quote.Speaker);
        Assert.Equal("Ruth Calder", MentionText(document, quote));
    }

    [Fact]
    public void SubjectAfterAQuoteSpeaksThroughALongApposition()
    {
        const string text = "“It is an invasion of the state's domain,” Tom Pryor, the attorney general of the state, one of the plaintiffs suing the agency, said at an event this month.";
        var document = AnalyseTagged(text, "Tom Pryor");
        var quote = QuoteHolding(document, "invasion of the state");
        Assert.Equal("Tom Pryor", quote.Speaker);
        Assert.Equal(DirectQuotes.SubjectVerbAfter, quote.Sieve);
    }

    [Fact]
    public void UnlistedVerbAfterACommaClosedQuote()
    {
        const string text = "“Go back to your own newsroom,” Mark Hale barked at the reporter.";
        var document = AnalyseTagged(text, "Mark Hale");
        Assert.Equal("Mark Hale", QuoteHolding(document, "own newsroom").Speaker);
    }

    [Fact]
    public void ColonIntroducesTheSubjectsWords()
    {
        const string text = "Officials had waited all day for an answer.\n\nAnd Nora Quist gloated: “I told you he would not be ready.”";
        var document = AnalyseTagged(text, "Nora Quist");
        var quote = QuoteHolding(document, "would not be ready");
        Assert.Equal("Nora Quist", quote.Speaker);
        Assert.Equal(DirectQuotes.ColonIntroSieve, quote.Sieve);
    }

    [Fact]
    public void ColonClosingThePreviousParagraph()
    {
        const string text = "Paul Irwin answered the moderators directly:\n\n“The questions asked tonight show why people do not trust the press.”";
        var document = AnalyseTagged(text, "Paul Irwin");
        Assert.Equal("Paul Irwin", QuoteHolding(document, "do not trust the press").Speaker);
    }

    [Fact]
    public void BareQuoteParagraphContinuesTheCuedOneBeforeIt()
    {
        const string text = "“She is the best candidate we have had in decades,” Ida Brook said in an interview.\n\n“She checks every box. She unites the party.”\n\nThe vote is in March.";
        var document = AnalyseTagged(text, "Ida Brook");
        var first = QuoteHolding(document, "best candidate");
        var second = QuoteHolding(document, "checks every box");
        Assert.Equal("Ida Brook", second.Speaker);
        Assert.Equal("next-paragraph", second.Sieve);
        Assert.Equal(first.Cue, second.Cue);
    }

    [Fact]
    public void ParticipleBeforeTheQuoteTakesTheSentenceSubject()
    {
        const string text = "Small groups of protesters marched past the stadium for hours, chanting, “Hands up, don't shoot.”";
        var document = AnalyseTagged(text);
        var quote = QuoteHolding(document, "Hands up");
        Assert.Equal(SpeakerSieves.ClauseSubject, quote.Sieve);
        Assert.StartsWith("Small groups", MentionText(document, quote), StringComparison.Ordinal);
    }

    [Fact]
    public void ContextSpeakerPointsAtTheNearestReference()
    {
        const string text = "Lena Vogt spoke to the crowd for an hour.\n\nLater she turned to the economy and promised jobs.\n\n“We will build the plant here, and we will build it this year.”";
        var document = AnalyseTagged(text, "Lena Vogt");
        var quote = QuoteHolding(document, "build the plant");
        Assert.Equal("Lena Vogt", quote.Speaker);
        Assert.Equal("she", MentionText(document, quote));
    }

    [Fact]
    public void TitleCasedQuoteWithoutCueIsATitle()
    {
        const string text = "Ann Hart talked about the coal fields.\n\n“Legend in the Coal Fields.”\n\nThe mine closed in 2015.";
        var document = AnalyseTagged(text, "Ann Hart");
        Assert.DoesNotContain(document.Get<QuoteLayer>().Quotes, q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void PossessedTitleIsAShowNotSpeech()
    {
        const string text = "In an interview on NBC's “Meet the Press,” Senator Carla Dunne said the bill would pass this month.";
        var document = AnalyseTagged(text, "Carla Dunne");
        Assert.DoesNotContain(document.Get<QuoteLayer>().Quotes, q => q.Kind == QuoteKind.Direct);
        var quote = QuoteHolding(document, "the bill would pass");
        Assert.Equal("Carla Dunne", quote.Speaker);
    }

    [Fact]
    public void QuoteWithoutALetterIsNoQuote()
    {
        const string text = "Ann Hart wrote on Monday, \"778257943577919488\" and the page went dark.";
        var document = AnalyseTagged(text, "Ann Hart");
        Assert.DoesNotContain(document.Get<QuoteLayer>().Quotes, q => q.Kind != QuoteKind.Indirect);
    }

    [Fact]
    public void EmbeddedPostMarkupValuesAreNoQuotes()
    {
        const string text = "Ann Hart answered within minutes.\n\n<tweet tweet-author=\"@AnnHartNews\" tweet-date=\"March 7, 2016\">.@AnnHart promises to raise the minimum wage https://t.co/x<tweet/>.\n\nThe page went dark.";
        var document = AnalyseTagged(text, "Ann Hart");
        Assert.DoesNotContain(document.Get<QuoteLayer>().Quotes, q => document.Text(q.Span).Contains("AnnHartNews", StringComparison.Ordinal) || document.Text(q.Span).Contains("March", StringComparison.Ordinal));
    }

    [Fact]
    public void LabelledHeadlineIsReportedNotVerbatim()
    {
        const string text = "GINGRICH: Party Must Decide What It Wants\n\nThe former speaker spoke on Sunday.";
        var quote = QuoteHolding(AnalyseTagged(text), "Party Must Decide");
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
    }
}
