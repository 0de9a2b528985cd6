using System.Text;
using Dateline.Cli;

namespace Dateline.Tests.Cli;

public class TagCommandTests
{
    [Fact]
    public void Conllu_keeps_lines_and_fills_lemma_and_upos()
    {
        const string input = """
            # sent_id = 1
            # text = Talks didn't resume.
            1	Talks	_	_	_	_	_	_	_	_
            2-3	didn't	_	_	_	_	_	_	_	_
            2	did	_	_	_	_	_	_	_	_
            3	n't	_	_	_	_	_	_	_	_
            4	resume	_	_	_	_	_	_	_	_
            5	.	_	_	_	_	_	_	_	SpaceAfter=No

            """;
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        int exit = Program.Run(["tag", "--in", "conllu"], () => new MemoryStream(Encoding.UTF8.GetBytes(input.Replace("\r", ""))), stdout, stderr);

        Assert.Equal(0, exit);
        var lines = Encoding.UTF8.GetString(stdout.ToArray()).Split('\n');
        Assert.Equal("# sent_id = 1", lines[0]);
        Assert.Equal("2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_", lines[3]);
        Assert.Equal("1\tTalks\ttalk\tNOUN", string.Join('\t', lines[2].Split('\t')[..4]));
        Assert.Equal("3\tn't\tnot\tPART", string.Join('\t', lines[5].Split('\t')[..4]));
        Assert.Equal("5\t.\t.\tPUNCT\t_\t_\t_\t_\t_\tSpaceAfter=No", lines[7]);
        Assert.Equal("", lines[8]);
    }
}
