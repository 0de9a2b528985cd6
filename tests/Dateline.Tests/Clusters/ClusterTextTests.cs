using Dateline.Tests.Cli;
using Dateline.Training.Clusters;

namespace Dateline.Tests.Clusters;

public class ClusterTextTests
{
    [Fact]
    public void ExtraSentences_ReadEveryFolderInOrderAndSkipRepeatedMailParagraphs()
    {
        using var package = new TempFolder();
        foreach (var (folder, _) in ClusterText.ExtraFolders)
        {
            Directory.CreateDirectory(Path.Combine(package.Path, folder));
        }

        package.File("sotu/data/1790_george_washington_n.txt", "Fellow-Citizens of the Senate: I embrace with great satisfaction the opportunity.");
        package.File("moby-dick/data/chapter_1.txt", "Call me Ishmael.");
        const string footer = "Sponsored by 2002 Example Hosting.";
        package.File("spam-assassin/data/easy-ham-1/00002.b.txt", $"Subject: b\n\nSecond mail.\n\n{footer}\n");
        package.File("spam-assassin/data/easy-ham-1/00001.a.txt", $"Subject: a\n\nFirst mail.\n\n{footer}\n");

        var sentences = ClusterText.ExtraSentences(package.Path).Select(s => string.Join(' ', s)).ToList();

        Assert.Equal(
            [
                "fellow - citizens of the senate : i embrace with great satisfaction the opportunity .",
                "call me ishmael .",
                "first mail .",
                "sponsored by 0000 example hosting .",
                "second mail .",
            ],
            sentences);
    }
}
