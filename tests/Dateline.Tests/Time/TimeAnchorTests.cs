using Dateline.Documents;
using Dateline.Time;
using static Dateline.Tests.Time.TimeTestSupport;

namespace Dateline.Tests.Time;

public sealed class TimeAnchorTests
{
    [Fact]
    public void ASpanTakesTheNearestDateInItsSentence()
    {
        const string text = "On Tuesday the minister met rebels. He said talks would resume. Late last month the army withdrew.";
        var document = Analyze(text);
        Assert.Equal("2024-01-02", TimeAnchor.DateFor(document, SpanOf(text, "met rebels")));
        Assert.Equal("2023-12", TimeAnchor.DateFor(document, SpanOf(text, "the army withdrew")));
    }

    [Fact]
    public void WithoutATimeExpressionTheArticleDateIsUsed()
    {
        const string text = "On Tuesday the minister met rebels. He said talks would resume.";
        Assert.Equal("2024-01-03", TimeAnchor.DateFor(Analyze(text), SpanOf(text, "talks would resume")));
    }

    [Fact]
    public void ATimeIsCutToItsDay()
    {
        const string text = "Blinken said Wednesday night that progress was possible.";
        Assert.Equal("2024-01-03", TimeAnchor.DateFor(Analyze(text), SpanOf(text, "progress was possible")));
    }

    [Fact]
    public void NoDateAnywhereGivesNull()
    {
        var document = new TimexRecognizer().Process(new Document("x", "Talks resumed."));
        Assert.Null(TimeAnchor.DateFor(document, new TextSpan(0, 5)));
    }

    private static TextSpan SpanOf(string text, string part)
    {
        int start = text.IndexOf(part, StringComparison.Ordinal);
        return new TextSpan(start, start + part.Length);
    }
}
