using System.Text;
using Dateline.Cli;

namespace Dateline.Tests.Cli;

/// <summary>Gigantic articles wait for memory, and one that cannot fit fails alone with a clear error.</summary>
public class MemoryGateTests
{
    [Fact]
    public void AnArticleBeyondTheMemoryFailsAloneAndTheBatchGoesOn()
    {
        using var folder = new TempFolder();
        string small = folder.File("small.txt", "date 2024-01-03\n\nEgypt criticized Israel on Monday.\n");
        string big = folder.File("big.txt", "date 2024-01-03\n\n" + string.Concat(Enumerable.Repeat("Egypt criticized Israel on Monday. ", 2000)));
        var memory = new MemoryGate(MemoryGate.PeakOf(10_000));

        using var output = new MemoryStream();
        using var errors = new StringWriter();
        int code = Program.Run(["analyze", big, small, "--format", "jsonl"], () => Stream.Null, output, errors, memory);

        Assert.Equal(1, code);
        var line = Assert.Single(errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("big.txt: too large to analyse in the memory available", line, StringComparison.Ordinal);
        var records = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("small.txt", Assert.Single(records), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticlesThatDoNotFitTogetherRunOneAfterTheOther()
    {
        var memory = new MemoryGate(100);
        var first = memory.Enter(60);
        var entered = new ManualResetEventSlim();
        var second = Task.Run(() =>
        {
            using var admission = memory.Enter(60);
            entered.Set();
        });

        Assert.False(entered.Wait(200), "the second article waits while the first holds the memory");
        first.Dispose();
        Assert.True(entered.Wait(5000), "the second article runs once the first is done");
        await second;
    }

    [Fact]
    public void AnArticleAloneAlwaysEnters()
    {
        var memory = new MemoryGate(100);
        using var admission = memory.Enter(500);
        Assert.Null(memory.Refusal(1));
        Assert.NotNull(memory.Refusal(100));
    }
}
