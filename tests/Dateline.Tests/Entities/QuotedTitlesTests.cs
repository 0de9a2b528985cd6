using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

public sealed class QuotedTitlesTests
{
    [Fact]
    public void MarksAShortTitleCaseRunBetweenQuoteMarks()
    {
        string[] tokens = ["the", "1992", "film", "\"", "The", "Crying", "Game", "\"", "won", "."];

        var marks = QuotedTitles.Find(tokens);

        Assert.Equal([0, 0, 0, 0, QuotedTitles.First, QuotedTitles.Inside, QuotedTitles.Inside, 0, 0, 0], marks);
    }

    [Fact]
    public void LeavesQuotedSpeechAlone()
    {
        string[] tokens = ["\"", "We", "are", "close", ",", "\"", "said", "an", "aide", "."];

        Assert.All(QuotedTitles.Find(tokens), mark => Assert.Equal(QuotedTitles.None, mark));
    }

    [Fact]
    public void AnUnclosedQuoteMarksNothingAndStaysLinear()
    {
        var tokens = Enumerable.Repeat("\"", 5_000).Concat(Enumerable.Repeat("Word", 5_000)).ToArray();

        Assert.All(QuotedTitles.Find(tokens), mark => Assert.Equal(QuotedTitles.None, mark));
    }
}
