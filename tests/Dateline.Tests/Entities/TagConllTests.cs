using Dateline.Tests.Cli;

namespace Dateline.Tests.Entities;

public sealed class TagConllTests
{
    [Fact]
    public void AppendsOneIob2ColumnAndPassesDocstartThrough()
    {
        const string input = "-DOCSTART- -X- O O\n\nPeter NNP\nSmith NNP\nvisited VBD\nParis NNP\n. .\n\nSmith NNP\nleft VBD\n. .\n\n";

        var result = CliRunner.RunWithStdin(input, "tag", "--in", "conll");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        Assert.Equal("-DOCSTART- -X- O O", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.Equal(["Peter NNP B-PER", "Smith NNP I-PER", "visited VBD O", "Paris NNP B-LOC", ". . O", ""], lines[2..8]);
        Assert.Equal("Smith NNP B-PER", lines[8]);
    }
}
