using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

public sealed class TrailingDatesTests
{
    private static string[] Tagged(string text, params string[] labels) =>
        SentenceRule.Apply(text, labels, (words, result) => TrailingDates.Tag(words, result));

    [Fact]
    public void AWeekdayBeforeALowerCaseWordLeavesTheName() =>
        Assert.Equal(
            ["O", "B-PER", "L-PER", "O", "O"],
            Tagged("meet Jose Insulza Monday for", "O", "B-PER", "I-PER", "L-PER", "O"));

    [Fact]
    public void AClubNamedForADayKeepsIt() =>
        Assert.Equal(
            ["B-ORG", "L-ORG", "O"],
            Tagged("Sheffield Wednesday 3", "B-ORG", "L-ORG", "O"));
}
