using Dateline.Time;
using static Dateline.Tests.Time.TimeTestSupport;

namespace Dateline.Tests.Time;

/// <summary>Less common ways of writing a date or a count (found with <c>eval timex-gum</c>); the article date is 3 January 2024.</summary>
public sealed class WrittenFormsTests
{
    [Theory]
    [InlineData("The decree was signed on 8-May-2006 in Kabul.", "8-May-2006", "2006-05-08")]
    [InlineData("Elections are due on the fifth of March, officials say.", "fifth of March", "2024-03-05")]
    [InlineData("Shelling damaged a 19th-century mosque.", "19th-century", "18")]
    [InlineData("Unemployment was last this high in the 1930’s.", "the 1930’s", "193")]
    [InlineData("Disco peaked in the '70's.", "the '70's", "197")]
    [InlineData("Exports in the October-December period rose.", "October", "2023-10")]
    [InlineData("In fiscal year 1998, sales rose.", "fiscal year 1998", "1998")]
    [InlineData("The plan for 1996-2000 was revised.", "1996", "1996")]
    [InlineData("The plan for 1996-2000 was revised.", "2000", "2000")]
    [InlineData("Output fell in 1990–1995, the report said.", "1995", "1995")]
    [InlineData("Farming began here about 5,000 years ago.", "5,000 years ago", "PAST_REF")]
    [InlineData("The city fell in 508 BC to the reformers.", "508 BC", "BC0508")]
    [InlineData("Caesar was killed in 44 B.C. by senators.", "44 B.C.", "BC0044")]
    [InlineData("Farming reached the valley by 5000 BCE at the latest.", "5000 BCE", "BC5000")]
    [InlineData("The games ended in 394 AD by decree.", "394 AD", "0394")]
    [InlineData("From January to March 2016 it rained.", "January", "2016-01")]
    [InlineData("He lived there from November to March 1999.", "November", "1998-11")]
    [InlineData("The strike ran in June in 1981 and ended.", "June", "1981-06")]
    [InlineData("The mosque dates from AD842 and was rebuilt.", "AD842", "0842")]
    [InlineData("Jerome (c. 347 – 30 September 420) was a priest.", "30 September 420", "0420-09-30")]
    [InlineData("He died in December of 384 in Rome.", "December of 384", "0384-12")]
    [InlineData("They met in the winter of 373.", "the winter of 373", "0373-WI")]
    [InlineData("The mill was built in the late 1800s.", "the late 1800s", "18")]
    [InlineData("Ballet began in the early 1600's at court.", "the early 1600's", "16")]
    [InlineData("Growth was slow in the 2000s.", "the 2000s", "200")]
    public void Dates(string text, string expression, string value) => AssertValue(text, expression, TimexType.DATE, value);

    [Theory]
    [InlineData("In March 150 people came.", "March")]
    [InlineData("On May 5, 300 were killed.", "May 5")]
    [InlineData("Shares rose in June 150.5 points.", "June")]
    public void AThreeDigitCountAfterAMonthIsNoYear(string text, string expression) =>
        Assert.Equal([expression], Timexes(text).Select(x => text[x.Span.Start..x.Span.End]));

    [Theory]
    [InlineData("He could serve at least 20 more years in prison.", "at least 20 more years", "P20Y")]
    [InlineData("The court granted the mission an additional year.", "an additional year", "P1Y")]
    [InlineData("Negotiators asked for a few extra days.", "a few extra days", "PXD")]
    [InlineData("The conflict has lasted almost two decades.", "almost two decades", "P20Y")]
    [InlineData("The month-long strike ended.", "month-long", "P1M")]
    [InlineData("The dispute has run for two and a half decades.", "two and a half decades", "P25Y")]
    [InlineData("He faces between two and three years in prison.", "two and three years", "P2Y")]
    public void ExtraTimeStaysInTheDuration(string text, string expression, string value) => AssertValue(text, expression, TimexType.DURATION, value);

    [Fact]
    public void AFourDigitCountOfYearsIsNoYear() => AssertValue("The town was founded 2000 years ago.", "2000 years ago", TimexType.DATE, "PAST_REF");

    [Fact]
    public void AGroupedNumberCountsAsAWhole() => AssertValue("The crew logged 2,000 hours in orbit.", "2,000 hours", TimexType.DURATION, "PT2000H");

    [Fact]
    public void TheTailOfAGroupedNumberIsNoCount()
    {
        const string text = "The town was founded 10,000 years ago, by one count.";
        Assert.DoesNotContain(Timexes(text), x => text[x.Span.Start..x.Span.End] == "000 years ago");
    }

    [Theory]
    [InlineData("About 1500 soldiers and 2000 police were deployed.")]
    [InlineData("Some 1800 troops crossed the border.")]
    [InlineData("More than 1200 died in the floods.")]
    [InlineData("The council backed Resolution 1244 in full.")]
    [InlineData("Protesters gathered at 1600 Pennsylvania Avenue.")]
    [InlineData("Crowds filled the Summer Palace during the Spring Festival.")]
    [InlineData("Veterans of the Long March were honoured.")]
    [InlineData("The claim appeared in the Sunday Times.")]
    public void FourDigitCountsAreNoYears(string text) => Assert.Empty(Timexes(text));

    [Theory]
    [InlineData("Around 1990, the firm grew.", "Around 1990", "1990")]
    [InlineData("The church was built around 1500 by monks.", "around 1500", "1500")]
    [InlineData("The 1998 budget passed.", "1998", "1998")]
    [InlineData("Costs are given in 1990 dollars.", "1990", "1990")]
    [InlineData("Few mention the 1989 Tiananmen Square crackdown.", "1989", "1989")]
    public void YearsNearCountsStayYears(string text, string expression, string value) => AssertValue(text, expression, TimexType.DATE, value);

    [Fact]
    public void AFullMonthNameEndsItsSentence()
    {
        const string text = "They marched on the Long March. Since March the army has waited.";
        Assert.Equal(text.LastIndexOf("March", StringComparison.Ordinal), Assert.Single(Timexes(text)).Span.Start);
    }

    [Fact]
    public void NumbersThatRunBackwardsAreNoYearRange() => Assert.Empty(Timexes("Part number 2050-1998 was recalled."));
}
