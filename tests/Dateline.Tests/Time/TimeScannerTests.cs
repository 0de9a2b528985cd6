using Dateline.Time;

namespace Dateline.Tests.Time;

public sealed class TimeScannerTests
{
    [Theory]
    [InlineData("It was a \u201Cproxy for criminality.\u201D In October, the court ruled.")]
    [InlineData("He said \"we lost.\" In October, the court ruled.")]
    [InlineData("The vote (held in May.) In October, the court ruled.")]
    public void ASentenceEndingInsideAClosingMarkBreaksBeforeTheNextWord(string text)
    {
        var tokens = TimeScanner.Scan(text, 0, text.Length, TimeLexicon.Instance, out int count);
        try
        {
            int start = text.IndexOf("In October", StringComparison.Ordinal);
            Assert.True(tokens.AsSpan(0, count).ToArray().Single(t => t.Start == start).BreakBefore);
        }
        finally
        {
            TimeScanner.Return(tokens);
        }
    }
}
