using Dateline.Quotes;
using static Dateline.Tests.Quotes.HandBuilt;

namespace Dateline.Tests.Quotes;

/// <summary>Reported speech shapes the PolNeAR dev errors pointed at: learned cue verbs, content boundaries, relative speakers.</summary>
public class ReportedSpeechTests
{
    [Theory]
    [InlineData("The plan would expand service programs. Maria Lopez wants to sign up five million volunteers, focusing on people under 30.", "Maria Lopez", "wants", "to sign up five million volunteers")]
    [InlineData("Omar Haddad criticized the budget cuts during a town hall meeting on Tuesday.", "Omar Haddad", "criticized", "the budget cuts")]
    public void ObjectContentEndsAtItsClause(string text, string speaker, string cue, string content)
    {
        var document = AnalyseTagged(text, speaker);
        var quote = QuoteHolding(document, content, QuoteKind.Indirect);
        Assert.Equal(content, document.Text(quote.Span));
        Assert.Equal(cue, document.Text(quote.Cue!.Value));
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void CueInsideACommaRelativeClauseReportsOnlyThatClause()
    {
        var document = AnalyseTagged(
            "The council's rejection of the plan, which Maria Lopez says has merit, could at least delay the new levees by a year.", "Maria Lopez");
        var quote = QuoteHolding(document, "has merit", QuoteKind.Indirect);
        Assert.Equal("has merit", document.Text(quote.Span));
        Assert.Equal("Maria Lopez", quote.Speaker);
    }

    [Fact]
    public void CueAfterButSharesTheClauseSubject()
    {
        var document = AnalyseTagged("The spokeswoman declined to name the donors but said the foundation had received about $2 million last year.", "spokeswoman");
        var quote = QuoteHolding(document, "the foundation had received", QuoteKind.Indirect);
        Assert.Equal("said", document.Text(quote.Cue!.Value));
        Assert.Equal("The spokeswoman", MentionText(document, quote));
    }

    [Fact]
    public void ContentEndsWhereTheNextAttributionBegins()
    {
        var document = AnalyseTagged("Tom Berg said the bridge would reopen in the spring, arguing that the repairs were nearly finished.", "Tom Berg");
        var said = QuoteHolding(document, "the bridge would reopen", QuoteKind.Indirect);
        Assert.Equal("the bridge would reopen in the spring", document.Text(said.Span));
        var arguing = QuoteHolding(document, "the repairs were nearly finished", QuoteKind.Indirect);
        Assert.Equal("arguing", document.Text(arguing.Cue!.Value));
        Assert.Equal("Tom Berg", arguing.Speaker);
    }

    [Fact]
    public void RelativePronounHangsTheQuoteOnItsAntecedent()
    {
        var document = AnalyseTagged("The park was empty on Sunday, according to residents. Lena Ortiz, who said the gates had been locked since Friday, called the city.", "Lena Ortiz");
        var quote = QuoteHolding(document, "the gates had been locked", QuoteKind.Indirect);
        Assert.Equal("who", MentionText(document, quote));
        Assert.Equal("Lena Ortiz", quote.Speaker);
    }

    [Fact]
    public void QuoteResumedInLowerCaseAfterItsCueIsOneAttribution()
    {
        var document = Analyse("“By closing the port,” Anne Roy said, “it now forces every ship to wait for days outside the bay.”", "Anne Roy");
        var first = QuoteHolding(document, "closing the port");
        var second = QuoteHolding(document, "forces every ship");
        Assert.Equal(QuoteKind.Direct, second.Kind);
        Assert.Equal(first.Cue, second.Cue);
        Assert.Equal("Anne Roy", second.Speaker);
    }

    [Fact]
    public void HeadingWithColonIsNoSpeakerLabel()
    {
        var document = Analyse("Roads Come First: The council said it would repair the roads before the winter.", "Paul Kim");
        Assert.DoesNotContain(document.Get<QuoteLayer>().Quotes, q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void SpeakerIsNotTheActorTheQuoteNames()
    {
        var document = Analyse("Paul Kim spoke after Anne Roy left the stage.\n\n“Anne Roy has no plan for the harbour workers.”", "Paul Kim", "Anne Roy");
        Assert.NotEqual("Anne Roy", QuoteHolding(document, "no plan for the harbour").Speaker);
    }
}
