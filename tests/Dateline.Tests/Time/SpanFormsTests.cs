using Dateline.Time;
using static Dateline.Tests.Time.TimeTestSupport;

namespace Dateline.Tests.Time;

/// <summary>
/// Durations and words of another sense found with <c>eval timex-gum-entities</c> (GUM time mentions the layer missed
/// or timexes touching none); the article date is 3 January 2024.
/// </summary>
public sealed class SpanFormsTests
{
    [Theory]
    [InlineData("She stayed there for three long years.", "three long years", "P3Y")]
    [InlineData("The lipstick keeps one full year.", "one full year", "P1Y")]
    [InlineData("It took a whole year to finish.", "a whole year", "P1Y")]
    [InlineData("The talks will go on for another week.", "another week", "P1W")]
    [InlineData("He worked there for a number of years.", "a number of years", "PXY")]
    [InlineData("This goal will take decades to achieve.", "decades", "PXE")]
    [InlineData("A storm that lasts hours can flood it.", "hours", "PTXH")]
    [InlineData("Over the years the town grew.", "the years", "PXY")]
    [InlineData("The rite survived throughout the centuries.", "the centuries", "PXC")]
    public void Durations(string text, string expression, string value) => AssertValue(text, expression, TimexType.DURATION, value);

    [Theory]
    [InlineData("I saw him a while ago in Paris.", "a while ago")]
    [InlineData("That was some time ago, he said.", "some time ago")]
    public void VagueAgo(string text, string expression) => AssertValue(text, expression, TimexType.DATE, "PAST_REF");

    [Theory]
    [InlineData("Air strikes will go on well into the future.", "the future")]
    [InlineData("Albanians are worried about the future.", "the future")]
    public void TheFutureAfterAPreposition(string text, string expression) => AssertValue(text, expression, TimexType.DATE, "FUTURE_REF");

    [Theory]
    [InlineData("Over the years of war the town shrank.", "years")]
    [InlineData("Since the fall of communism the city has shrunk.", "fall")]
    [InlineData("He has two half-brothers and a sister.", "half")]
    [InlineData("She found some half-dozen kids there.", "half")]
    [InlineData("He was a second-team pick in 2004.", "second")]
    [InlineData("In pre-1990 days the rent was low.", "days")]
    [InlineData("Disclosures under Rule 2016 are mandatory.", "2016")]
    [InlineData("At an elevation of 1100 ft the town is cool.", "1100")]
    [InlineData("Trust is very important to the future of our peoples.", "future")]
    public void NoTimeAt(string text, string word)
    {
        var timexes = Timexes(text);
        int at = text.IndexOf(word, StringComparison.Ordinal);
        Assert.DoesNotContain(timexes, x => x.Span.Start <= at && at < x.Span.End);
    }
}
