using Dateline.Cleaning;
using Dateline.Documents;
using Dateline.Text;

namespace Dateline.Tests.Text;

public class TokenizerComponentTests
{
    private static CleaningLayer Cleaning(string raw, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<int>? forcedBreaks = null, IReadOnlyList<Repair>? repairs = null) =>
        new(paragraphs, [], [], repairs ?? [], forcedBreaks ?? [], raw);

    private static string[] SentencesOf(Document document)
    {
        var sentences = document.Get<SentenceLayer>();
        return [.. sentences.Spans.Select(s => document.Raw[s.Start..s.End])];
    }

    [Fact]
    public void DeclaresItsLayers()
    {
        var component = new TokenizerComponent();
        Assert.Equal([typeof(CleaningLayer)], component.Requires);
        Assert.Equal([typeof(TokenLayer), typeof(SentenceLayer)], component.Produces);
    }

    [Fact]
    public void TokenizesOnlyTheCleanersParagraphs()
    {
        const string raw = "date 2024-01-03\nGaza talks resume. Blinken flies in\nPHOTO: Reuters\nHe lands Monday.";
        int first = raw.IndexOf("Gaza", StringComparison.Ordinal);
        int second = raw.IndexOf("He lands", StringComparison.Ordinal);
        var document = new Document("t", raw).With(Cleaning(raw, [new TextSpan(first, raw.IndexOf("\nPHOTO", StringComparison.Ordinal)), new TextSpan(second, raw.Length)]));

        var result = new TokenizerComponent().Process(document);

        Assert.Equal(["Gaza talks resume.", "Blinken flies in", "He lands Monday."], SentencesOf(result));
        var tokens = result.Get<TokenLayer>();
        Assert.All(tokens.Starts, start => Assert.True(start >= first));
        Assert.NotEqual(TokenTraits.None, tokens.Flags[tokens.FirstEndingAfter(second)] & TokenTraits.ParagraphStart);
    }

    [Fact]
    public void SplitsTheTokenAndStartsASentenceAtAForcedBreak()
    {
        const string raw = "Aid reached GazaParticularly the north needs food.";
        int breakAt = raw.IndexOf("Particularly", StringComparison.Ordinal);
        var document = new Document("t", raw).With(Cleaning(raw, [new TextSpan(0, raw.Length)], [breakAt]));

        var result = new TokenizerComponent().Process(document);

        Assert.Equal(["Aid reached Gaza", "Particularly the north needs food."], SentencesOf(result));
        var tokens = result.Get<TokenLayer>();
        int particularly = tokens.FirstEndingAfter(breakAt);
        Assert.Equal(breakAt, tokens.Starts[particularly]);
        Assert.Equal(breakAt, tokens.Ends[particularly - 1]);
        Assert.Equal(TokenTraits.None, tokens.Flags[particularly] & TokenTraits.SpaceBefore);
    }

    [Fact]
    public void GivesRepairedTokensTheirReplacementAsNorm()
    {
        const string raw = "Officials from usa And Egypt met.";
        var usa = new TextSpan(15, 18);
        var and = new TextSpan(19, 22);
        var repairs = new[]
        {
            new Repair(RepairKinds.NameCase, usa, "usa", "US", "test"),
            new Repair(RepairKinds.FunctionWordCase, and, "And", "and", "test"),
        };
        var document = new Document("t", raw).With(Cleaning(raw, [new TextSpan(0, raw.Length)], repairs: repairs));

        var tokens = new TokenizerComponent().Process(document).Get<TokenLayer>();

        Assert.Equal("US", tokens.Norms[tokens.FirstEndingAfter(usa.Start)]);
        Assert.Equal("and", tokens.TextOf(document, tokens.FirstEndingAfter(and.Start)));
        Assert.Equal("Egypt", tokens.TextOf(document, tokens.FirstEndingAfter(and.End)));
        Assert.Equal(1, tokens.Norms.Count(n => n == "US"));
    }
}
