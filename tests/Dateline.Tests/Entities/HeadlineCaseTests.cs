using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

public sealed class HeadlineCaseTests
{
    private static string[] Words(string text) => text.Split(' ');

    [Fact]
    public void HeadlineWordsTheArticleWritesInLowerCaseAreLowered()
    {
        IReadOnlyList<IReadOnlyList<string>> sentences =
        [
            Words("Wealthy Voters Abandon Republican Party"),
            Words("Many wealthy voters say the Republican Party lost them ."),
        ];

        var normalized = HeadlineCase.Normalize(sentences);

        Assert.Equal("Wealthy voters Abandon Republican Party", string.Join(' ', normalized[0]));
        Assert.Same(sentences[1], normalized[1]);
    }

    [Fact]
    public void FunctionWordsAreLoweredEvenWhenTheArticleCapitalisesThem()
    {
        IReadOnlyList<IReadOnlyList<string>> sentences =
        [
            Words("Absurd Double Standard Clinton And Trump Face"),
            Words("He read The Times ."),
        ];

        Assert.Equal("Absurd Double Standard Clinton and Trump Face", string.Join(' ', HeadlineCase.Normalize(sentences)[0]));
    }

    [Fact]
    public void RunningTextIsNotAHeadline()
    {
        IReadOnlyList<IReadOnlyList<string>> sentences = [Words("Hillary Clinton met voters in Ohio on Monday .")];

        Assert.Same(sentences, HeadlineCase.Normalize(sentences));
    }
}
