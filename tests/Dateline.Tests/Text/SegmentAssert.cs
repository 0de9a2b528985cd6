using Dateline.Text;

namespace Dateline.Tests.Text;

/// <summary>Reads segmentations back as strings so tests state expectations the way a reader sees them.</summary>
internal static class SegmentAssert
{
    /// <summary>The tokens joined by '|' ("do|n't").</summary>
    public static string Tokens(string text) => Tokens(text, Segmenter.Segment(text));

    public static string Tokens(string text, Segmentation segmentation)
    {
        var tokens = segmentation.Tokens;
        return string.Join("|", Enumerable.Range(0, tokens.Count).Select(i => text[tokens.Starts[i]..tokens.Ends[i]]));
    }

    /// <summary>The sentences' text, one string each.</summary>
    public static string[] Sentences(string text) => Sentences(text, Segmenter.Segment(text));

    public static string[] Sentences(string text, Segmentation segmentation) =>
        [.. segmentation.Sentences.Spans.Select(s => text[s.Start..s.End])];
}
