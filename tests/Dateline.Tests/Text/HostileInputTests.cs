using System.Diagnostics;
using Dateline.Text;

namespace Dateline.Tests.Text;

/// <summary>Inputs built to find quadratic scans or crashes; each must finish quickly (a hang guard, not a speed figure).</summary>
public class HostileInputTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(10);

    private static Segmentation Timed(string text)
    {
        var clock = Stopwatch.StartNew();
        var result = Segmenter.Segment(text);
        Assert.True(clock.Elapsed < Generous, $"segmenting took {clock.Elapsed}");
        return result;
    }

    [Fact]
    public void HundredThousandBlankLines()
    {
        string text = "Start." + string.Concat(Enumerable.Repeat("\n \n", 100_000)) + "End.";
        var result = Timed(text);
        Assert.Equal(2, result.Sentences.Count);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("a.")]
    [InlineData("a-")]
    [InlineData("1,")]
    [InlineData("'")]
    [InlineData("n'")]
    [InlineData("@")]
    [InlineData("a@")]
    [InlineData("http://")]
    [InlineData(".")]
    [InlineData("U.S.")]
    [InlineData("\"")]
    [InlineData("—")]
    public void FiveMegabyteLineWithoutSpaces(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 5_000_000 / unit.Length));
        var result = Timed(text);
        Assert.True(result.Tokens.Count > 0);
        Assert.Equal(text.Length, result.Tokens.Ends[^1]);
    }

    [Fact]
    public void LoneSurrogatesAndControlCharacters()
    {
        string text = "Gaza\uD800 talks\uDC00. \uD83D\uDE00 ok\u0000 \uFFFF end\uD800";
        var result = Timed(text);
        var tokens = result.Tokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            Assert.True(tokens.Starts[i] < tokens.Ends[i]);
            Assert.False(char.IsLowSurrogate(text[tokens.Starts[i]]) && tokens.Starts[i] > 0 && char.IsHighSurrogate(text[tokens.Starts[i] - 1]));
        }

        Assert.Contains("\uD83D\uDE00", SegmentAssert.Tokens(text).Split('|'));
    }

    [Fact]
    public void RepeatedOpenQuotesAndBrackets()
    {
        string text = string.Concat(Enumerable.Repeat("\"( “Yes. ", 200_000));
        var result = Timed(text);
        Assert.True(result.Sentences.Count > 1000);
    }
}
