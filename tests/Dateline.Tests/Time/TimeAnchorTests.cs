using Dateline.Documents;
using Dateline.Time;

namespace Dateline.Tests.Time;

public sealed class TimeAnchorTests
{
    private static readonly string Text = new('x', 200);
    private static readonly Timex Tuesday = new(new TextSpan(3, 10), TimexType.DATE, "2024-01-02", "weekday");
    private static readonly Timex LastMonth = new(new TextSpan(64, 79), TimexType.DATE, "2023-12", "rel-unit");
    private static readonly Timex WednesdayNight = new(new TextSpan(110, 125), TimexType.TIME, "2024-01-03TNI", "weekday-part");
    private static readonly Timex ForMonths = new(new TextSpan(130, 140), TimexType.DURATION, "PXM", "rel-duration");
    private static readonly Timex[] ByStart = [Tuesday, LastMonth, WednesdayNight, ForMonths];

    [Fact]
    public void ASpanTakesTheNearestDateInItsSentence()
    {
        Assert.Equal("2024-01-02", TimeAnchor.GoverningDate(Text, ByStart, new TextSpan(0, 35), new TextSpan(20, 30)));
        Assert.Equal("2023-12", TimeAnchor.GoverningDate(Text, ByStart, new TextSpan(60, 100), new TextSpan(80, 98)));
    }

    [Fact]
    public void ASentenceWithoutADateGivesNull() =>
        Assert.Null(TimeAnchor.GoverningDate(Text, ByStart, new TextSpan(36, 60), new TextSpan(40, 50)));

    [Fact]
    public void ATimeIsCutToItsDayAndADurationDatesNothing()
    {
        Assert.Equal("2024-01-03", TimeAnchor.GoverningDate(Text, ByStart, new TextSpan(100, 150), new TextSpan(141, 149)));
        Assert.Null(TimeAnchor.CalendarDay(ForMonths));
    }

    [Fact]
    public void ADateThatBoundsATimeSpanDatesNothing()
    {
        const string text = "He has visited five times since Oct. 7, said Blinken.";
        int start = text.IndexOf("Oct. 7", StringComparison.Ordinal);
        Timex[] since = [new(new TextSpan(start, start + 6), TimexType.DATE, "2023-10-07", "month-day")];

        Assert.Null(TimeAnchor.GoverningDate(text, since, new TextSpan(0, text.Length), new TextSpan(41, 52)));
    }

    [Theory]
    [InlineData("The U.N., which in March imposed sanctions, called a meeting.", "called", null)]
    [InlineData("The U.N., which in March imposed sanctions, called a meeting.", "imposed", "2023-03")]
    [InlineData("Biden, who was to travel to Columbus, Ohio, in March to promote it, said no.", "travel", "2023-03")]
    [InlineData("Trump, who had questioned the judge, said in March that he was biased.", "questioned", null)]
    [InlineData("Trump, who had questioned the judge, said in March that he was biased.", "said", "2023-03")]
    public void ADateInARelativeClauseDatesOnlyThatClause(string text, string verb, string? expected)
    {
        int start = text.IndexOf("March", StringComparison.Ordinal), at = text.IndexOf(verb, StringComparison.Ordinal);
        Timex[] march = [new(new TextSpan(start, start + 5), TimexType.DATE, "2023-03", "month")];

        Assert.Equal(expected, TimeAnchor.GoverningDate(text, march, new TextSpan(0, text.Length), new TextSpan(at, at + verb.Length)));
    }

    [Theory]
    [InlineData("2024", null)]
    [InlineData("XXXX-WXX-2", null)]
    [InlineData("PRESENT_REF", null)]
    [InlineData("2023-Q4", "2023-Q4")]
    [InlineData("2024-01-03T15:00", "2024-01-03")]
    public void OnlyValuesPlacedAtLeastToTheMonthDate(string value, string? expected) =>
        Assert.Equal(expected, TimeAnchor.CalendarDay(new Timex(new TextSpan(0, 4), TimexType.TIME, value, "test")));
}
