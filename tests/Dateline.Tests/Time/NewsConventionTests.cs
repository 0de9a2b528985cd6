using Dateline.Time;
using static Dateline.Tests.Time.TimeTestSupport;

namespace Dateline.Tests.Time;

/// <summary>TimeML conventions for wire-service news (session 9); the article date is Saturday 8 August 1998 unless a test says otherwise.</summary>
public sealed class NewsConventionTests
{
    private static readonly DateOnly Saturday = new(1998, 8, 8);

    [Theory]
    [InlineData("The law took effect on January 1 this year.", "January 1 this year", "1998-01-01")]
    [InlineData("He arrived on 1 March last year.", "1 March last year", "1997-03-01")]
    [InlineData("Exports rose in the second half of last year.", "the second half of last year", "1997-H2")]
    [InlineData("The first quarter of next year will be weak.", "The first quarter of next year", "1999-Q1")]
    [InlineData("It rained in the summer of last year.", "the summer of last year", "1997-SU")]
    public void APartOfARelativeYearIsOneExpression(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DATE, value, Saturday);

    [Theory]
    [InlineData("The blast hit at 2:30 p.m. (1130 GMT).", "1130 GMT", "1998-08-08T11:30")]
    [InlineData("Troops moved in at 0800 GMT Friday.", "0800 GMT Friday", "1998-08-07T08:00")]
    public void AFourDigitClockWithAZoneIsATime(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.TIME, value, Saturday);

    [Fact]
    public void AFourDigitNumberWithoutAZoneStaysAYear() => AssertValue("The bridge opened in 1130.", "1130", TimexType.DATE, "1130", Saturday);

    [Theory]
    [InlineData("Twice a week, he swims in the lake.", "Twice a week", "P1W")] // TimeML keeps the multiplier (freq 2X)
    [InlineData("Police patrol the border 24 hours a day.", "24 hours a day", "P1D")] // as "three days every month"
    public void ARateIsASet(string text, string expression, string value) => AssertValue(text, expression, TimexType.SET, value, Saturday);

    [Theory]
    [InlineData("More selling is likely in the weeks ahead.", "the weeks ahead", "PXW")]
    [InlineData("Prices will be volatile in the months ahead.", "the months ahead", "PXM")]
    public void TheUnitsAheadAreAVagueDuration(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DURATION, value, Saturday);

    [Fact]
    public void BeToNamesAPlan() =>
        AssertValue("The stock is to resume trading in Paris Tuesday.", "Tuesday", TimexType.DATE, "1998-08-11", Saturday);

    [Theory]
    [InlineData("Exports were up 5 percent over the same period last year.", "the same period last year", "1997")]
    [InlineData("Profit rose from the corresponding period of 1996.", "the corresponding period of 1996", "1996")]
    [InlineData("Net rose in the second quarter from the same quarter last year.", "the same quarter last year", "1997-Q2")]
    public void TheComparedPeriodIsOneExpression(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DATE, value, Saturday);

    [Fact]
    public void UpToNowIsAPrepositionBeforeNow() => AssertValue("Up to now, 30 firms have joined.", "now", TimexType.DATE, "PRESENT_REF", Saturday);

    [Fact]
    public void AHolidayTakesItsYear() =>
        AssertValue("The bug did not strike on New Year's Day.", "New Year's Day", TimexType.DATE, "2000-01-01", new DateOnly(2000, 1, 7));

    [Fact]
    public void AnInfinitiveTakesTheTenseOfItsGoverningVerb() =>
        AssertValue("The storm is expected to hit Florida by Saturday.", "Saturday", TimexType.DATE, "2000-01-08", new DateOnly(2000, 1, 7));

    [Fact]
    public void APastFormAfterBeToLooksAhead() =>
        AssertValue("The referendum is to be held from November 20.", "November 20", TimexType.DATE, "2015-11-20", new DateOnly(2015, 5, 7));

    [Fact]
    public void TheUnitBeforeCountsFromTheLastNamedDate()
    {
        AssertValue("Support fell from the year before, when it was 40 percent.", "the year before", TimexType.DATE, "2014", new DateOnly(2015, 5, 7));
        AssertValue("Troops left on May 1, 2013 and rebels came the day after.", "the day after", TimexType.DATE, "2013-05-02", new DateOnly(2015, 5, 7));
        Assert.DoesNotContain(Timexes("He was killed the day before the vote."), x => x.Rule == "unit-before");
    }

    [Theory]
    [InlineData("Exports fell in 1988; that year imports rose.", "that year", "1988")]
    [InlineData("Rebels struck on Aug. 3. That same week, talks broke down.", "That same week", "1998-W32")]
    [InlineData("He was freed on Monday and flew home the same day.", "the same day", "1998-08-03")]
    public void ADemonstrativePointsAtTheLastNamedDate(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DATE, value, Saturday);

    [Fact]
    public void ThatAsAConjunctionStartsNoExpression()
    {
        AssertValue("He said that week-long talks failed.", "week-long", TimexType.DURATION, "P1W", Saturday);
        AssertValue("He said that last week the talks failed.", "last week", TimexType.DATE, "1998-W31", Saturday);
        AssertValue("He said that four days passed.", "four days", TimexType.DURATION, "P4D", Saturday);
    }

    [Fact]
    public void ThePastWeekendIsADate() => AssertValue("Over the past weekend, three died.", "the past weekend", TimexType.DATE, "1998-W31-WE", Saturday);

    [Theory]
    [InlineData("The attack came in the first week of August.", "the first week of August", "1998-W31")]
    [InlineData("He left in the second week of July 1997.", "the second week of July 1997", "1997-W28")]
    [InlineData("In the last week of May, it rained.", "the last week of May", "1998-W22")]
    public void AWeekOfAMonthIsOneExpression(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DATE, value, Saturday);

    [Theory]
    [InlineData("In the next century, the city will grow.", "the next century", "20")]
    [InlineData("By the end of this century, output will double.", "the end of this century", "19")]
    public void ARelativeCenturyIsADate(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DATE, value, Saturday);

    [Theory]
    [InlineData("The bonds will be redeemed in five years.", "five years", "2003")]
    [InlineData("The vote will be held in two weeks.", "two weeks", "1998-W34")]
    [InlineData("He will return in a few days.", "a few days", "FUTURE_REF")]
    public void InACountAheadIsADate(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DATE, value, Saturday);

    [Fact]
    public void InACountBackIsADuration() =>
        AssertValue("It was the first time in five years.", "five years", TimexType.DURATION, "P5Y", Saturday);

    [Theory]
    [InlineData("The vote was held Thursday at 10 p.m. and counted later.", "10 p.m.", "1998-08-06T22:00")]
    [InlineData("The blast hit Friday, Aug. 7, at 3 p.m. in the capital.", "3 p.m.", "1998-08-07T15:00")]
    [InlineData("The bomb went off at 10:30 a.m. local time Friday.", "10:30 a.m. local time Friday", "1998-08-07T10:30")]
    public void AClockTimeTakesTheDayNamedNextToIt(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.TIME, value, Saturday);

    [Fact]
    public void AClockTimeInTheNextSentenceIsOnTheDayTheNarrativeReached() =>
        AssertValue("Police came Thursday. At 3 p.m. they left.", "3 p.m.", TimexType.TIME, "1998-08-06T15:00", Saturday);

    [Theory]
    [InlineData("Albright arrives Sunday in Cairo.", "Sunday", "1998-08-09")]
    [InlineData("Voting begins Friday and ends on Sunday.", "Sunday", "1998-08-09")]
    [InlineData("The move follows Tuesday's vote.", "Tuesday", "1998-08-04")]
    [InlineData("Netanyahu and Arafat meet separately Monday with Albright.", "Monday", "1998-08-10")]
    [InlineData("Netanyahu and Arafat met separately Monday with Albright.", "Monday", "1998-08-03")]
    public void ThePresentOfASchedulingVerbLooksAhead(string text, string expression, string value) =>
        AssertTaggedValue(text, expression, value, new DateOnly(1998, 8, 5));

    [Theory]
    [InlineData("He sent a memo to the Post in February explaining his plan.", "February", "1998-02")]
    [InlineData("Officials revised their withdrawal plans in October.", "October", "1997-10")]
    [InlineData("She has no plans to run before the October primary.", "October", "1998-10")]
    [InlineData("A split would put the state up for grabs in February.", "February", "1999-02")]
    [InlineData("That could set the stage for a contested convention in February.", "February", "1999-02")]
    public void NounsAndModalsGiveTheTenseTheirVerbsHave(string text, string expression, string value) =>
        AssertTaggedValue(text, expression, value, new DateOnly(1998, 8, 5));

    [Theory]
    [InlineData("States will vote on Super Tuesday.", "Super Tuesday", "1999-03-02")]
    [InlineData("He called it another super Tuesday for the campaign.", "Tuesday", "1998-08-04")]
    [InlineData("It was a good Friday for him.", "Friday", "1998-07-31")]
    public void AFeastOnAWeekdayNeedsItsCapital(string text, string expression, string value) =>
        AssertTaggedValue(text, expression, value, new DateOnly(1998, 8, 5));

    [Fact]
    public void SomeBeforeACountApproximates() => AssertValue("The war lasted some 20 years.", "some 20 years", TimexType.DURATION, "P20Y", Saturday);

    [Fact]
    public void TheEarlyHoursOfADayAreNoDuration() =>
        Assert.DoesNotContain(Timexes("The suspects were arrested in the early hours of Friday.", Saturday), x => x.Type == TimexType.DURATION);

    [Theory]
    [InlineData("He told USA TODAY that he would run.")]
    [InlineData("She appeared on NBC's Today show.")]
    public void ADeicticWordInsideANameIsNoTime(string text) => Assert.Empty(Timexes(text, Saturday));

    [Theory]
    [InlineData("Allen said on ABC's ''This Week'' that Trump was wrong.")]
    [InlineData("She appeared on \u201CThis Week\u201D often.")]
    public void ATitleCaseExpressionInQuotationMarksIsATitle(string text) => Assert.Empty(Timexes(text, Saturday));

    [Theory]
    [InlineData("\"By June, we were looking down the road.\"", "June", "1998-06")]
    [InlineData("This is real: In June, Rep. Mike McCaul said so.", "June", "1998-06")]
    [InlineData("SANDERS GAINS IN NEW HAMPSHIRE - Since June, Sen. Sanders has gained.", "June", "1998-06")]
    [InlineData("It was a \u201Cproxy for criminality.\u201D In June, the court ruled.", "June", "1998-06")]
    public void AMonthAfterTheCapitalisedFirstWordOfASentenceEndsNoName(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DATE, value, Saturday);

    [Fact]
    public void ADateInQuotationMarksStaysADate() =>
        AssertValue("It was dated \"January 20, 2016\" by the site.", "January 20, 2016", TimexType.DATE, "2016-01-20", Saturday);

    [Theory]
    [InlineData("Trump Holds Rally Tonight In Ohio", "Tonight")]
    [InlineData("Hamas said today that talks would go on.", "today")]
    [InlineData("Officials said Today the talks would resume.", "Today")]
    public void ADeicticWordOutsideANameStaysATime(string text, string expression) => Find(text, expression, Saturday);

    [Theory]
    [InlineData("He was a guest at the fair this weekend.", "this weekend", "1998-W31-WE")]
    [InlineData("The fair will open this weekend.", "this weekend", "1998-W32-WE")]
    [InlineData("The talks will resume after the weekend.", "the weekend", "1998-W32-WE")]
    public void TheTenseTellsWhichWeekend(string text, string expression, string value) =>
        AssertTaggedValue(text, expression, value, new DateOnly(1998, 8, 5));

    [Theory]
    [InlineData("Later in the day, the president arrived in Philadelphia.", "the day", TimexType.DATE, "1998-08-08")]
    [InlineData("Earlier in the week, the talks broke down.", "the week", TimexType.DATE, "1998-W32")]
    [InlineData("At midday Tuesday the ceasefire began.", "midday Tuesday", TimexType.TIME, "1998-08-04TMI")]
    public void TheDayOfEarlierOrLaterInTheDayAndMidday(string text, string expression, TimexType type, string value) =>
        AssertValue(text, expression, type, value, Saturday);
}
