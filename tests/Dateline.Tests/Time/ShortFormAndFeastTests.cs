using Dateline.Time;
using static Dateline.Tests.Time.TimeTestSupport;

namespace Dateline.Tests.Time;

/// <summary>
/// Session 15 conventions: clipped decades and years, feasts that move with Easter, a schedule verb before a
/// clock time and a day; the article date is Wednesday 3 January 2024 unless a test says otherwise.
/// </summary>
public sealed class ShortFormAndFeastTests
{
    [Theory]
    [InlineData("Music in the 90s was loud.", "the 90s", "199")]
    [InlineData("Grunge ruled the 90's charts.", "the 90's", "199")]
    [InlineData("Prices peaked in the mid-80s.", "the mid-80s", "198")]
    [InlineData("The firm grew in the late 70s.", "the late 70s", "197")]
    [InlineData("Rents doubled in the 20s.", "the 20s", "202")]
    public void TwoDigitDecades(string text, string expression, string value) => AssertValue(text, expression, TimexType.DATE, value);

    [Theory]
    [InlineData("Highs will be in the 90s today.")]
    [InlineData("Temperatures stayed in the mid-80s.")]
    [InlineData("She is in her 80s.")]
    [InlineData("Support rose to the 60s percent range.")]
    public void TwoDigitDecadeIsNoTemperatureOrAge(string text) =>
        Assert.DoesNotContain(Timexes(text), x => x.Value.Length == 3 && char.IsAsciiDigit(x.Value[0]));

    [Theory]
    [InlineData("She graduated with the class of '71.", "'71", "1971")]
    [InlineData("Prices have risen since '98.", "'98", "1998")]
    [InlineData("He joined in '05, then left.", "'05", "2005")]
    public void ClippedYears(string text, string expression, string value) => AssertValue(text, expression, TimexType.DATE, value);

    [Fact]
    public void AQuoteOpeningOnDigitsIsNoYear() => Assert.Empty(Timexes("He called it '90 percent done'."));

    [Theory]
    [InlineData("We will celebrate Easter with the family.", "Easter", "2024-03-31")]
    [InlineData("The shops will close on Good Friday.", "Good Friday", "2024-03-29")]
    [InlineData("Parades are planned for Easter Monday.", "Easter Monday", "2024-04-01")]
    [InlineData("They married on Ash Wednesday 1969.", "Ash Wednesday 1969", "1969-02-19")]
    [InlineData("Christmas 1997 was quiet.", "Christmas 1997", "1997-12-25")]
    [InlineData("Thanksgiving 1990 was cold.", "Thanksgiving 1990", "1990-11-22")]
    public void Feasts(string text, string expression, string value) => AssertValue(text, expression, TimexType.DATE, value);

    [Theory]
    [InlineData(1998, 4, 12)]
    [InlineData(2000, 4, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    public void EasterSunday(int year, int month, int day) => Assert.Equal(new DateOnly(year, month, day), TimeValues.Easter(year));

    [Fact]
    public void AFeastBeforeANameIsNoDate()
    {
        Assert.Empty(Timexes("He flew to Christmas Island."));
        Assert.Empty(Timexes("Crowds watched the Thanksgiving Day Parade."));
        Assert.Empty(Timexes("Tourists visit Easter Island."));
        Assert.Empty(Timexes("The Good Friday Agreement holds."));
    }

    [Theory]
    [InlineData("We met last Wed. and talked.", "last Wed.", "2023-12-27")]
    [InlineData("We go this Sat. to the coast.", "this Sat.", "2024-01-06")]
    public void AnAbbreviatedWeekdayKeepsItsDot(string text, string expression, string value) => AssertValue(text, expression, TimexType.DATE, value);

    [Theory]
    [InlineData("The second half of the year will be strong.", "The second half of the year", "2024-H2")]
    [InlineData("The third quarter of the year was weak.", "The third quarter of the year", "2023-Q3")]
    [InlineData("Sales fell in the first quarter of fiscal 1998.", "the first quarter of fiscal 1998", "1998-Q1")]
    public void APartOfTheYearIsOneExpression(string text, string expression, string value) => AssertValue(text, expression, TimexType.DATE, value);

    [Fact]
    public void TheYearEndedStaysItsOwnSpan()
    {
        var timexes = Timexes("Profit rose in the first half of the year ended June 30.");
        Assert.Contains(timexes, x => x.Value == "2023-H2" || x.Value == "2024-H1");
        Assert.Contains(timexes, x => x.Value == "P1Y");
    }

    [Theory]
    [InlineData("The accord expires at midnight Monday.", "midnight Monday", "2024-01-08T24:00")]
    [InlineData("The offer expires at 5 p.m. EST Monday.", "5 p.m. EST Monday", "2024-01-08T17:00")]
    [InlineData("Police said the attack occurred at 3 a.m. Monday.", "3 a.m. Monday", "2024-01-01T03:00")]
    public void AScheduleVerbBeforeAClockTimeLooksAhead(string text, string expression, string value) =>
        AssertTaggedValue(text, expression, value, ArticleDate);

    [Theory]
    [InlineData("The meeting starts at 9 o'clock.", "9 o'clock", "2024-01-03T09:00")]
    [InlineData("By 10 o\u2019clock, it ended.", "10 o\u2019clock", "2024-01-03T10:00")]
    [InlineData("The bells rang at nine o'clock.", "nine o'clock", "2024-01-03T09:00")]
    public void OClock(string text, string expression, string value) => AssertValue(text, expression, TimexType.TIME, value);

    [Theory]
    [InlineData("Every few years, the river floods.", "Every few years", "PXY")]
    [InlineData("The board meets every several months.", "every several months", "PXM")]
    public void AVagueRecurrenceIsASet(string text, string expression, string value) => AssertValue(text, expression, TimexType.SET, value);

    [Theory]
    [InlineData("Elections are scheduled for May.", "2024-05")]
    [InlineData("Since May, prices have doubled.", "2023-05")]
    [InlineData("Rents rose in April and May.", "2023-05")]
    public void MayAfterAPrepositionOrAMonthIsTheMonth(string text, string value) => AssertValue(text, "May", TimexType.DATE, value);

    [Theory]
    [InlineData("He may leave.")]
    [InlineData("He gave the book to May.")]
    [InlineData("Johnson and May spoke.")]
    public void MayElsewhereIsNoMonth(string text) => Assert.Empty(Timexes(text));

    [Fact]
    public void AMonthRangeKeepsOneYear()
    {
        var timexes = Timexes("From April to May, prices rose.", new DateOnly(1998, 2, 12));
        Assert.Equal(["1997-04", "1997-05"], timexes.Select(x => x.Value));
    }

    [Theory]
    [InlineData("Around 1990 it began to fail.", "Around 1990", "1990")]
    [InlineData("About 1850 the town was founded.", "About 1850", "1850")]
    public void AnApproximatedYearBeforeAClause(string text, string expression, string value) => AssertValue(text, expression, TimexType.DATE, value);

    [Fact]
    public void AnApproximatedCountIsNoYear() => Assert.Empty(Timexes("Nearly 1990 people came."));

    [Fact]
    public void OvernightBeforeAWeekdayIsThatNight() => AssertValue("Rockets fell overnight Monday.", "overnight Monday", TimexType.TIME, "2024-01-01TNI");

    [Fact]
    public void AYearRangeWithAClippedEndNamesItsFirstYear() => AssertValue("In 1990-95, the firm grew.", "1990", TimexType.DATE, "1990");
}
