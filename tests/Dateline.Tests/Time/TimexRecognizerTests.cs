using Dateline.Time;
using static Dateline.Tests.Time.TimeTestSupport;

namespace Dateline.Tests.Time;

/// <summary>Each rule family on hand-written sentences; the article date is Wednesday 3 January 2024.</summary>
public sealed class TimexRecognizerTests
{
    [Theory]
    [InlineData("The talks opened on January 3, 2024 in Cairo.", "January 3, 2024", "2024-01-03")]
    [InlineData("The talks opened on 3 Jan 2024 in Cairo.", "3 Jan 2024", "2024-01-03")]
    [InlineData("The filing is dated 2024-01-03 in the registry.", "2024-01-03", "2024-01-03")]
    [InlineData("The filing is dated 1/3/2024 in the registry.", "1/3/2024", "2024-01-03")]
    [InlineData("The ministry published figures on Dec. 29, 2023.", "Dec. 29, 2023", "2023-12-29")]
    [InlineData("Troops withdrew in August 2021 after two decades.", "August 2021", "2021-08")]
    [InlineData("He was born on the 7th of October 1950.", "7th of October 1950", "1950-10-07")]
    [InlineData("The border closed on Wednesday, Dec. 27.", "Wednesday, Dec. 27", "2023-12-27")]
    [InlineData("7 October 2023 changed everything.", "7 October 2023", "2023-10-07")]
    [InlineData("The war began in nineteen ninety-one, he said.", "nineteen ninety-one", "1991")]
    [InlineData("Voting ends on Friday, March eighth, officials said.", "Friday, March eighth", "2024-03-08")]
    public void AbsoluteDates(string text, string expression, string value) => AssertValue(text, expression, TimexType.DATE, value);

    [Theory]
    [InlineData("The attack on Oct. 7 killed hundreds.", "Oct. 7", "2023-10-07")]
    [InlineData("Fighting began in October and has not stopped.", "October", "2023-10")]
    [InlineData("The envoy will return in March for more talks.", "March", "2024-03")]
    [InlineData("Elections are due on Feb. 14, officials say.", "Feb. 14", "2024-02-14")]
    [InlineData("A truce held in November.", "November", "2023-11")]
    public void YearlessDatesTakeTheSensibleYear(string text, string expression, string value) => AssertValue(text, expression, TimexType.DATE, value);

    [Theory]
    [InlineData("Prices rose yesterday.", "yesterday", "2024-01-02")]
    [InlineData("The court rules today.", "today", "2024-01-03")]
    [InlineData("The vote is tomorrow.", "tomorrow", "2024-01-04")]
    [InlineData("The plan was signed last month by both sides.", "last month", "2023-12")]
    [InlineData("The plan was presented late last month.", "late last month", "2023-12")]
    [InlineData("Exports fell earlier this month, data showed.", "earlier this month", "2024-01")]
    [InlineData("Talks resume next week in Doha.", "next week", "2024-W02")]
    [InlineData("The law was passed two days ago.", "two days ago", "2024-01-01")]
    [InlineData("Growth will slow this year.", "this year", "2024")]
    [InlineData("Growth slowed last year.", "last year", "2023")]
    [InlineData("Output fell in the fourth quarter.", "the fourth quarter", "2023-Q4")]
    [InlineData("The party won every election in the 1990s.", "the 1990s", "199")]
    [InlineData("The dynasty ruled in the 11th century.", "the 11th century", "10")]
    [InlineData("Crops failed in the summer of 2023.", "the summer of 2023", "2023-SU")]
    [InlineData("Rates rose in the third quarter of 2022.", "the third quarter of 2022", "2022-Q3")]
    public void RelativeAndCalendarDates(string text, string expression, string value) => AssertValue(text, expression, TimexType.DATE, value);

    [Theory]
    [InlineData("The minister left the region on Thursday with no deal.", "Thursday", "2023-12-28")]
    [InlineData("The ministers will meet on Thursday in Paris.", "Thursday", "2024-01-04")]
    [InlineData("Blinken said Tuesday the plan had merit.", "Tuesday", "2024-01-02")]
    [InlineData("The summit is on Friday.", "Friday", "2024-01-05")]
    [InlineData("She spoke on Wednesday.", "Wednesday", "2024-01-03")]
    [InlineData("Rebels attacked the town last Friday.", "last Friday", "2023-12-29")]
    public void WeekdaysFollowTheTense(string text, string expression, string value) => AssertValue(text, expression, TimexType.DATE, value);

    [Theory]
    [InlineData("Blinken said Wednesday night that talks would go on.", "Wednesday night", "2024-01-03TNI")]
    [InlineData("Shelling resumed this morning.", "this morning", "2024-01-03TMO")]
    [InlineData("Sirens sounded last night.", "last night", "2024-01-02TNI")]
    [InlineData("The vote closes at 3 p.m. today.", "3 p.m. today", "2024-01-03T15:00")]
    [InlineData("The curfew starts at 22:30 sharp.", "22:30", "2024-01-03T22:30")]
    [InlineData("Markets close at noon Friday.", "noon Friday", "2024-01-05T12:00")]
    [InlineData("The polls closed at 8pm.", "8pm", "2024-01-03T20:00")]
    public void TimesAndPartsOfDay(string text, string expression, string value) => AssertValue(text, expression, TimexType.TIME, value);

    [Theory]
    [InlineData("Relations have been strained for months.", "months", "PXM")]
    [InlineData("Over the past four months, aid rose.", "the past four months", "P4M")]
    [InlineData("They agreed to a week-long truce.", "a week-long", "P1W")]
    [InlineData("He arrived hours after the vote.", "hours", "PTXH")]
    [InlineData("The war has lasted two years.", "two years", "P2Y")]
    [InlineData("The siege lasted twenty-four hours.", "twenty-four hours", "PT24H")]
    [InlineData("It was a five-year plan.", "five-year", "P5Y")]
    [InlineData("Talks may take several weeks.", "several weeks", "PXW")]
    public void Durations(string text, string expression, string value) => AssertValue(text, expression, TimexType.DURATION, value);

    [Theory]
    [InlineData("Aid trucks cross every day.", "every day", "P1D")]
    [InlineData("The paper appears weekly.", "weekly", "P1W")]
    [InlineData("The council meets every Monday.", "every Monday", "XXXX-WXX-1")]
    [InlineData("Fees rise twice a year.", "twice a year", "P1Y")] // TimeML keeps the multiplier (freq 2X)
    [InlineData("The market opens on Mondays.", "Mondays", "XXXX-WXX-1")]
    [InlineData("The show airs Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI")]
    public void Sets(string text, string expression, string value) => AssertValue(text, expression, TimexType.SET, value);

    [Theory]
    [InlineData("Prices have fallen recently.", "recently", "PAST_REF")]
    [InlineData("The region is now calmer.", "now", "PRESENT_REF")]
    [InlineData("Officials are currently reviewing it.", "currently", "PRESENT_REF")]
    [InlineData("It may change in the future.", "the future", "FUTURE_REF")]
    public void VagueReferences(string text, string expression, string value) => AssertValue(text, expression, TimexType.DATE, value);

    [Fact]
    public void WordsThatOnlyLookLikeTimeAreLeftAlone()
    {
        Assert.Empty(Timexes("Protesters may march on the capital. A second vote failed by 1,500 votes to 2,100."));
        Assert.Empty(Timexes("The fall of the regime surprised many. Spring water is scarce."));
        Assert.Empty(Timexes("Jan Kowalski said three-quarters of the staff agreed."));
    }

    [Fact]
    public void WithoutAnArticleDateValuesStayUnderspecified()
    {
        var text = "The treaty was signed on Oct. 7 and ratified yesterday.";
        var document = new Dateline.Documents.Document("test", text);
        var timexes = new TimexRecognizer().Process(document).Get<TimexLayer>().Timexes;
        Assert.Equal(["XXXX-10-07", "XXXX-XX-XX"], timexes.Select(x => x.Value));
    }

    [Fact]
    public void SpansPointAtTheRawTextAndCarryTheirRule()
    {
        const string text = "date 2024-01-03\n\nBlinken arrived on Tuesday.";
        var document = Dateline.Reading.ArticleReader.FromPlainText("t.txt", text, null);
        var timex = Assert.Single(new TimexRecognizer().Process(document).Get<TimexLayer>().Timexes);
        Assert.Equal("Tuesday", text[timex.Span.Start..timex.Span.End]);
        Assert.Equal("weekday", timex.Rule);
    }
}
