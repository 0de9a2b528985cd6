using Dateline.Cleaning;
using Dateline.Documents;

namespace Dateline.Text;

/// <summary>Tokens and sentences of one text.</summary>
public sealed record Segmentation(TokenLayer Tokens, SentenceLayer Sentences);

/// <summary>
/// The tokenizer and sentence splitter as a plain API, for the pipeline component, evaluation and inputs that
/// are not articles (TimeML). Offsets are into the text given. Thread-safe.
/// </summary>
public static class Segmenter
{
    /// <summary>Segments a whole text; blank lines separate paragraphs, which sentences never cross.</summary>
    public static Segmentation Segment(string text) => Segment(text, [new TextSpan(0, text.Length)], [], []);

    /// <summary>
    /// Segments the given paragraph spans (in order). At each forced break the token is split and a sentence
    /// starts; a token whose span equals a repair's span gets the repair's replacement as its norm.
    /// </summary>
    public static Segmentation Segment(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<int> forcedBreaks, IReadOnlyList<Repair> repairs)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lexicon = TextLexicon.Instance;
        var buffer = new TokenBuffer(text.Length / 5);
        var tokenizer = new Tokenizer(text, buffer, lexicon);
        var breaks = SortedBreaks(forcedBreaks);
        int nextBreak = 0;
        foreach (var paragraph in paragraphs)
        {
            while (nextBreak < breaks.Length && breaks[nextBreak] < paragraph.Start)
            {
                nextBreak++;
            }

            tokenizer.TokenizeParagraph(Math.Max(0, paragraph.Start), Math.Min(text.Length, paragraph.End), breaks, ref nextBreak);
        }

        var sentences = SentenceSplitter.Split(text, buffer, lexicon);
        var tokens = buffer.ToLayer(new string?[buffer.Count]);
        ApplyRepairs(tokens, repairs);
        return new Segmentation(tokens, sentences);
    }

    private static int[] SortedBreaks(IReadOnlyList<int> forcedBreaks)
    {
        var breaks = forcedBreaks.ToArray();
        Array.Sort(breaks);
        return breaks;
    }

    private static void ApplyRepairs(TokenLayer tokens, IReadOnlyList<Repair> repairs)
    {
        foreach (var repair in repairs)
        {
            int index = tokens.FirstEndingAfter(repair.Span.Start);
            if (index < tokens.Count && tokens.Starts[index] == repair.Span.Start && tokens.Ends[index] == repair.Span.End)
            {
                tokens.Norms[index] = repair.Replacement;
            }
        }
    }
}
