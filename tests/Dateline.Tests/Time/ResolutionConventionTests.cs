using Dateline.Time;
using static Dateline.Tests.Time.TimeTestSupport;

namespace Dateline.Tests.Time;

/// <summary>
/// Session 13 conventions for values and extents: plans a story has overtaken, halves, clock times before their
/// day, a relative month with its day, parts of a named day. The article date is Friday 3 March 2000 unless a test
/// says otherwise.
/// </summary>
public sealed class ResolutionConventionTests
{
    private static readonly DateOnly Friday = new(2000, 3, 3);

    [Theory]
    [InlineData("The bid had been due to expire Monday.", "Monday", "2000-02-28")]
    [InlineData("The offer had been scheduled to expire Wednesday.", "Wednesday", "2000-03-01")]
    public void APlanInThePluperfectHasPassed(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DATE, value, Friday);

    [Fact]
    public void APlanStillAheadLooksAhead() =>
        AssertValue("The bid is due to expire Monday.", "Monday", TimexType.DATE, "2000-03-06", Friday);

    [Fact]
    public void APayableDateLooksAhead() =>
        AssertValue("The board declared a dividend payable Dec. 15 to holders of record.", "Dec. 15", TimexType.DATE, "1989-12-15", new DateOnly(1989, 10, 26));

    [Theory]
    [InlineData("Earnings will be lower for the fiscal year.", "the fiscal year", "2000")]
    [InlineData("Profit rose in the fiscal year 1998.", "the fiscal year 1998", "1998")]
    public void TheFiscalYearIsReadLikeTheYear(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DATE, value, Friday);

    [Fact]
    public void TheFiscalYearEndedIsStillAYearLongSpan() =>
        AssertValue("For the fiscal year ended Sept. 30, it earned $5 million.", "the fiscal year", TimexType.DURATION, "P1Y", Friday);

    [Fact]
    public void YearAgoAloneIsTheReportedQuarterAYearBefore() =>
        AssertValue("The year-ago results were restated.", "year-ago", TimexType.DATE, "1998-Q4", Friday);

    [Theory]
    [InlineData("Sales were flat in the last half of the '80s.", "the last half of the '80s", "198")]
    [InlineData("Sales rose in the last half of 1999.", "the last half of 1999", "1999-H2")]
    [InlineData("Sales will rise in the last half of the year.", "the last half of the year", "2000-H2")]
    [InlineData("Sales rose in the last quarter of 1999.", "the last quarter of 1999", "1999-Q4")]
    public void TheLastHalfOfAPeriodIsADate(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DATE, value, Friday);

    [Theory]
    [InlineData("They waited half an hour.", "half an hour", "PT30M")]
    [InlineData("They talked for a half hour.", "a half hour", "PT30M")]
    [InlineData("Prices jumped in the past half hour.", "the past half hour", "PT30M")]
    [InlineData("The dam stood for half a century.", "half a century", "P50Y")]
    [InlineData("The plan runs half a year.", "half a year", "P6M")]
    [InlineData("In the past 5 1/2 years, much changed.", "the past 5 1/2 years", "P5Y6M")]
    public void HalfAUnitIsADuration(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DURATION, value, Friday);

    [Fact]
    public void TheLastHalfHourIsNoHalfYear() =>
        Assert.DoesNotContain(Timexes("They talked for the last half hour.", Friday), x => x.Value.EndsWith('H'));

    [Theory]
    [InlineData("The plane crashed at about 9 p.m. on Thursday.", "about 9 p.m.", "2000-03-02T21:00")]
    [InlineData("At 3:45 p.m. local time (0745 GMT) on Wednesday, it landed.", "3:45 p.m. local time", "2000-03-01T15:45")] // session 18: the zone is in the extent
    [InlineData("At 3:45 p.m. local time (0745 GMT) on Wednesday, it landed.", "0745 GMT", "2000-03-01T07:45")]
    [InlineData("Police came Monday. Voting begins at 7 a.m. on Sunday.", "7 a.m.", "2000-03-05T07:00")]
    public void AClockTimeTakesTheDayNamedRightAfterIt(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.TIME, value, Friday);

    [Fact]
    public void ADayInAnotherClauseLeavesTheClockAlone() =>
        AssertValue("It happened at 9 a.m., police said Tuesday.", "9 a.m.", TimexType.TIME, "2000-03-03T09:00", Friday);

    [Theory]
    [InlineData("The law takes effect next Jan. 1.", "next Jan. 1", "2001-01-01")]
    [InlineData("It began last March 3.", "last March 3", "1999-03-03")]
    [InlineData("They meet next May 5, 2001.", "next May 5, 2001", "2001-05-05")]
    public void ARelativeMonthWithItsDayIsOneDate(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DATE, value, Friday);

    [Theory]
    [InlineData("Fighting erupted on the night of Jan. 5.", "the night of Jan. 5", "2000-01-05TNI")]
    [InlineData("The ship sank in the early morning of Dec. 3.", "the early morning of Dec. 3", "1999-12-03TMO")]
    [InlineData("It rained on the evening of Tuesday.", "the evening of Tuesday", "2000-02-29TEV")]
    public void APartOfANamedDayIsOneTime(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.TIME, value, Friday);

    [Fact]
    public void ALongAgoCountKeepsItsYear() =>
        AssertValue("Sales fell in December. The firm was founded 50 years ago.", "50 years ago", TimexType.DATE, "1950", Friday);

    [Theory]
    [InlineData("They meet a week from today.", "a week from today", "2000-03-10")]
    [InlineData("The vote is three days from today.", "three days from today", "2000-03-06")]
    [InlineData("The lease ends a month from today.", "a month from today", "2000-04-03")]
    public void ACountFromTodayNamesADay(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DATE, value, Friday);

    [Theory]
    [InlineData("The fair runs from March 10 to 15.", "15", "2000-03-15")]
    [InlineData("Talks were held on Feb. 12 and 13, officials said.", "13", "2000-02-13")]
    [InlineData("Talks were held on Feb. 20-21 in Paris.", "21", "2000-02-21")]
    [InlineData("The summit is set for Sept. 9\u201310.", "10", "2000-09-10")]
    public void ABareDayClosingARangeTakesItsMonth(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DATE, value, Friday);

    [Theory]
    [InlineData("The summit met on Sept. 9-10, 1998, in Bonn.", "Sept. 9", "1998-09-09")]
    [InlineData("The summit met on Sept. 9-10, 1998, in Bonn.", "10, 1998", "1998-09-10")]
    public void AYearAfterADayRangeDatesBothDays(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DATE, value, Friday);

    [Theory]
    [InlineData("The rules take effect on the first of next month.", "first of next month", "2000-04-01")]
    [InlineData("It closed on the 15th of last month.", "15th of last month", "2000-02-15")]
    public void ADayOfARelativeMonthIsThatDay(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DATE, value, Friday);

    [Theory]
    [InlineData("After a test in August, the council imposed sanctions.", "August", "1999-08")]
    [InlineData("In an essay in Time magazine in August, he wrote that it was over.", "August", "1999-08")]
    [InlineData("At a rally in Portland, Maine, on Saturday, Trump attacked the plan.", "Saturday", "2000-02-26")]
    [InlineData("After his arrest Saturday, protests erupted.", "Saturday", "2000-02-26")]
    public void APrepositionalPhraseOpeningTheSentenceTakesTheVerbAfterItsComma(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DATE, value, Friday);

    [Theory]
    [InlineData("The aid arrived on the 10th.", "the 10th", "2000-02-10")] // past: not March 10, a week ahead
    [InlineData("The convoy leaves on the 10th, officials said.", "the 10th", "2000-03-10")]
    [InlineData("They signed it on the 2nd.", "the 2nd", "2000-03-02")]
    public void ADayAloneIsInTheMonthTheTensePicks(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DATE, value, Friday);

    [Theory]
    [InlineData("He lives on the 10th floor.")]
    [InlineData("They met on the 10th of each month.")]
    public void AnOrdinalBeforeANounIsNoDay(string text) =>
        Assert.DoesNotContain(Timexes(text, Friday), x => x.Value.EndsWith("-10", StringComparison.Ordinal));

    [Theory]
    [InlineData("The strike came in the early hours of Tuesday.", "the early hours of Tuesday", "2000-02-29TMO")]
    [InlineData("Shots were fired in the small hours of Sunday.", "the small hours of Sunday", "2000-02-27TMO")]
    [InlineData("They talked into the wee hours.", "the wee hours", "2000-03-03TMO")]
    public void TheEarlyHoursAreTheMorningOfTheirDay(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.TIME, value, Friday);

    [Theory]
    [InlineData("On March 10 to 15 people came.")]
    [InlineData("On March 20 and 15 more on March 21.")]
    public void ANumberAfterAMonthDayIsNoDayUnlessItClosesTheRange(string text) =>
        Assert.DoesNotContain(Timexes(text, Friday), x => x.Value.EndsWith("-15", StringComparison.Ordinal));

    [Fact]
    public void AClockTimeNamingItsOwnDayKeepsIt() =>
        AssertValue("Police came Monday. The vote ends at 10 a.m. today.", "10 a.m. today", TimexType.TIME, "2000-03-03T10:00", Friday);

    [Fact]
    public void TheNextQuarterLooksAheadWhenTheVerbDoes()
    {
        AssertValue("The company expects to return to profit by the end of the second quarter.", "the end of the second quarter", TimexType.DATE, "2000-Q2", Friday);
        AssertValue("The company will report a loss for the fourth quarter.", "the fourth quarter", TimexType.DATE, "1999-Q4", Friday);
    }

    [Fact]
    public void TheTenseWindowCountsWordsNotDigitsOrMarks() =>
        AssertValue("The agency will announce the results at 10 a.m. EST (1500 GMT) Tuesday.", "Tuesday", TimexType.DATE, "2000-03-07", Friday);

    [Theory]
    [InlineData("The empire lasted for centuries.", "centuries", "PXC")]
    [InlineData("The drought is the worst in decades.", "decades", "PXE")]
    public void AVagueCountOfDecadesOrCenturiesKeepsTimeBanksUnitLetter(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DURATION, value, Friday);

    [Theory]
    [InlineData("The season begins in October.", "October", "2000-10")]
    [InlineData("The offer expires Dec. 1.", "Dec. 1", "2000-12-01")]
    public void AScheduleVerbBeforeAYearlessDateLooksAhead(string text, string expression, string value) =>
        AssertTaggedValue(text, expression, value, Friday);

    [Theory]
    [InlineData("Police have provoked violence for the past three summers.")]
    [InlineData("He scored in the past two games.")]
    public void ThePastBeforeACountIsNoTimeOfItsOwn(string text) =>
        Assert.DoesNotContain(Timexes(text, Friday), x => x.Value == "PAST_REF");

    [Fact]
    public void ThousandsOfYearsAreCounted() =>
        AssertValue("Families have kept the secret for more than two thousand years.", "more than two thousand years", TimexType.DURATION, "P2000Y", Friday);

    [Fact]
    public void AQuotedTitleIsNoWeek()
    {
        Assert.Empty(Timexes("Baker, speaking on ABC News' \"This Week,\" said no.", Friday));
        AssertValue("\"This week was hard,\" he said.", "This week", TimexType.DATE, "2000-W09", Friday);
    }

    // Session 18: an amount per period is a rate, not a recurrence of events; TimeBank leaves 6 of its 8 such rates
    // unmarked ("four flights a week", "358,000 a month", "$2 million a year"), so these are no longer SETs.
    [Theory]
    [InlineData("The airline now runs four flights a week.")]
    [InlineData("The plant makes 500 cars a day.")]
    [InlineData("Over fifty thousand CDs a year are sold.")]
    public void ARateAfterACountedNounIsNoTime(string text) =>
        Assert.DoesNotContain(Timexes(text, Friday), x => x.Type is TimexType.SET or TimexType.DURATION);

    [Theory]
    [InlineData("The bill comes up this coming March 10.", "this coming March 10", "2000-03-10")]
    [InlineData("The rule takes effect next March 1.", "next March 1", "2001-03-01")]
    public void ADayInTheArticlesMonthDecidesTheYear(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DATE, value, Friday);

    [Theory]
    [InlineData("Collins will be named commander of the shuttle for a mission in December.", "December", "1998-12", "1998-03-04")]
    [InlineData("The funeral home operator changed to a calendar year in December.", "December", "1988-12", "1989-10-27")]
    [InlineData("In January, the company brought in a new chief executive, who will remain chairman.", "January", "1989-01", "1989-10-27")]
    public void TheTenseWeighsMoreForABareMonth(string text, string expression, string value, string date) =>
        AssertTaggedValue(text, expression, value, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void AVerbPastTheClauseDoesNotGovernTheDate() =>
        AssertTaggedValue("The talks, which are supposed to conclude by May, resumed on Monday.", "May", "1998-05", new DateOnly(1998, 3, 22));

    [Fact]
    public void ThePresentPerfectTakesNoPastDate() =>
        AssertTaggedValue("Lenders have extended the company $90 million in loans through January.", "January", "1990-01", new DateOnly(1989, 10, 30));

    [Fact]
    public void APassiveBetweenANounAndByGivesNoTense() =>
        AssertTaggedValue("Qantas will almost double its flights to India by August in the search for new markets untouched by the crippling Asian crisis.",
            "August", "1998-08", new DateOnly(1998, 2, 13));
}
