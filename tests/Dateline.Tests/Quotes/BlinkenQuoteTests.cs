using Dateline.Output;
using Dateline.Quotes;
using Dateline.Reading;
using Dateline.Training.Quotes;
using Xunit.Abstractions;

namespace Dateline.Tests.Quotes;

/// <summary>The real example article: every direct quote is Blinken's, Netanyahu's statements are his.</summary>
public class BlinkenQuoteTests(ITestOutputHelper output)
{
    [NeedsSharedFact]
    public void EveryDirectQuoteIsAttributedToBlinken()
    {
        var document = Analyse();
        var direct = document.Get<QuoteLayer>().Quotes.Where(q => q.Kind == QuoteKind.Direct).ToArray();
        Assert.True(direct.Length >= 7, $"only {direct.Length} direct quotes");
        Assert.All(direct, q => Assert.Equal("Antony Blinken", q.Speaker));
    }

    [NeedsSharedFact]
    public void NetanyahusPartialQuotesAndStatementsAreHis()
    {
        var document = Analyse();
        var quotes = document.Get<QuoteLayer>().Quotes;
        foreach (var words in new[] { "“illusive”", "“complete victory”", "the war would continue", "abolition of UNRWA", "Israel will maintain indefinite security control" })
        {
            var quote = quotes.FirstOrDefault(q => document.Text(q.Span).Contains(words, StringComparison.Ordinal));
            Assert.True(quote is not null, $"no quote holds {words}");
            Assert.Equal("Benjamin Netanyahu", quote.Speaker);
        }
    }

    [NeedsSharedFact]
    public void BlinkensReportedStatementsAreHisAndNetanyahusAreSplit()
    {
        var document = Analyse();
        var quotes = document.Get<QuoteLayer>().Quotes;
        var vital = quotes.FirstOrDefault(q => document.Text(q.Span).Contains("the agency’s role is vital", StringComparison.Ordinal));
        Assert.True(vital is not null, "no quote holds the agency’s role is vital");
        Assert.Equal("Antony Blinken", vital.Speaker);

        // "rejected the creation of a Palestinian state and has said that Israel will maintain …": two statements.
        var state = quotes.First(q => document.Text(q.Span).Contains("the creation of a Palestinian state", StringComparison.Ordinal));
        Assert.DoesNotContain("indefinite security control", document.Text(state.Span), StringComparison.Ordinal);
    }

    private Dateline.Documents.Document Analyse()
    {
        string path = SharedCorpora.PathOf("examples/blinken.txt");
        var document = QuotePipeline.Run(ArticleReader.FromPlainText(path, File.ReadAllText(path), null));
        output.WriteLine(SummaryWriter.Render(document));
        foreach (var quote in document.Get<QuoteLayer>().Quotes)
        {
            output.WriteLine($"{quote.Kind} [{quote.Sieve}] {quote.Speaker} / {(quote.SpeakerMention is { } m ? document.Text(m) : "-")}: {document.Text(quote.Span)}");
        }

        return document;
    }
}
