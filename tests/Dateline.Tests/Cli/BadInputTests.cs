using System.Text;

namespace Dateline.Tests.Cli;

/// <summary>Bad input never costs data: each bad input gets one line on stderr (or a valid empty record) and the batch goes on.</summary>
public class BadInputTests
{
    private const string GoodArticle = "date 2024-02-05 Ministers met in Cairo on Monday.\n\nThe talks resumed, officials said.";

    [Fact]
    public void EachBadInputGetsOneErrorLineAndTheRestOfTheBatchIsProcessed()
    {
        using var folder = new TempFolder();
        string good1 = folder.File("good1.txt", GoodArticle);
        string binary = folder.File("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, 0xFF]);
        string invalid = folder.File("latin1.txt", [0x63, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B]);
        string missing = System.IO.Path.Combine(folder.Path, "missing.txt");
        string directory = System.IO.Path.Combine(folder.Path, "sub");
        Directory.CreateDirectory(directory);
        string good2 = folder.File("good2.txt", GoodArticle.Replace("Cairo", "Doha", StringComparison.Ordinal));

        var result = CliRunner.Run("analyze", good1, binary, invalid, missing, directory, good2, "--format", "jsonl");

        Assert.Equal(1, result.ExitCode);
        var records = result.Records();
        Assert.Equal([good1, good2], records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(4, result.ErrorLines.Length);
        Assert.Contains(result.ErrorLines, line => line.Contains(binary, StringComparison.Ordinal) && line.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, line => line.Contains(invalid, StringComparison.Ordinal) && line.Contains("invalid UTF-8 at byte 3", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, line => line.Contains(missing, StringComparison.Ordinal) && line.Contains("no such file", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, line => line.Contains(directory, StringComparison.Ordinal) && line.Contains("directory", StringComparison.Ordinal));
    }

    [Fact]
    public void EmptyAndBlankFilesGiveValidEmptyRecords()
    {
        using var folder = new TempFolder();
        string empty = folder.File("empty.txt", "");
        string blank = folder.File("blank.txt", new string('\n', 100_000));

        var result = CliRunner.Run("analyze", empty, blank, "--format", "jsonl");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var records = result.Records();
        Assert.Equal(2, records.Count);
        Assert.All(records, record =>
        {
            Assert.Equal(0, record.GetProperty("sentences").GetArrayLength());
            Assert.Contains(record.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "EMPTY_INPUT");
        });
    }

    [Fact]
    public void Utf8ByteOrderMarkIsAcceptedAndOffsetsPointIntoTheDecodedText()
    {
        using var folder = new TempFolder();
        string path = folder.File("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(GoodArticle)]);

        var record = Assert.Single(CliRunner.Run("analyze", path).Records());

        Assert.Equal(GoodArticle, record.GetProperty("raw").GetString());
        Assert.Equal("2024-02-05", record.GetProperty("date").GetString());
    }

    [Fact]
    public void MalformedJsonLinesFailAloneAndOtherLinesGoOn()
    {
        using var folder = new TempFolder();
        string path = folder.File("batch.jsonl",
            "{\"id\":\"a\",\"date\":\"2024-01-02\",\"text\":\"Officials met on Monday.\"}\n{not json\n\n[1,2]\n{\"id\":\"b\",\"text\":\"Talks went on.\"}\n");

        var result = CliRunner.Run("analyze", path, "--date", "2024-03-01", "--format", "jsonl");

        Assert.Equal(1, result.ExitCode);
        var records = result.Records();
        Assert.Equal(["a", "b"], records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("2024-01-02", records[0].GetProperty("date").GetString());
        Assert.Equal("argument", records[1].GetProperty("dateSource").GetString());
        Assert.Equal(2, result.ErrorLines.Length);
        Assert.Contains(result.ErrorLines, line => line.Contains("batch.jsonl:2", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, line => line.Contains("batch.jsonl:4", StringComparison.Ordinal));
    }

    [Fact]
    public void StdinIsReadWithDash()
    {
        var result = CliRunner.RunWithStdin(GoodArticle, "analyze", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("-", Assert.Single(result.Records()).GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("analyze", "x.txt", "--format", "xml")]
    [InlineData("analyze", "x.txt", "--date", "yesterday")]
    [InlineData("no-such-command")]
    public void UsageErrorsExitWithTwo(params string[] args) => Assert.Equal(2, CliRunner.Run(args).ExitCode);

    [Theory]
    [InlineData("Grand", "University", 20_000)]
    [InlineData("giant Pirelli", "Pirelli said", 4_000)]
    [InlineData("New York-based", "Acme Inc", 8_000)]
    public async Task ARunOfTensOfThousandsOfNameWordsStaysLinear(string first, string second, int times)
    {
        // Passes that tried every span of such a run, or grouped every actor of one endless sentence with every
        // verb, were cubic or quadratic: 60,000 capitalised words took the machine's whole memory.
        using var folder = new TempFolder();
        var words = Enumerable.Repeat(first, times).Concat(Enumerable.Repeat(second, times));
        string path = folder.File("names.txt", "date 2024-01-03\n\n" + string.Join(' ', words) + "\n");
        var run = Task.Run(() => CliRunner.Run("analyze", path, "--format", "summary"));
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(finished == run, "analysis of the run of names took more than a minute");
        Assert.Equal(0, (await run).ExitCode);
    }

    [Fact]
    public void AGiganticArticleIsProcessed()
    {
        using var folder = new TempFolder();
        var text = new StringBuilder("date 2024-01-03 ", 50 * 1024 * 1024 + 1024);
        const string paragraph = "The minister said on Tuesday that talks with Egypt and Qatar would continue next week. “We remain committed,” she said.\n\n";
        while (text.Length < 50 * 1024 * 1024)
        {
            text.Append(paragraph);
        }

        string path = folder.File("huge.txt", text.ToString());

        string output = System.IO.Path.Combine(folder.Path, "huge.jsonl");
        var (exitCode, errors) = LargeOutputCliRunner.Run(output, "analyze", path, "--format", "jsonl");

        Assert.True(exitCode == 0, errors);
        var head = new char[4096];
        using var reader = new StreamReader(output);
        int read = reader.ReadBlock(head);
        Assert.StartsWith("{\"id\":", new string(head, 0, read), StringComparison.Ordinal);
        Assert.Contains("\"date\":\"2024-01-03\"", new string(head, 0, read), StringComparison.Ordinal);
        Assert.True(new FileInfo(output).Length > 50L * 1024 * 1024, "the record holds at least the raw text");
    }
}
