using Dateline.Cleaning;
using Dateline.Documents;
using Dateline.Events;
using Dateline.Tagging;
using Dateline.Text;

namespace Dateline.Tests.Events;

/// <summary>Builds documents by hand: one sentence per line, words split by <see cref="ClauseText.Scan"/>.</summary>
internal static class EventDocuments
{
    public static Document Build(string text, params Caption[] captions)
    {
        var document = new Document("test", text, new ArticleInfo { Date = new DateOnly(2024, 1, 3) }, new TextSpan(0, text.Length));
        var starts = new List<int>();
        var ends = new List<int>();
        var first = new List<int>();
        var last = new List<int>();
        var spans = new List<TextSpan>();
        int lineStart = 0;
        foreach (var line in text.Split('\n'))
        {
            var words = ClauseText.Scan(text, new TextSpan(lineStart, lineStart + line.Length));
            if (words.Count > 0)
            {
                first.Add(starts.Count);
                starts.AddRange(words.Spans.Select(s => s.Start));
                ends.AddRange(words.Spans.Select(s => s.End));
                last.Add(starts.Count);
                spans.Add(new TextSpan(words.Spans[0].Start, words.Spans[^1].End));
            }

            lineStart += line.Length + 1;
        }

        var tokens = new TokenLayer([.. starts], [.. ends], new string?[starts.Count], new TokenTraits[starts.Count]);
        return document
            .With(tokens)
            .With(new SentenceLayer([.. first], [.. last], [.. spans]))
            .With(new CleaningLayer([], captions, [], [], [], text));
    }

    public static Caption CaptionOf(string text, string caption)
    {
        int start = text.IndexOf(caption, StringComparison.Ordinal);
        var span = new TextSpan(start, start + caption.Length);
        return new Caption(span, span, caption, null, null, "test");
    }

    /// <summary>Codes a text cleaned, tokenized and tagged by the real components, so the coder sees UPOS tags.</summary>
    public static IReadOnlyList<CodedEvent> CodeTagged(string text)
    {
        var document = new Document("test", text, new ArticleInfo { Date = new DateOnly(2024, 1, 3) }, new TextSpan(0, text.Length));
        document = new PosTagger().Process(new TokenizerComponent().Process(new Cleaner().Process(document)));
        return new EventCoder().Process(document).Get<EventLayer>().Events;
    }

    public static IReadOnlyList<CodedEvent> Code(string text, params string[] captions)
    {
        var document = Build(text, captions.Select(c => CaptionOf(text, c)).ToArray());
        return new EventCoder().Process(document).Get<EventLayer>().Events;
    }
}
