namespace Dateline.Time;

/// <summary>Passes over the matches found: a clock time takes the day named after it, a range's bare end day its month, "years ago" its period.</summary>
internal sealed partial class TimexGrammar
{
    /// <summary>
    /// "at 9 p.m. on Thursday", "at 3:45 p.m. local time (0745 GMT) on Wednesday": a clock time that named no day of
    /// its own is on the day named right after it (only "on", "local time", brackets, commas and other clock times
    /// between), not on the article date or the day told before.
    /// </summary>
    private void DateClocksByDayAfter(List<TimexMatch> found)
    {
        for (int k = 0; k < found.Count; k++)
        {
            if (!IsUndatedClock(found[k]))
            {
                continue;
            }

            int day = k + 1;
            while (day < found.Count && IsUndatedClock(found[day]) && OnlyDayLinkBetween(found[day - 1].End, found[day].First))
            {
                day++;
            }

            if (day == found.Count || !IsFullDay(found[day]) || found[day].Type != TimexType.DATE || !OnlyDayLinkBetween(found[day - 1].End, found[day].First))
            {
                continue;
            }

            string date = found[day].Value[..10];
            for (int c = k; c < day; c++)
            {
                found[c] = found[c] with { Value = date + found[c].Value[10..], Rule = "clock-before-day" };
            }

            k = day;
        }
    }

    /// <summary>
    /// "from August 10 to 15", "on Oct. 12 and 13", "Feb. 20-21": a bare day number closing a range opened by a
    /// month-day is that day of the same month. After a word only before punctuation or the end, so "10 to 15
    /// percent" stays a number. A year after the closing day ("Sept. 9–10, 2024") dates both days.
    /// </summary>
    private bool TryRangeEndDay(ref TimexMatch opened, out TimexMatch match)
    {
        match = default;
        int k = opened.End;
        bool dash = (IsPunct(k, '-') || IsPunct(k, '\u2013')) && Adjacent(k) && Adjacent(k + 1);
        if (opened.Rule != "month-day" || opened.Value.Length != 10 || !(dash || IsWord(k, "to") || IsWord(k, "through") || IsWord(k, "and") || IsWord(k, "until"))
            || !IsDigits(k + 1, 1, 2) || t[k + 1].Number is not (>= 1 and <= 31))
        {
            return false;
        }

        int end = k + 2;
        string opening = opened.Value;
        if (TryYearAfter(end, out int year, out int afterYear))
        {
            (opening, end) = (TimeValues.Year(year) + opening[4..], afterYear);
        }
        else if (!dash && end < count && t[end].Kind != ScanKind.Punct)
        {
            return false;
        }

        int day = t[k + 1].Number;
        int month = int.Parse(opening.AsSpan(5, 2), System.Globalization.CultureInfo.InvariantCulture);
        if (day <= int.Parse(opening.AsSpan(8, 2), System.Globalization.CultureInfo.InvariantCulture) || day > DaysIn(month))
        {
            return false;
        }

        opened = opened with { Value = opening };
        match = new TimexMatch(k + 1, end, TimexType.DATE, opening[..8] + day.ToString("00", System.Globalization.CultureInfo.InvariantCulture), "range-end-day");
        return true;
    }

    private bool IsUndatedClock(TimexMatch match) =>
        match.Type == TimexType.TIME && IsFullDay(match) && match.Value.Length > 10
        && (match.Rule.EndsWith("-on-told-day", StringComparison.Ordinal)
            || (match.Rule is "clock" or "part-of-day" && dct is { } d && match.Value.StartsWith(TimeValues.Date(d), StringComparison.Ordinal) && !NamesDay(match)));

    /// <summary>"2300 GMT Friday", "10 a.m. today": the match names its own day (which may be the article date).</summary>
    private bool NamesDay(TimexMatch match)
    {
        for (int k = match.First; k < match.End; k++)
        {
            if (t[k].Entry is { Weekday: > 0 } or { Month: > 0 } || IsWord(k, "today") || IsWord(k, "tonight") || IsWord(k, "tomorrow") || IsWord(k, "yesterday"))
            {
                return true;
            }
        }

        return false;
    }

    private bool OnlyDayLinkBetween(int from, int to)
    {
        if (to - from > 6)
        {
            return false;
        }

        for (int k = from; k < to; k++)
        {
            if (t[k].BreakBefore || !(IsPunct(k, ',') || IsPunct(k, '(') || IsPunct(k, ')') || IsWord(k, "on") || IsWord(k, "local") || IsWord(k, "time")))
            {
                return false;
            }
        }

        return t[to].BreakBefore is false;
    }

    /// <summary>
    /// "up 5% in the third quarter from a year ago": a year-counted "ago" takes the granularity of the quarter,
    /// half or month it is compared with (the nearest earlier one in the same or the previous sentence), so it
    /// names 1988-Q3, not 1988. In an earnings report "a year earlier" with no such neighbour still means the
    /// reported quarter: the last quarter named before it. A full date ("Sept. 30") is no anchor: the
    /// comparison is with the period, not the day.
    /// </summary>
    private void AnchorYearsAgo(List<TimexMatch> found)
    {
        for (int k = 1; k < found.Count; k++)
        {
            var ago = found[k];
            if (ago.Rule != "count-ago" || ago.Value.Length != 4 || dct is not { } d || !int.TryParse(ago.Value, out int year)
                || Math.Abs(year - d.Year) > MaxAnchoredYears)
            {
                continue; // "founded 50 years ago" is no comparison with a quarter or month told before
            }

            int anchor = -1;
            for (int a = k - 1; a >= 0 && k - a <= MaxAnchorLookBack && SentencesBetween(found[a].End, ago.First) <= 1; a--)
            {
                if (IsPeriodAnchor(found[a]))
                {
                    anchor = a;
                    break;
                }
            }

            if (anchor < 0 && year == d.Year - 1)
            {
                for (int a = k - 1; a >= 0 && k - a <= MaxAnchorLookBack && SentencesBetween(found[a].End, ago.First) <= ReportedQuarterReach; a--)
                {
                    if (IsPeriodAnchor(found[a]) && found[a].Value[5] == 'Q')
                    {
                        anchor = a;
                        break;
                    }
                }
            }

            if (anchor >= 0 && int.TryParse(found[anchor].Value.AsSpan(0, 4), out int anchorYear))
            {
                int shifted = anchorYear + (year - d.Year);
                found[k] = ago with { Value = TimeValues.Year(shifted) + found[anchor].Value[4..], Rule = "count-ago-anchored" };
            }
        }
    }

    /// <summary>A quarter, half or month of a known year, not itself an anchored "ago": 1989-Q3, 1989-H1, 1989-10.</summary>
    private static bool IsPeriodAnchor(TimexMatch match) =>
        match.Type == TimexType.DATE && match.Rule is not ("count-ago" or "count-ago-anchored") && match.Value.Length == 7 && match.Value[4] == '-'
        && char.IsAsciiDigit(match.Value[0]) && match.Value[5] is 'Q' or 'H' or '0' or '1' && char.IsAsciiDigit(match.Value[6]);

    /// <summary>Sentence breaks before the tokens <c>[from, to]</c>, from a prefix count built on first use (linear once per document).</summary>
    private int SentencesBetween(int from, int to)
    {
        if (breaksUpTo is null)
        {
            breaksUpTo = new int[count];
            int running = 0;
            for (int k = 0; k < count; k++)
            {
                running += t[k].BreakBefore ? 1 : 0;
                breaksUpTo[k] = running;
            }
        }

        to = Math.Min(to, count - 1);
        return from > to ? 0 : breaksUpTo[to] - (from > 0 ? breaksUpTo[from - 1] : 0);
    }
}
