using Dateline.Quotes;
using static Dateline.Tests.Quotes.HandBuilt;

namespace Dateline.Tests.Quotes;

public class SpeakerSieveTests
{
    [Fact]
    public void PronounGoesToTheMostRecentSpeaker()
    {
        const string text = "Karl Weber met the union leaders on Tuesday.\n\n“We have agreed on the wages,” he said.";
        var quote = QuoteHolding(Analyse(text, "Karl Weber"), "agreed on the wages");
        Assert.Equal("Karl Weber", quote.Speaker);
        Assert.Equal("pronoun-salience", quote.Sieve);
    }

    [Fact]
    public void TheyGoesOnWithAPluralSpeakerNoActorNames()
    {
        const string text = "Twenty-seven states and industry groups are challenging the rules before the judges of the District of Columbia Circuit.\n\n" +
            "They argue that the agency overstepped its authority when it issued the rules.";
        var document = AnalyseTagged(text, "District of Columbia Circuit|LOC");
        var quote = QuoteHolding(document, "the agency overstepped", QuoteKind.Indirect);
        Assert.Equal("industry groups", quote.Speaker);
        Assert.Equal("pronoun-salience", quote.Sieve);
    }

    [Fact]
    public void PronounSkipsAnActorWhoseOwnCountryTheQuoteNamesFromOutside()
    {
        const string text = "US Secretary of State Jane Doe arrived in Israel on Monday.\n\n" +
            "Israeli Prime Minister David Levi said the operation would go on.\n\n" +
            "“On every visit we have pressed Israel to let more aid in,” she said.";
        var quote = QuoteHolding(Analyse(text, "Jane Doe", "David Levi"), "pressed Israel");
        Assert.Equal("Jane Doe", quote.Speaker);
        Assert.Equal("she", MentionText(Analyse(text, "Jane Doe", "David Levi"), quote));
    }

    [Fact]
    public void OrphanedCueTakesTheSpeakerOfTheSurroundingParagraphs()
    {
        const string text = "Mira Sand urged both sides to return to the table.\n\n“Nobody wins a war like this one”Said. “Nobody.”";
        var document = Analyse(text, "Mira Sand");
        var quote = QuoteHolding(document, "Nobody wins");
        Assert.Equal("Mira Sand", quote.Speaker);
        Assert.Null(quote.SpeakerMention);
        Assert.Equal("orphaned-cue", quote.Sieve);
    }

    [Fact]
    public void TranscriptLabelsAlternate()
    {
        const string text = "HOST: Will the minister resign over the affair this week?\n\nGREEN: No, she will not, and she has done nothing wrong.";
        var document = Analyse(text);
        Assert.Equal("HOST", QuoteHolding(document, "Will the minister").Speaker);
        Assert.Equal("GREEN", QuoteHolding(document, "she has done nothing").Speaker);
    }

    [Fact]
    public void BareQuoteAfterANameLine()
    {
        const string text = "Voters told us what they thought.\n\nLucia Mendez, 34, Phoenix\n\n“I want someone who listens to working families.”";
        var quote = QuoteHolding(Analyse(text, "Lucia Mendez"), "listens to working");
        Assert.Equal("Lucia Mendez", quote.Speaker);
        Assert.Equal("closest-mention", quote.Sieve);
    }

    [Fact]
    public void DashSignatureNamesTheSpeaker()
    {
        const string text = "“He does not speak for us.” ― Rosa Diaz\n“We will vote in November.” ― Juan Perez";
        var document = Analyse(text, "Rosa Diaz", "Juan Perez");
        Assert.Equal("Rosa Diaz", QuoteHolding(document, "speak for us").Speaker);
        Assert.Equal("Juan Perez", QuoteHolding(document, "vote in November").Speaker);
    }

    [Fact]
    public void AppositionBetweenNameAndCue()
    {
        const string text = "“The plan will not pass,” Eva Stone, a senior senator from the north, said on Friday.";
        var document = Analyse(text, "Eva Stone");
        var quote = QuoteHolding(document, "will not pass");
        Assert.Equal("Eva Stone", quote.Speaker);
        Assert.Equal("Eva Stone", MentionText(document, quote));
    }

    [Fact]
    public void ClauseSubjectSpeaksForAVerbWithoutOne()
    {
        const string text = "Shortly before Anna Berg spoke, Piotr Nowak rejected the deal, calling it “a fraud” and pledged that he would sue.";
        var document = Analyse(text, "Anna Berg", "Piotr Nowak");
        Assert.Equal("Piotr Nowak", QuoteHolding(document, "a fraud").Speaker);
        Assert.Equal("Piotr Nowak", QuoteHolding(document, "he would sue").Speaker);
    }

    [Fact]
    public void NominalSpeakerIsKeptAsWritten()
    {
        var quote = QuoteHolding(Analyse("The plant will close in March, a company spokesman said."), "plant will close");
        Assert.Equal("a company spokesman", quote.Speaker);
        Assert.Null(quote.SpeakerActor);
    }

    [Fact]
    public void UnresolvedPronounIsNeverASpeaker()
    {
        var quote = QuoteHolding(Analyse("“It is over,” he said."), "It is over");
        Assert.Null(quote.Speaker);
        Assert.Equal("he", MentionText(Analyse("“It is over,” he said."), quote));
    }
}
