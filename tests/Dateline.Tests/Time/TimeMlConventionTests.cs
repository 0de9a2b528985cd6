using Dateline.Time;
using static Dateline.Tests.Time.TimeTestSupport;

namespace Dateline.Tests.Time;

/// <summary>TimeML extent and value conventions added for TimeBank; the article date is Wednesday 3 January 2024.</summary>
public sealed class TimeMlConventionTests
{
    [Theory]
    [InlineData("The pilot landed a minute and a half later.", "a minute and a half", "PT1M30S")]
    [InlineData("The probe took 2 1/2 years to finish.", "2 1/2 years", "P2Y6M")]
    [InlineData("The siege lasted two and a half years.", "two and a half years", "P2Y6M")]
    [InlineData("Profit fell in the year ended Sept. 30.", "the year", "P1Y")]
    [InlineData("Sales rose in the fiscal year ending June 30.", "the fiscal year", "P1Y")]
    [InlineData("The plant will close over the next two years or so.", "the next two years or so", "P2Y")]
    [InlineData("Shipments resume within two to three weeks.", "two to three weeks", "P2W")]
    [InlineData("Deals will be made during the next 12 to 18 months.", "the next 12 to 18 months", "P12M")]
    [InlineData("The fraud ran over a three-year period.", "a three-year period", "P3Y")]
    [InlineData("He followed a several-year tenure as editor.", "several-year", "PXY")]
    [InlineData("The deal follows months of twists and turns.", "months", "PXM")]
    [InlineData("He probably died within weeks or months of his capture.", "weeks or months", "PXW")]
    [InlineData("Thousands were taken in the first hours of the war.", "the first hours", "PTXH")]
    [InlineData("Net for the year-earlier nine months included a gain.", "the year-earlier nine months", "P9M")]
    [InlineData("Revenue rose in the latest nine months.", "the latest nine months", "P9M")]
    public void Durations(string text, string expression, string value) => AssertValue(text, expression, TimexType.DURATION, value);

    [Fact]
    public void AnAgeIsNoDuration()
    {
        Assert.Empty(Timexes("Mr. Reupke, 52 years old, will retire."));
        Assert.Empty(Timexes("Workers 55 years old or older may leave."));
    }

    [Theory]
    [InlineData("The plant opened in 1995. The following year it doubled output.", "The following year", "1996")]
    [InlineData("Talks broke down in June. The following month they resumed.", "The following month", "2023-07")]
    [InlineData("The rebels struck on May 4, 2021, and again the following day.", "the following day", "2021-05-05")]
    [InlineData("The talks will resume the following week.", "the following week", "2024-W02")]
    [InlineData("Troops crossed on March 3, 1998 and withdrew the next day.", "the next day", "1998-03-04")]
    [InlineData("The law passed in 1995; the same year, taxes rose.", "the same year", "1995")]
    [InlineData("The company will not be profitable until 1994 or later.", "1994 or later", "1994")]
    [InlineData("Earnings will grow in 1990 and beyond.", "1990 and beyond", "1990")]
    [InlineData("He promised to halve unemployment by the year two thousand.", "the year two thousand", "2000")]
    [InlineData("The stock hit a high for the year in June.", "the year", "2024")]
    [InlineData("Sales for the full year rose 13%.", "the full year", "2024")]
    [InlineData("The sale should close by year end.", "year end", "2024")]
    [InlineData("Rules should be in place by year's end.", "year's end", "2024")]
    [InlineData("Computers may fail in the year 2000, experts warn.", "the year 2000", "2000")]
    [InlineData("Women's Day is this coming Sunday, March eighth.", "this coming Sunday, March eighth", "2024-03-08")]
    public void DatesFromTheText(string text, string expression, string value) => AssertValue(text, expression, TimexType.DATE, value);

    [Theory]
    [InlineData("The blast came in mid-afternoon yesterday.", "mid-afternoon yesterday", "2024-01-02TAF")]
    [InlineData("Shelling resumed in the early morning.", "the early morning", "2024-01-03TMO")]
    public void ModifiedPartsOfDay(string text, string expression, string value) => AssertValue(text, expression, TimexType.TIME, value);

    [Fact]
    public void AFrequencyAdjectiveBeforeANounIsNoSet()
    {
        Assert.Empty(Timexes("Qantas plans daily flights to Bombay. Average daily volume fell."));
        AssertValue("The two ministers now speak daily.", "daily", TimexType.SET, "P1D");
        AssertValue("The council meets weekly in Geneva.", "weekly", TimexType.SET, "P1W");
    }

    [Fact]
    public void ABareMorningIsLeftAlone() => Assert.Empty(Timexes("He runs in the morning."));

    [Theory]
    [InlineData("Air Force Colonel Eileen Collins will be named commander for a mission in October.", "October", "2024-10")]
    [InlineData("The new labor pact becomes effective June 1.", "June 1", "2024-06-01")]
    [InlineData("The index is near its record high set on Aug. 6.", "Aug. 6", "2023-08-06")]
    public void TenseFromAuxiliariesAndCues(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DATE, value, new DateOnly(2024, 3, 4));

    [Theory]
    [InlineData("Net rose 5% in the third quarter. Sales rose 8% from a year earlier.", "a year earlier", "2022-Q3")]
    [InlineData("The third quarter was strong. Costs rose from $1 million in 2022 and revenue fell. Debt fell from a year ago.", "a year ago", "2022-Q3")]
    [InlineData("For the quarter ended Sept. 30, net rose from a year earlier.", "a year earlier", "2022-Q3")]
    [InlineData("Net rose in the third quarter. In the 1988 period, it fell.", "the 1988 period", "1988-Q3")]
    [InlineData("Net rose in the third quarter, against a loss in the 1988 quarter.", "the 1988 quarter", "1988-Q3")]
    [InlineData("Net rose. In the year-ago third quarter, it fell.", "the year-ago third quarter", "2022-Q3")]
    [InlineData("Sales in the latest fiscal year rose.", "the latest fiscal year", "2022")]
    [InlineData("Net rose in the third quarter from the corresponding period last year.", "the corresponding period last year", "2022-Q3")]
    [InlineData("Net rose in the third quarter, up 8% from last year's quarter.", "last year's quarter", "2022-Q3")]
    public void AYearAgoTakesTheReportedPeriod(string text, string expression, string value) =>
        AssertValue(text, expression, TimexType.DATE, value, new DateOnly(2023, 10, 26));
}
