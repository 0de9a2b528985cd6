using Dateline.Time;
using static Dateline.Tests.Time.TimeTestSupport;

namespace Dateline.Tests.Time;

/// <summary>
/// TimeML conventions for the reference time of a wire story (session 10): the day the narrative has reached, the
/// story's own dateline date, holidays, and words that look like time expressions but are not. The article date is
/// Saturday 8 August 1998 unless a test says otherwise.
/// </summary>
public sealed class NarrativeConventionTests
{
    private static readonly DateOnly Saturday = new(1998, 8, 8);

    [Theory]
    [InlineData("On Friday, the first blast came at 10:35 a.m. near the port.", "10:35 a.m.", "1998-08-07T10:35")]
    [InlineData("The ferry sank on Thursday. The last call came at 9 p.m. from the bridge.", "9 p.m.", "1998-08-06T21:00")]
    [InlineData("The tremor struck Friday at about 4:10 a.m. local time (0110 GMT).", "0110 GMT", "1998-08-07T01:10")]
    [InlineData("The march began on Thursday and by late afternoon filled the square.", "late afternoon", "1998-08-06TAF")]
    public void ABareClockTimeIsOnTheDayTheNarrativeReached(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.TIME, value, Saturday);

    [Fact]
    public void TheDayAReportWasMadeIsNoDayOfTheEvents() =>
        AssertValue("Officials said Friday that the dam was safe. Water reached the square at 2 a.m.", "2 a.m.", TimexType.TIME, "1998-08-08T02:00", Saturday);

    [Fact]
    public void ABareClockTimeWithNoDayToldIsOnTheArticleDate() =>
        AssertValue("The market opened at 9:30 a.m. and closed early.", "9:30 a.m.", TimexType.TIME, "1998-08-08T09:30", Saturday);

    [Theory]
    [InlineData("The storm could last several days, forecasters warned.", "several days", "PXD")]
    [InlineData("The hearing is expected to last two weeks.", "two weeks", "P2W")]
    [InlineData("The truce won't last a month.", "a month", "P1M")]
    public void LastAfterAModalIsTheVerb(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DURATION, value, Saturday);

    [Fact]
    public void LastBeforeACountIsStillADeterminerElsewhere() =>
        AssertValue("Sales fell over the last two weeks.", "the last two weeks", TimexType.DURATION, "P2W", Saturday);

    [Theory]
    [InlineData("The ship left port on July 30 and ran aground early the next morning.", "early the next morning", "1998-07-31TMO")]
    [InlineData("The talks opened on Aug. 3 and broke down the following evening.", "the following evening", "1998-08-04TEV")]
    public void TheNextPartOfDayFollowsTheDayTold(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.TIME, value, Saturday);

    [Theory]
    [InlineData("The family has lived in the shelter since Thanksgiving.", "Thanksgiving", "1997-11-27")]
    [InlineData("The strike will begin on Labor Day.", "Labor Day", "1998-09-07")]
    [InlineData("The parade will be held on Thanksgiving Day.", "Thanksgiving Day", "1998-11-26")]
    [InlineData("Stores closed early on Memorial Day.", "Memorial Day", "1998-05-25")]
    [InlineData("Fireworks lit the harbor on the Fourth of July.", "the Fourth of July", "1998-07-04")]
    public void AHolidayOnAWeekdayOfItsMonthTakesTheYearTheTenseSays(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DATE, value, Saturday);

    [Fact]
    public void UntilTheSpringIsASeason() =>
        AssertValue("The bridge will stay shut until the spring.", "the spring", TimexType.DATE, "1999-SP", Saturday);

    [Fact]
    public void AGenericInTheSpringIsLeftAlone()
    {
        const string text = "Farmers plant their corn in the spring.";
        Assert.DoesNotContain(Timexes(text, Saturday), x => text[x.Span.Start..x.Span.End].Contains("spring", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("HARARE, August 7 (Agency) --\n\nThe cabinet met today and will meet again tomorrow.", "today", "1998-08-07")]
    [InlineData("HARARE, August 7 (Agency) --\n\nThe cabinet met today and will meet again tomorrow.", "tomorrow", "1998-08-08")]
    [InlineData("The Daily Courier said in an editorial on Sunday, Aug. 9:\n\nThe council acted wisely yesterday.", "yesterday", "1998-08-08")]
    public void AStoryDatedInItsDatelineCountsFromThatDate(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DATE, value, Saturday);

    [Fact]
    public void ADatelineFarFromTheHeaderDateIsNoReference() =>
        AssertValue("HARARE, July 20 (Agency) --\n\nThe cabinet met today.", "today", TimexType.DATE, "1998-08-08", Saturday);

    [Fact]
    public void ADailyInANameIsNoSet()
    {
        const string text = "The report ran in People's Daily and in the Weekly Herald.";
        Assert.Empty(Timexes(text, Saturday));
    }

    [Theory]
    [InlineData("The port was shut. For years, the town waited.", "years", TimexType.DURATION, "PXY")]
    [InlineData("The port was shut. Within hours, crowds formed.", "hours", TimexType.DURATION, "PTXH")]
    [InlineData("In spring the river floods the valley.", "spring", TimexType.DATE, "1998-SP")]
    [InlineData("A three-year period of calm followed.", "A three-year period", TimexType.DURATION, "P3Y")]
    public void AWordThatOpensTheSentenceStillLeadsIntoTheExpression(string text, string expression, TimexType type, string value) =>
        AssertValue(text, expression, type, value, Saturday);

    [Fact]
    public void TheSameDayAfterANightIsThatDay() =>
        AssertValue("The guard was shot Thursday night. He died the same day in hospital.", "the same day", TimexType.DATE, "1998-08-06", Saturday);

    [Fact]
    public void ThatNightIsTheNightOfTheDayToldNotOfTheReport() =>
        AssertValue("The convoy was attacked Thursday, officials said Friday. That night, troops sealed the road.", "That night", TimexType.TIME, "1998-08-06TNI", Saturday);

    [Theory]
    [InlineData("He had served 1 1/2 years of his term.", "1 1/2 years", TimexType.DURATION, "P1Y6M")]
    [InlineData("The fire burned in the summer of '97 and again in June '98.", "the summer of '97", TimexType.DATE, "1997-SU")]
    [InlineData("The fire burned in the summer of '97 and again in June '98.", "June '98", TimexType.DATE, "1998-06")]
    public void WireStyleNumbersAreRead(string text, string expression, TimexType type, string value) =>
        AssertValue(text, expression, type, value, Saturday);

    [Theory]
    [InlineData("Shares closed lower Thursday, down 4.5% from the previous Thursday.", "the previous Thursday", "1998-07-30")]
    [InlineData("The rebels attacked on July 22. The following Monday, the army withdrew.", "The following Monday", "1998-07-27")]
    [InlineData("Talks failed. The following Monday, the army withdrew.", "The following Monday", "1998-08-10")]
    public void ThePreviousOrFollowingWeekdayCountsFromTheToldDay(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DATE, value, Saturday);
}
