using Dateline.Documents;
using Dateline.Text;

namespace Dateline.Time;

/// <summary>Dates a span (a quote, an event) by the time expression that governs it, else the article date.</summary>
public static class TimeAnchor
{
    private const int FallbackSentenceReach = 400;

    /// <summary>
    /// The value of the nearest resolved DATE/TIME expression in the same sentence as <paramref name="span"/>
    /// (a TIME is cut to its day), else the article date as yyyy-MM-dd, else null.
    /// </summary>
    public static string? DateFor(Document document, TextSpan span)
    {
        var sentence = SentenceOf(document, span);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var timex in document.Find<TimexLayer>()?.Timexes ?? [])
        {
            if (timex.Type is not (TimexType.DATE or TimexType.TIME) || timex.Value.Length < 4 || !char.IsAsciiDigit(timex.Value[0])
                || !sentence.Covers(timex.Span))
            {
                continue;
            }

            int distance = timex.Span.End <= span.Start ? span.Start - timex.Span.End : Math.Max(0, timex.Span.Start - span.End);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (timex.Value, distance);
            }
        }

        if (best is not null)
        {
            int cut = best.IndexOf('T', StringComparison.Ordinal);
            return cut > 0 ? best[..cut] : best;
        }

        return document.Info.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static TextSpan SentenceOf(Document document, TextSpan span)
    {
        if (document.Find<SentenceLayer>() is { Count: > 0 } sentences)
        {
            var first = sentences.Spans.FirstOrDefault(s => s.Contains(span.Start) || s.Overlaps(span));
            if (first.End > first.Start)
            {
                var last = sentences.Spans.LastOrDefault(s => s.Overlaps(span) || s.Contains(Math.Max(span.Start, span.End - 1)));
                return new TextSpan(first.Start, Math.Max(first.End, last.End));
            }
        }

        string raw = document.Raw;
        int start = span.Start, end = span.End;
        while (start > 0 && span.Start - start < FallbackSentenceReach && !IsBoundary(raw, start - 1))
        {
            start--;
        }

        while (end < raw.Length && end - span.End < FallbackSentenceReach && !IsBoundary(raw, end))
        {
            end++;
        }

        return new TextSpan(start, end);
    }

    private static bool IsBoundary(string raw, int i) =>
        raw[i] == '\n' || (raw[i] is '.' or '!' or '?' && (i + 1 >= raw.Length || char.IsWhiteSpace(raw[i + 1])) && !(i > 0 && char.IsUpper(raw[i - 1]) && (i < 2 || !char.IsLetter(raw[i - 2]))));
}
