using System.Text.Json;
using Dateline.Tests.Cli;

namespace Dateline.Tests.EndToEnd;

/// <summary>Runs <c>dateline analyze</c> in-process and parses the JSON it writes.</summary>
internal static class CliRecords
{
    public static JsonElement[] Analyze(params string[] files)
    {
        var result = CliRunner.Run(["analyze", "--format", "jsonl", .. files]);
        Assert.True(result.ExitCode == 0, $"dateline analyze exited {result.ExitCode}: {result.Stderr}");
        return [.. result.Records()];
    }

    public static string SamplePath(string name) => Path.Combine(SharedCorpora.RepositoryRoot, "samples", name);

    public static string[] Strings(JsonElement record, string array, string field) =>
        [.. record.GetProperty(array).EnumerateArray().Select(item => item.GetProperty(field).GetString()!)];

    public static string[] Repairs(JsonElement record) =>
        [.. record.GetProperty("repairs").EnumerateArray().Select(r => $"{r.GetProperty("kind").GetString()}: {r.GetProperty("original").GetString()} -> {r.GetProperty("replacement").GetString()}")];

    /// <summary>Every caption, attribution and repair points at its own characters in <c>raw</c>, and none of it stays in <c>text</c>.</summary>
    public static void AssertOffsetsAndCleanText(JsonElement record)
    {
        string raw = record.GetProperty("raw").GetString()!;
        string text = record.GetProperty("text").GetString()!;
        foreach (var caption in record.GetProperty("captions").EnumerateArray())
        {
            string slice = Slice(raw, caption);
            string captionText = caption.GetProperty("text").GetString()!;
            string credit = caption.GetProperty("credit").GetString()!;
            Assert.StartsWith(captionText, slice, StringComparison.Ordinal);
            Assert.EndsWith(credit + ")", slice, StringComparison.Ordinal);
            Assert.DoesNotContain(captionText, text, StringComparison.Ordinal);
            Assert.DoesNotContain(credit, text, StringComparison.Ordinal);
        }

        foreach (var attribution in record.GetProperty("attributions").EnumerateArray())
        {
            Assert.Equal(attribution.GetProperty("text").GetString(), Slice(raw, attribution));
            Assert.DoesNotContain(attribution.GetProperty("text").GetString()!, text, StringComparison.Ordinal);
        }

        foreach (var repair in record.GetProperty("repairs").EnumerateArray())
        {
            Assert.Equal(repair.GetProperty("original").GetString(), Slice(raw, repair));
        }
    }

    private static string Slice(string raw, JsonElement item)
    {
        int start = item.GetProperty("start").GetInt32();
        return raw[start..item.GetProperty("end").GetInt32()];
    }
}
