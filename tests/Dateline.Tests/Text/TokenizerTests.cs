using Dateline.Text;
using static Dateline.Tests.Text.SegmentAssert;

namespace Dateline.Tests.Text;

public class TokenizerTests
{
    [Theory]
    [InlineData("U.S. officials met Gen. Milley.", "U.S.|officials|met|Gen.|Milley|.")]
    [InlineData("On Oct. 7 at No. 10 Downing St. in London", "On|Oct.|7|at|No.|10|Downing|St.|in|London")]
    [InlineData("Mr. Smith of Acme Inc. and Sen. Jones", "Mr.|Smith|of|Acme|Inc.|and|Sen.|Jones")]
    [InlineData("Jan. 6 and Sept. 11", "Jan.|6|and|Sept.|11")]
    [InlineData("He said no.", "He|said|no|.")]
    [InlineData("ORAL ARGUMENT OF GEN. PRELOGAR", "ORAL|ARGUMENT|OF|GEN.|PRELOGAR")]
    public void KeepsTheAbbreviationPeriod(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Fact]
    public void KeepsInitialsWithTheirPeriods() =>
        Assert.Equal("J.|R.|R.|Tolkien|wrote|it|.", Tokens("J. R. R. Tolkien wrote it."));

    [Theory]
    [InlineData("$1.5 billion", "$|1.5|billion")]
    [InlineData("3,000 people, 50% of them", "3,000|people|,|50|%|of|them")]
    [InlineData("at 10:30 on 9/11", "at|10:30|on|9/11")]
    [InlineData("a .45 caliber gun", "a|.45|caliber|gun")]
    [InlineData("call 713-853-3989 or 3-5213", "call|713-853-3989|or|3-5213")]
    [InlineData("from 1990-1991 and 3-5", "from|1990|-|1991|and|3|-|5")]
    public void KeepsNumbersAndSplitsCurrencyAndPercent(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("See https://example.com/a-b?c=1.", "See|https://example.com/a-b?c=1|.")]
    [InlineData("(www.state.gov)", "(|www.state.gov|)")]
    [InlineData("Write to press@state.gov.", "Write|to|press@state.gov|.")]
    [InlineData("Mail Jane.Doe@state.gov now", "Mail|Jane.Doe@state.gov|now")]
    [InlineData("@SecBlinken posted #Gaza news", "@SecBlinken|posted|#Gaza|news")]
    [InlineData("John Griffith@ENRON wrote", "John|Griffith@ENRON|wrote")]
    public void KeepsWebAddressesHandlesAndHashtagsWhole(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("“We will win,” he said.", "“|We|will|win|,|”|he|said|.")]
    [InlineData("\"We will win,\" he said.", "\"|We|will|win|,|\"|he|said|.")]
    [InlineData("the ‘red line’ policy", "the|‘|red|line|’|policy")]
    [InlineData("``Yes,'' she said", "``|Yes|,|''|she|said")]
    public void SplitsQuotes(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("Gaza — and Israel – both", "Gaza|—|and|Israel|–|both")]
    [InlineData("Gaza--and Israel", "Gaza|--|and|Israel")]
    [InlineData("Wait... what… now", "Wait|...|what|…|now")]
    [InlineData("Really?!", "Really|?!")]
    public void KeepsDashesAndEllipsesWhole(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("They don't know", "They|do|n't|know")]
    [InlineData("It can't be", "It|ca|n't|be")]
    [InlineData("Blinken's visit", "Blinken|'s|visit")]
    [InlineData("Blinken’s visit", "Blinken|’s|visit")]
    [InlineData("We're sure I'm right, they'll see, we've won, he'd go", "We|'re|sure|I|'m|right|,|they|'ll|see|,|we|'ve|won|,|he|'d|go")]
    [InlineData("the ministers' meeting", "the|ministers|'|meeting")]
    [InlineData("O'Brien at 5 o'clock", "O'Brien|at|5|o'clock")]
    [InlineData("in the ’70s, tell ’em", "in|the|’70s|,|tell|’em")]
    [InlineData("This cannot be. I'm gonna go", "This|can|not|be|.|I|'m|gon|na|go")]
    [InlineData("Hamas’ response", "Hamas|’|response")]
    public void SplitsContractionsAndPossessivesTheUdWay(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Fact]
    public void MarksSplitCliticsAsPartsOfTheWordBefore()
    {
        var tokens = Segmenter.Segment("They don't go; Hamas’ aid cannot").Tokens;
        Assert.Equal(TokenTraits.None, tokens.Flags[1] & TokenTraits.WordPart);
        Assert.Equal(TokenTraits.WordPart, tokens.Flags[2] & TokenTraits.WordPart);
        Assert.NotEqual(TokenTraits.None, tokens.Flags[3] & TokenTraits.SpaceBefore);
        Assert.Equal(TokenTraits.WordPart, tokens.Flags[6] & TokenTraits.WordPart);
        Assert.Equal(TokenTraits.WordPart, tokens.Flags[9] & TokenTraits.WordPart);
    }

    [Theory]
    [InlineData("a non-avian, re-elected co-founder", "a|non-avian|,|re-elected|co-founder")]
    [InlineData("adult-learned and well-known", "adult|-|learned|and|well|-|known")]
    [InlineData("Hamas-run Gaza", "Hamas|-|run|Gaza")]
    [InlineData("pro- and anti-war", "pro-|and|anti-war")]
    public void SplitsHyphensAsUdEnglishDoes(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("(AP)", "(|AP|)")]
    [InlineData("end.The", "end|.|The")]
    [InlineData("PG&E and AT&T", "PG&E|and|AT&T")]
    [InlineData("great :-) really", "great|:-)|really")]
    [InlineData("$$$ and *** and ====", "$$$|and|***|and|====")]
    public void HandlesPunctuationAndSymbols(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Fact]
    public void OffsetsPointIntoTheGivenText()
    {
        const string text = "  Blinken's   trip.";
        var tokens = Segmenter.Segment(text).Tokens;
        Assert.Equal([2, 9, 14, 18], tokens.Starts);
        Assert.Equal([9, 11, 18, 19], tokens.Ends);
    }
}
