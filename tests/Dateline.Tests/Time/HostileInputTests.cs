using System.Text;
using Dateline.Time;
using static Dateline.Tests.Time.TimeTestSupport;

namespace Dateline.Tests.Time;

/// <summary>Inputs built to trip a scanner or a grammar: all must finish (linear time) without throwing.</summary>
public sealed class HostileInputTests
{
    [Fact]
    public void LongRunsOfDigitsPunctuationAndTimeWordsFinish()
    {
        var junk = new StringBuilder();
        junk.Append('9', 50_000).Append(' ').Append(string.Concat(Enumerable.Repeat("1/2/", 20_000)));
        junk.Append(string.Concat(Enumerable.Repeat("the last the past early late mid- ", 10_000)));
        junk.Append(string.Concat(Enumerable.Repeat("every every each ", 10_000)));
        junk.Append(string.Concat(Enumerable.Repeat("Jan. 3, 2024-01-03 3 p.m. ", 10_000)));
        junk.Append(string.Concat(Enumerable.Repeat("'''---:::... ", 10_000)));
        var timexes = Timexes(junk.ToString());
        Assert.NotEmpty(timexes);
        Assert.All(timexes, x => Assert.True(x.Span.Start < x.Span.End));
    }

    [Fact]
    public void IdsInLinksHoldNoTimes()
    {
        const string text = "The show airs on Sept. 30. https://t.co/hbaWqfjJcp pic.twitter.com/P2qpm3h3Pm A4b5c6";
        Assert.Equal(["Sept. 30"], Timexes(text).Select(x => text[x.Span.Start..x.Span.End]));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n\n")]
    [InlineData("Oct.")]
    [InlineData("31 February")]
    [InlineData("February 30, 2023")]
    [InlineData("99:99 p.m.")]
    [InlineData("2024-13-45")]
    [InlineData("0/0/0000")]
    [InlineData("a")]
    [InlineData("\u0661\u0662 \u0627\u0644\u0633\u0628\u062a \ud83d\ude00 Ünïcödé Mittwoch")]
    public void DegenerateInputsYieldNoBogusDates(string text)
    {
        foreach (var timex in Timexes(text))
        {
            Assert.DoesNotContain("-13-", timex.Value);
            Assert.DoesNotContain("-02-30", timex.Value);
            Assert.DoesNotContain("-02-31", timex.Value);
        }
    }

    [Fact]
    public void DatesAtTheEdgesOfTheCalendarDoNotThrow()
    {
        Timexes("It happened on Dec. 31 and Jan. 1, and on Feb. 29.", new DateOnly(1, 1, 1));
        Timexes("It happened on Dec. 31 and next year, 9999.", new DateOnly(9999, 12, 31));
    }
}
