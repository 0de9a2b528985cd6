using Dateline.Text;
using static Dateline.Tests.Text.SegmentAssert;

namespace Dateline.Tests.Text;

public class SentenceSplitterTests
{
    [Fact]
    public void SplitsAtTerminalPunctuation() =>
        Assert.Equal(["Blinken arrived.", "Did he speak?", "Yes!"], Sentences("Blinken arrived. Did he speak? Yes!"));

    [Fact]
    public void DoesNotSplitAfterTitlesInitialsOrNumberAbbreviations() =>
        Assert.Equal(
            ["Gen. Milley met Mr. J. R. Smith at No. 10 on Oct. 7 in the U.S. capital."],
            Sentences("Gen. Milley met Mr. J. R. Smith at No. 10 on Oct. 7 in the U.S. capital."));

    [Fact]
    public void SplitsAfterAnAbbreviationWhenASentenceOpenerFollows() =>
        Assert.Equal(["He moved to the U.S.", "The family followed."], Sentences("He moved to the U.S. The family followed."));

    [Fact]
    public void KeepsTheClosingQuoteAfterThePeriodInTheSentence() =>
        Assert.Equal(
            ["He said, “We are ready.”", "Then he left."],
            Sentences("He said, “We are ready.” Then he left."));

    [Fact]
    public void KeepsAStraightClosingQuoteAndBracketInTheSentence() =>
        Assert.Equal(
            ["\"We are ready.\"", "(He left.)", "Later he returned."],
            Sentences("\"We are ready.\" (He left.) Later he returned."));

    [Fact]
    public void KeepsACitationMarkWithTheSentenceBefore() =>
        Assert.Equal(["It was built in 1805. [6]", "It fell."], Sentences("It was built in 1805. [6] It fell."));

    [Fact]
    public void NeverCrossesABlankLine() =>
        Assert.Equal(["Gaza ceasefire talks", "Talks resumed on Monday", "in Cairo."], Sentences("Gaza ceasefire talks\n\nTalks resumed on Monday\r\n \r\nin Cairo."));

    [Fact]
    public void ContinuesAcrossASingleLineBreak() =>
        Assert.Equal(["Talks resumed on Monday\nin Cairo."], Sentences("Talks resumed on Monday\nin Cairo."));

    [Fact]
    public void DoesNotSplitBeforeLowerCaseAfterAShortWord() =>
        Assert.Equal(["They met approx. three times."], Sentences("They met approx. three times."));

    [Fact]
    public void SplitsBeforeLowerCaseAfterAQuestion() =>
        Assert.Equal(["where did you grow up?", "india?"], Sentences("where did you grow up? india?"));

    [Fact]
    public void SplitsAfterEllipsisBeforeACapital() =>
        Assert.Equal(["He waited...", "Nothing came.", "It was … odd."], Sentences("He waited... Nothing came. It was … odd."));

    [Fact]
    public void RecordsTheRuleThatEndedEachSentence()
    {
        var sentences = Segmenter.Segment("He moved to the U.S. The family followed. why?\n\nNew paragraph").Sentences;
        Assert.Equal(
            [SentenceRules.AbbreviationBeforeOpener, SentenceRules.TerminalBeforeLowerCase, SentenceRules.ParagraphEnd, SentenceRules.TextEnd],
            sentences.Rules);
    }

    [Fact]
    public void EmptyAndBlankTextsHaveNoSentences()
    {
        Assert.Empty(Sentences(""));
        Assert.Empty(Sentences(" \n\n\t "));
    }
}
