using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

public sealed class TextGenreTests
{
    private static TextGenre.Decision Detect(params string[] sentences) =>
        TextGenre.Detect(sentences.Select(s => (IReadOnlyList<string>)s.Split(' ')).ToList());

    [Fact]
    public void AgencyCopyIsNews()
    {
        var decision = Detect(
            "SOCCER - JAPAN GET LUCKY WIN .",
            "TOKYO 1996-12-06",
            "Japan began the defence of their Asian Cup title with a lucky 2-1 win against Syria on Friday .");
        Assert.Equal(TextGenre.News, decision.Genre);
    }

    [Fact]
    public void FirstPersonInsideQuotesIsStillNews() =>
        Assert.Equal(TextGenre.News, Detect("\" I will not resign , \" the senator told reporters in Washington on Monday .").Genre);

    [Theory]
    [InlineData("i think the place is great .")] // lower-case "i"
    [InlineData("We loved it and you will too , the staff took care of our dog .")] // a writer addressing a reader
    [InlineData("great food .", "Nice staff .", "cheap too .")] // lower-case sentence starts
    [InlineData("What a day !", "Anyone else going ?", "See the map at the station .")] // marks
    public void WebWritingIsWeb(params string[] sentences)
    {
        var decision = Detect(sentences);
        Assert.Equal(TextGenre.Web, decision.Genre);
        Assert.Equal("web", decision.Name);
        Assert.NotEmpty(decision.Reason);
    }
}
