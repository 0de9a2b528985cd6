using Dateline.Documents;

namespace Dateline.Time;

/// <summary>Dates a span (an event) by the time expression that governs it.</summary>
public static class TimeAnchor
{
    /// <summary>
    /// The value of the resolved DATE or TIME expression inside <paramref name="sentence"/> nearest to
    /// <paramref name="span"/>, at least to the month (<c>2023-12</c>; a TIME is cut to its day); null when the
    /// sentence has none. A date after a bounding preposition ("since Oct. 7", "after Tuesday's vote": <c>BOUNDARY</c> in
    /// <c>data/time/lexicon.txt</c>) is passed over. <paramref name="timexesByStart"/> must be ordered by start.
    /// </summary>
    public static string? GoverningDate(string text, IReadOnlyList<Timex> timexesByStart, TextSpan sentence, TextSpan span)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        for (int i = FirstStartingAtOrAfter(timexesByStart, sentence.Start); i < timexesByStart.Count && timexesByStart[i].Span.Start < sentence.End; i++)
        {
            var timex = timexesByStart[i];
            if (sentence.Covers(timex.Span) && CalendarDay(timex) is { } value && !AfterBoundary(text, timex.Span.Start))
            {
                int distance = timex.Span.Start >= span.End ? timex.Span.Start - span.End : Math.Max(0, span.Start - timex.Span.End);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (value, distance);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// A DATE or TIME resolved at least to the month, as a date value: "Wednesday night" (<c>2024-01-03TNI</c>) dates
    /// what happened then by its day. Null for durations, sets, unresolved and year-only values.
    /// </summary>
    public static string? CalendarDay(Timex timex)
    {
        string value = timex.Value;
        if (timex.Type is not (TimexType.DATE or TimexType.TIME) || value.Length < 7 || !char.IsAsciiDigit(value[0]) || value[4] != '-')
        {
            return null;
        }

        int cut = value.IndexOf('T', StringComparison.Ordinal);
        return cut > 0 ? value[..cut] : value;
    }

    private static bool AfterBoundary(string text, int start)
    {
        int end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        int begin = end;
        while (begin > 0 && char.IsAsciiLetter(text[begin - 1]))
        {
            begin--;
        }

        return begin < end && TimeLexicon.Instance.Find(text.AsSpan(begin, end - begin)) is { IsBoundary: true };
    }

    private static int FirstStartingAtOrAfter(IReadOnlyList<Timex> timexesByStart, int position)
    {
        int lo = 0, hi = timexesByStart.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (timexesByStart[mid].Span.Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
