using Dateline.Quotes;
using static Dateline.Tests.Quotes.HandBuilt;

namespace Dateline.Tests.Quotes;

/// <summary>Where reported content after its cue starts: past a date, phrase or listener, after "that".</summary>
public class ContentStartTests
{
    [Theory]
    [InlineData("Mara Quint said again on Monday that the union will hold a strike vote next month.", "Mara Quint", "the union will hold a strike vote next month")]
    [InlineData("Owen Pike told a packed school gym at a hotel near the river that he will not leave the race.", "Owen Pike", "he will not leave the race")]
    public void ContentStartsAfterThat(string text, string speaker, string content)
    {
        var document = AnalyseTagged(text, speaker);
        var quote = QuoteHolding(document, content, QuoteKind.Indirect);
        Assert.Equal(content, document.Text(quote.Span));
        Assert.Equal(speaker, quote.Speaker);
        Assert.StartsWith(IndirectQuotes.StartAfterThatRule, quote.ExtentRule, StringComparison.Ordinal);
    }

    [Fact]
    public void RelativeThatStaysInTheContent()
    {
        var document = AnalyseTagged("Lena Ross praised trade deals that protect local farmers.", "Lena Ross");
        Assert.DoesNotContain(document.Get<QuoteLayer>().Quotes, q => q.ExtentRule?.StartsWith(IndirectQuotes.StartAfterThatRule, StringComparison.Ordinal) == true);
    }
}
