using Dateline.Time;
using static Dateline.Tests.Time.TimeTestSupport;

namespace Dateline.Tests.Time;

/// <summary>
/// Examples of the written conventions the TempEval-3 corpora were annotated to: the TimeML 1.2.1 specification's
/// TIMEX3 examples (section on TIMEX3: mod, quant and freq), the TimeML Annotation Guidelines 1.2.1 (Saurí et al. 2006,
/// section 2.2 on TIMEX3) and the TIDES 2005 TIMEX2 standard they build on (Ferro et al. 2005: section 3 on what is
/// markable, section 4 on extents). Only the specification's examples could be checked against a stored copy; the other
/// section references are as recalled (the guideline texts were not available in full). Sentences are our own; the
/// article date is Wednesday 3 January 2024.
/// </summary>
public sealed class GuidelineExampleTests
{
    // TimeML 1.2.1 specification, TIMEX3 examples: modifiers and multipliers stay inside the extent.
    [Theory]
    [InlineData("Prices will be fixed for no more than 60 days.", "no more than 60 days", TimexType.DURATION, "P60D")]
    [InlineData("The plan was made at the dawn of 2000.", "the dawn of 2000", TimexType.DATE, "2000")]
    [InlineData("He visits her twice a month.", "twice a month", TimexType.SET, "P1M")]
    [InlineData("She works three days every month.", "three days every month", TimexType.SET, "P1M")]
    [InlineData("The talks lasted two weeks, from June 7, 2003.", "two weeks", TimexType.DURATION, "P2W")]
    [InlineData("The talks lasted two weeks, from June 7, 2003.", "June 7, 2003", TimexType.DATE, "2003-06-07")]
    public void SpecificationExamples(string text, string expression, TimexType type, string value) => AssertValue(text, expression, type, value);

    [Fact]
    public void ARangeIsTwoDates()
    {
        // TimeML 1.2.1 specification: "from 1992 through 1995" marks each year (the span between them is not consumed).
        var found = Timexes("He ruled from 1992 through 1995.");
        Assert.Equal(["1992", "1995"], found.Select(x => x.Value));
    }

    // Guidelines 2.2 / TIDES 2005 section 4: pre-modifiers (approximators, "early", "late", "the end of") and "ago" are
    // part of the expression; prepositions are not.
    [Theory]
    [InlineData("Prices fell about three years ago.", "about three years ago", TimexType.DATE, "2021")]
    [InlineData("The war lasted nearly four years.", "nearly four years", TimexType.DURATION, "P4Y")]
    [InlineData("The strike lasted more than a week.", "more than a week", TimexType.DURATION, "P1W")]
    [InlineData("Talks will last at least 10 days.", "at least 10 days", TimexType.DURATION, "P10D")]
    [InlineData("Earnings rose in early 1991.", "early 1991", TimexType.DATE, "1991")]
    [InlineData("Trading resumed in mid-November.", "mid-November", TimexType.DATE, "2023-11")]
    [InlineData("The plant will close at the end of 1990.", "the end of 1990", TimexType.DATE, "1990")]
    [InlineData("He arrived late last night.", "late last night", TimexType.TIME, "2024-01-02TNI")]
    [InlineData("The meeting took place on the morning of January 31st.", "the morning of January 31st", TimexType.TIME, "2024-01-31TMO")]
    [InlineData("Costs fell in the past two weeks.", "the past two weeks", TimexType.DURATION, "P2W")]
    public void ModifiersAreInTheExtent(string text, string expression, TimexType type, string value) => AssertValue(text, expression, type, value);

    // TIDES 2005 section 4: a post-modifying part of day belongs to the clock time and fixes its half of the day.
    [Theory]
    [InlineData("The bell rang at three o'clock in the afternoon.", "three o'clock in the afternoon", "2024-01-03T15:00")]
    [InlineData("He arrived at 8 p.m. in the evening.", "8 p.m. in the evening", "2024-01-03T20:00")]
    [InlineData("The guard left at 9 o'clock at night.", "9 o'clock at night", "2024-01-03T21:00")]
    [InlineData("The deal closed at 12 noon.", "12 noon", "2024-01-03T12:00")]
    [InlineData("They met at 7 in the evening.", "7 in the evening", "2024-01-03T19:00")]
    [InlineData("The sale ends at midnight tonight.", "midnight tonight", "2024-01-03T24:00")]
    [InlineData("The blast came at 10 a.m. EST.", "10 a.m. EST", "2024-01-03T10:00")]
    [InlineData("The quake struck at 4:31 a.m. local time.", "4:31 a.m. local time", "2024-01-03T04:31")]
    [InlineData("Voting runs until eight in the evening.", "eight in the evening", "2024-01-03T20:00")]
    public void APartOfDayAfterAClockTimeBelongsToIt(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.TIME, value);

    // Specification ("twice a month", "daily") and guidelines 2.2 on SET: quantifiers and multipliers are in the SET.
    [Theory]
    [InlineData("He calls three times a week.", "three times a week", "P1W")]
    [InlineData("She flies once a month.", "once a month", "P1M")]
    [InlineData("Photos were taken three times per day.", "three times per day", "P1D")]
    [InlineData("The store is open seven days a week.", "seven days a week", "P1W")]
    [InlineData("The group meets each Tuesday.", "each Tuesday", "XXXX-WXX-2")]
    [InlineData("Every Monday morning he jogs.", "Every Monday morning", "XXXX-WXX-1TMO")]
    [InlineData("The doctor visits every other day.", "every other day", "P2D")]
    [InlineData("The paper is published monthly.", "monthly", "P1M")]
    public void Sets(string text, string expression, string value) => AssertValue(text, expression, TimexType.SET, value);

    // TIDES 2005 section 3.2 (non-markable frequencies): a speed is no time; nor, as TimeBank mostly has it, an amount
    // per period. A count of occasions with no unit of time is nothing either.
    [Theory]
    [InlineData("The car was going 60 miles an hour.")]
    [InlineData("The chip runs 15 million instructions per second.")]
    [InlineData("He earns $10 an hour.")]
    [InlineData("The factory produces only 100 cars per year.")]
    [InlineData("He won three times in a row.")]
    [InlineData("Take two in the morning and two at night.")]
    [InlineData("This time the deal closed.")]
    [InlineData("The former chairman left.")]
    public void NotMarkable(string text) => Assert.Empty(Timexes(text));

    // TIDES 2005 section 5 / guidelines 2.2 (value): indefinite reference to the present, past and future.
    [Theory]
    [InlineData("Prices are high now.", "now", "PRESENT_REF")]
    [InlineData("The company is currently reorganizing.", "currently", "PRESENT_REF")]
    [InlineData("Prices fell recently.", "recently", "PAST_REF")]
    [InlineData("Prices will rise in the future.", "the future", "FUTURE_REF")]
    [InlineData("Such deals were rare in the past.", "the past", "PAST_REF")]
    public void IndefiniteReference(string text, string expression, string value) => AssertValue(text, expression, TimexType.DATE, value);

    // TIDES 2005 section 5: the value has the granularity the expression names ("two weeks ago" is a week).
    [Theory]
    [InlineData("He was hired a year ago.", "a year ago", "2023")]
    [InlineData("She left two weeks ago.", "two weeks ago", "2023-W51")]
    [InlineData("Rates rose last week.", "last week", "2023-W52")]
    [InlineData("The board meets next Tuesday.", "next Tuesday", "2024-01-09")]
    [InlineData("The talks ended in the spring of 1998.", "the spring of 1998", "1998-SP")]
    [InlineData("Growth slowed in the 1990s.", "the 1990s", "199")]
    [InlineData("The firm was founded in the 19th century.", "the 19th century", "18")]
    [InlineData("It is the twenty-first century.", "the twenty-first century", "20")]
    public void Granularity(string text, string expression, string value) => AssertValue(text, expression, TimexType.DATE, value);

    // TIDES 2005 section 5: a relative day is placed by the tense; the news present of a schedule looks ahead.
    [Theory]
    [InlineData("The festival runs through Sunday.", "Sunday", "2024-01-07")]
    [InlineData("The exhibit lasts until Friday.", "Friday", "2024-01-05")]
    [InlineData("The trial begins in two weeks.", "two weeks", "2024-W03")]
    public void AScheduleThroughADayLooksAhead(string text, string expression, string value) =>
        AssertTaggedValue(text, expression, value, ArticleDate);

    [Fact]
    public void APossessiveMarkerIsOutside()
    {
        // Guidelines 2.2: "'s" after a time expression is not part of it.
        AssertValue("Last year's profit was a record.", "Last year", TimexType.DATE, "2023");
    }
}
