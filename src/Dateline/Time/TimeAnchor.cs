using Dateline.Documents;

namespace Dateline.Time;

/// <summary>Dates a span (an event) by the time expression that governs it.</summary>
public static class TimeAnchor
{
    /// <summary>
    /// The value of the resolved DATE or TIME expression inside <paramref name="sentence"/> nearest to
    /// <paramref name="span"/>, at least to the month (<c>2023-12</c>; a TIME is cut to its day); null when the
    /// sentence has none. A date inside a relative clause that does not hold the span ("The U.N., which in March
    /// imposed sanctions, called a meeting") dates that clause only, and a span inside one takes only its dates. A date
    /// after a bounding preposition ("since Oct. 7", "after Tuesday's vote": <c>BOUNDARY</c> in
    /// <c>data/time/lexicon.txt</c>) is passed over. <paramref name="timexesByStart"/> must be ordered by start.
    /// </summary>
    public static string? GoverningDate(string text, IReadOnlyList<Timex> timexesByStart, TextSpan sentence, TextSpan span)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        var spanClause = RelativeClauseAround(text, sentence, span);
        for (int i = FirstStartingAtOrAfter(timexesByStart, sentence.Start); i < timexesByStart.Count && timexesByStart[i].Span.Start < sentence.End; i++)
        {
            var timex = timexesByStart[i];
            if (sentence.Covers(timex.Span) && CalendarDay(timex) is { } value && !AfterBoundary(text, timex.Span.Start)
                && !(RelativeClauseAround(text, sentence, timex.Span) is { } clause && !clause.Covers(span))
                && !(spanClause is { } own && !own.Covers(timex.Span)))
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

    /// <summary>From the comma before <paramref name="inner"/> to the one after it, when a relative word follows that first comma.</summary>
    private static TextSpan? RelativeClauseAround(string text, TextSpan sentence, TextSpan inner)
    {
        if (!sentence.Covers(inner))
        {
            return null;
        }

        int comma = inner.Start > sentence.Start ? text.LastIndexOf(',', inner.Start - 1, inner.Start - sentence.Start) : -1;
        if (comma < 0)
        {
            return null;
        }

        int begin = comma + 1;
        while (begin < inner.Start && char.IsWhiteSpace(text[begin]))
        {
            begin++;
        }

        int end = begin;
        while (end < inner.Start && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        var word = text.AsSpan(begin, end - begin);
        if (!(word.Equals("which", StringComparison.OrdinalIgnoreCase) || word.Equals("who", StringComparison.OrdinalIgnoreCase)
            || word.Equals("whom", StringComparison.OrdinalIgnoreCase) || word.Equals("whose", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        int close = text.IndexOf(',', inner.End, sentence.End - inner.End);
        while (close >= 0 && PlaceAfter(text, close, sentence.End) is { } next)
        {
            // "who was to travel to Columbus, Ohio, on Wednesday": the commas around the state bound no clause
            close = text.IndexOf(',', next + 1, sentence.End - next - 1);
        }

        return new TextSpan(comma, close < 0 ? sentence.End : close);
    }

    /// <summary>The comma closing ", Ohio," when one capitalised word stands between the comma at <paramref name="comma"/> and the next.</summary>
    private static int? PlaceAfter(string text, int comma, int end)
    {
        int k = comma + 1;
        while (k < end && text[k] == ' ')
        {
            k++;
        }

        if (k >= end || !char.IsUpper(text[k]))
        {
            return null;
        }

        while (k < end && (char.IsLetter(text[k]) || text[k] == '.'))
        {
            k++;
        }

        return k < end && text[k] == ',' ? k : null;
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
