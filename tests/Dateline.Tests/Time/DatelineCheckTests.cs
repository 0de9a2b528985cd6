using static Dateline.Tests.Time.TimeTestSupport;

namespace Dateline.Tests.Time;

public sealed class DatelineCheckTests
{
    [Fact]
    public void ADurationSinceAnAnchorThatRunsPastTheDateIsDoubted()
    {
        const string text = "The war began on Oct. 7. He has visited five times since Oct. 7, and over the past four months aid has grown.";
        var warning = Assert.Single(Analyze(text).Warnings);
        Assert.Equal("DATELINE_DOUBTFUL", warning.Code);
        Assert.Equal(2, warning.Evidence.Count);
    }

    [Fact]
    public void APastDateAfterTheHeaderDateIsDoubted()
    {
        const string text = "The ceasefire collapsed on February 7, 2024, officials said.";
        var warning = Assert.Single(Analyze(text).Warnings);
        Assert.Contains("February 7, 2024", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Since Oct. 7 he has visited four times; over the past two months aid has grown. Talks will resume on February 7, 2024.")]
    [InlineData("The Legion has complained twice since Dec. 20. \"We have come a long way in the last nine months,\" he said.")]
    public void ConsistentArticlesRaiseNothing(string text) => Assert.Empty(Analyze(text).Warnings);
}
