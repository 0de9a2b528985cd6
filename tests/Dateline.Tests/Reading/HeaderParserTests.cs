using Dateline.Documents;
using Dateline.Reading;

namespace Dateline.Tests.Reading;

public class HeaderParserTests
{
    [Fact]
    public void DateHeaderGluedToFirstBodyLine()
    {
        const string raw = " date 2024-01-03 Minister meets envoy (Jane Roe/Reuters)\n\nBody.";
        var (info, body) = HeaderParser.Parse(raw);
        Assert.Equal(new DateOnly(2024, 1, 3), info.Date);
        Assert.Equal(DateSource.Header, info.DateSource);
        Assert.StartsWith("Minister meets", raw[body.Start..]);
    }

    [Fact]
    public void SeveralHeaderLines()
    {
        const string raw = "title Talks resume\nsource Example Wire\nurl https://example.org/a\ndate 2023-05-01\nThe talks resumed.";
        var (info, body) = HeaderParser.Parse(raw);
        Assert.Equal("Talks resume", info.Title);
        Assert.Equal("Example Wire", info.Source);
        Assert.Equal("https://example.org/a", info.Url);
        Assert.Equal(new DateOnly(2023, 5, 1), info.Date);
        Assert.Equal("The talks resumed.", raw[body.Start..body.End]);
    }

    [Fact]
    public void NoHeaderMeansWholeTextIsBody()
    {
        const string raw = "officials said talks would resume.";
        var (info, body) = HeaderParser.Parse(raw);
        Assert.Null(info.Date);
        Assert.Equal(new TextSpan(0, raw.Length), body);
    }

    [Fact]
    public void AWrittenDateFillingItsLine()
    {
        const string raw = "date: January 3, 2024\nThe talks resumed.";
        var (info, body) = HeaderParser.Parse(raw, out var unreadable);
        Assert.Equal(new DateOnly(2024, 1, 3), info.Date);
        Assert.Equal("The talks resumed.", raw[body.Start..body.End]);
        Assert.Null(unreadable);
    }

    [Fact]
    public void ADateLineWithoutADateStaysInTheBodyAndIsReported()
    {
        const string raw = "date 2024-13-45\nThe talks resumed.";
        var (info, body) = HeaderParser.Parse(raw, out var unreadable);
        Assert.Null(info.Date);
        Assert.Equal(new TextSpan(0, raw.Length), body);
        Assert.Equal(new TextSpan(0, 15), unreadable);
    }
}
