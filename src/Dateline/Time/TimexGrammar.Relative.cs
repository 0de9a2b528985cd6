namespace Dateline.Time;

/// <summary>Dates relative to the article or to the text: last month, the following year, the same period, halves, fiscal years.</summary>
internal sealed partial class TimexGrammar
{
    /// <summary>last month, next week, this year, the past four months, last Thursday, this summer.</summary>
    private bool TryRelative(int i, int rel, bool afterThe, out TimexMatch match)
    {
        match = default;
        int k = i + 1;

        // "that year", "that same week": a demonstrative points back like "the same", at the last date the text named.
        bool demonstrative = Word(i).Equals("that", StringComparison.OrdinalIgnoreCase);
        if (demonstrative && Entry(k) is { IsAnaphoric: true, Rel: 0 })
        {
            k++;
        }

        if (demonstrative && Entry(k) is { PartOfDay: { } toldPart } && Word(k)[^1] is not ('s' or 'S') && !(IsPunct(k + 1, '-') && Adjacent(k + 1))
            && AnaphoricValue(TimeUnit.Day, 0) is { } toldDay)
        {
            // "That night, agents searched the area": the night of the day the text told of.
            return Found(i, k + 1, TimexType.TIME, $"{toldDay}T{toldPart}", "that-part-of-day", out match);
        }

        if (demonstrative && (Entry(k) is not { Unit: TimeUnit.Year or TimeUnit.Quarter or TimeUnit.Month or TimeUnit.Week, PluralUnit: false }
            || (IsPunct(k + 1, '-') && Adjacent(k + 1)) || IsWord(k + 1, "after")))
        {
            return false; // "that week-long talks", "that month after month"
        }

        if (rel < 0 && TryWeekOfMonth(i, out match))
        {
            return true;
        }

        if (rel < 0 && i > 0 && !t[i].BreakBefore && t[i - 1].Entry is { IsVerbal: true } && Word(i).Equals("last", StringComparison.OrdinalIgnoreCase)
            && TryCount(k, out _, out _))
        {
            return false; // "the talks could last two weeks": the verb, and the count alone is the duration
        }

        if (!demonstrative && TryCount(k, out string amount, out int afterCount))
        {
            // "the past 5 1/2 years", "the next two and a half months"
            bool half = amount != "X" && TryHalf(afterCount, out afterCount);
            if (Entry(SkipRangeEnd(afterCount)) is { Unit: not TimeUnit.None } counted)
            {
                string duration = half ? TimeValues.DurationAndAHalf(amount, counted.Unit) : TimeValues.Duration(amount, counted.Unit);
                return Found(i, SkipRangeEnd(afterCount) + 1, TimexType.DURATION, duration, "rel-duration", out match);
            }
        }

        if (rel == 0 && !demonstrative && Entry(k) is { Rel: { } second } && second != 0)
        {
            // "this coming Sunday", "this past spring": the second word says which one.
            (rel, k) = (second, k + 1);
        }

        if (IsWord(k, "fiscal"))
        {
            k++;
        }

        if (Entry(k) is not { } e)
        {
            return false;
        }

        if (e.Unit != TimeUnit.None)
        {
            if (IsCapitalized(i) && IsCapitalized(k) && i > 0 && Adjacent(i) && t[i - 1].Kind == ScanKind.Punct && text[t[i - 1].Start] is '"' or '\u201C' or '`')
            {
                return false; // ABC's "This Week": a quoted title, no week
            }

            if (e.PluralUnit)
            {
                return rel != 0 && Found(i, k + 1, TimexType.DATE, rel < 0 ? "PAST_REF" : "FUTURE_REF", "rel-vague", out match);
            }

            if (e.Unit == TimeUnit.Half && rel != 0)
            {
                return TryRelativeHalf(i, k, rel, out match);
            }

            if (e.Unit == TimeUnit.Quarter && rel < 0 && IsWord(k + 1, "of") && TryYearAfter(k + 2, out int quarterYear, out int afterQuarter))
            {
                return Found(i, afterQuarter, TimexType.DATE, TimeValues.Year(quarterYear) + "-Q4", "rel-quarter", out match); // "the last quarter of 1999"
            }

            // "the next day" tells of the day after the events told, like "the following day"; "the next week" may be a span.
            bool anaphoric = t[i].Entry!.IsAnaphoric || (e.Unit == TimeUnit.Day && IsWord(i, "next"));
            if ((afterThe || demonstrative) && anaphoric && AnaphoricValue(e.Unit, rel) is { } told)
            {
                return Found(i, k + 1, TimexType.DATE, told, "rel-anaphoric", out match);
            }

            // "the next century" is the coming one, a date; "the past century" may be the last hundred years.
            if (afterThe && rel != 0 && e.Unit is not (TimeUnit.Year or TimeUnit.Weekend) && !(e.Unit == TimeUnit.Century && rel > 0))
            {
                return Found(i, k + 1, TimexType.DURATION, TimeValues.Duration("1", e.Unit), "rel-unit-duration", out match);
            }

            string? value = e.Unit switch
            {
                TimeUnit.Week => TimeValues.Shift('W', rel, dct),
                TimeUnit.Weekend => TimeValues.Shift('W', rel, dct) + "-WE",
                TimeUnit.Month => TimeValues.Shift('M', rel, dct),
                TimeUnit.Quarter => TimeValues.Shift('Q', rel, dct),
                TimeUnit.Year => TimeValues.Shift('Y', rel, dct),
                TimeUnit.Decade => TimeValues.Shift('E', rel, dct),
                TimeUnit.Century => TimeValues.Shift('C', rel, dct),
                _ => null,
            };
            if (value is null)
            {
                return false;
            }

            if (e.Unit == TimeUnit.Year && IsPunct(k + 1, '\'') && IsWord(k + 2, "s") && TryQuarterOfYear(k + 3, value, out int quarterEnd, out string? quarter))
            {
                return Found(i, quarterEnd, TimexType.DATE, quarter!, "rel-year-quarter", out match);
            }

            return Found(i, k + 1, TimexType.DATE, value, "rel-unit", out match);
        }

        if (e.Weekday > 0 && (t[k].Length >= 6 || (IsPunct(k + 1, '.') && Adjacent(k + 1))))
        {
            // "down 4.5% from the previous Friday" after a told Friday: the one before that day, not before the article's.
            var from = afterThe && rel != 0 && t[i].Entry!.IsAnaphoric && NamedDay() is { } told ? told : dct;
            int end = t[k].Length >= 6 ? k + 1 : k + 2; // "last Wed." keeps its dot, as "Wed." alone does
            return Found(i, end, TimexType.DATE, TimeValues.RelativeWeekday(e.Weekday, rel, from), "rel-weekday", out match);
        }

        if (e.Month > 0 && IsCapitalized(k) && dct is { } d)
        {
            int year = rel switch
            {
                < 0 => e.Month < d.Month ? d.Year : d.Year - 1,
                > 0 => e.Month > d.Month ? d.Year : d.Year + 1,
                _ => d.Year,
            };
            if (TryMonth(k, out var monthDay) && monthDay.Rule is "month-day" or "month-day-year" && monthDay.Value.Length == 10)
            {
                // "next Jan. 1", "last March 3": the day of the month the determiner picks, unless a year is written;
                // "this coming September 30th" two days before it is this year's, as the day decides within the month.
                if (e.Month == d.Month && int.TryParse(monthDay.Value.AsSpan(8, 2), out int day))
                {
                    year = rel switch
                    {
                        < 0 => day < d.Day ? d.Year : d.Year - 1,
                        > 0 => day > d.Day ? d.Year : d.Year + 1,
                        _ => year,
                    };
                }

                string value = monthDay.Rule == "month-day" ? TimeValues.Year(year) + monthDay.Value[4..] : monthDay.Value;
                return Found(i, monthDay.End, TimexType.DATE, value, "rel-month-day", out match);
            }

            return Found(i, k + 1, TimexType.DATE, TimeValues.Month(year, e.Month), "rel-month", out match);
        }

        if (e.Season is { } season)
        {
            // "last summer" in an autumn article is this year's summer; in spring, last year's.
            int start = season switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
            int shift = rel < 0 && dct is { } today && start + 3 <= today.Month ? 0 : rel;
            return Found(i, k + 1, TimexType.DATE, $"{TimeValues.Shift('Y', shift, dct)}-{season}", "rel-season", out match);
        }

        if (e.PartOfDay is { } part && rel != 0)
        {
            // "(early) the next morning" is the morning after the day the text told of, like "the next day".
            string day = afterThe && (t[i].Entry!.IsAnaphoric || IsWord(i, "next")) && AnaphoricValue(TimeUnit.Day, rel) is { } told
                ? told
                : TimeValues.Shift('D', rel, dct);
            return Found(i, k + 1, TimexType.TIME, $"{day}T{part}", "rel-part-of-day", out match);
        }

        return false;
    }

    /// <summary>"the year 2000", "the year two thousand": the year named after "the year".</summary>
    private bool TryTheYearNamed(int i, out TimexMatch match)
    {
        match = default;
        int k = i + 1;
        if (Entry(i) is not { Unit: TimeUnit.Year, PluralUnit: false })
        {
            return false;
        }

        if (IsPlausibleYear(k) && !(Continues(k + 1) && Adjacent(k + 1) && t[k + 1].Kind != ScanKind.Punct))
        {
            return Found(i, k + 1, TimexType.DATE, TimeValues.Year(t[k].Number), "the-year-named", out match);
        }

        if (Entry(k) is { Number: 2 } && IsWord(k + 1, "thousand"))
        {
            int end = k + 2, year = 2000;
            int units = IsWord(end, "and") ? end + 1 : end;
            if (Entry(units) is { Number: >= 1 and <= 19 } unit && t[units].Length > 1)
            {
                (year, end) = (2000 + unit.Number, units + 1);
            }

            return Found(i, end, TimexType.DATE, TimeValues.Year(year), "the-year-named", out match);
        }

        if (TryWordYear(k, out int spoken, out int afterSpoken))
        {
            return Found(i, afterSpoken, TimexType.DATE, TimeValues.Year(spoken), "the-year-named", out match);
        }

        // "for the year", "a high for the year": in news the article's year; "the year-ago quarter" and
        // "the year before" are left to their own rules.
        bool other = (IsPunct(k, '-') && Adjacent(k)) || (Entry(k) is { Ago: not 0 }) || IsWord(k, "after");
        return !other && Found(i, k, TimexType.DATE, TimeValues.Shift('Y', 0, dct), "the-year", out match);
    }

    /// <summary>
    /// "later in the day", "earlier in the week": TimeBank marks "the day" (the article's; the last day the story told was
    /// tried and broke TimeBank's one case) and leaves the adverb out; "earlier in the year" is a phrase of its own.
    /// </summary>
    private bool TryTheDayInSpan(int i, out TimexMatch match)
    {
        match = default;
        if (Entry(i) is not { Unit: TimeUnit.Day or TimeUnit.Week, PluralUnit: false } e || i < 3 || t[i - 1].BreakBefore || t[i - 2].BreakBefore
            || !IsWordAt(i - 2, "in") || !(IsWordAt(i - 3, "earlier") || IsWordAt(i - 3, "later")) || (Continues(i + 1) && Adjacent(i + 1) && t[i + 1].Kind != ScanKind.Punct))
        {
            return false;
        }

        if (e.Unit == TimeUnit.Week)
        {
            return dct is { } d && Found(i, i + 1, TimexType.DATE, TimeValues.Week(d), "the-day-in", out match);
        }

        return dct is { } day && Found(i, i + 1, TimexType.DATE, TimeValues.Date(day), "the-day-in", out match);
    }

    /// <summary>"the year-ago third quarter", "the year-earlier nine months": the quarter a year back, or the span.</summary>
    private bool TryYearAgoQuarter(int i, out TimexMatch match)
    {
        match = default;
        if (Entry(i) is not { Unit: TimeUnit.Year, PluralUnit: false } || !IsPunct(i + 1, '-') || !Adjacent(i + 1) || !Adjacent(i + 2)
            || !(IsWord(i + 2, "ago") || IsWord(i + 2, "earlier")) || i + 3 >= count || t[i + 3].BreakBefore)
        {
            return false;
        }

        int k = i + 3;
        if (Entry(k) is { Ordinal: > 0 } && TryQuarter(k, out var quarter) && quarter.Value.Length == 7 && int.TryParse(quarter.Value.AsSpan(0, 4), out int year))
        {
            return Found(i, quarter.End, TimexType.DATE, TimeValues.Year(year - 1) + quarter.Value[4..], "year-ago-quarter", out match);
        }

        return TryCountUnit(k, afterThe: false, out var span) && span.Type == TimexType.DURATION
            && Found(i, span.End, TimexType.DURATION, span.Value, "year-ago-quarter", out match);
    }

    /// <summary>
    /// "the same period last year", "the corresponding quarter of 1997": the period of a named year that a report compares
    /// with, one expression valued by that year (its quarter when the report named one and the period or a quarter is meant).
    /// </summary>
    private bool TrySamePeriod(int i, out TimexMatch match)
    {
        match = default;
        if (!(IsWord(i, "same") || IsWord(i, "corresponding") || IsWord(i, "comparable"))
            || !(IsWord(i + 1, "period") || IsWord(i + 1, "quarter") || IsWord(i + 1, "time")))
        {
            return false;
        }

        int k = i + 2;
        if (!TryRelativeYearAfter(k, out int year, out int end) && !TryYearAfter(k, out year, out end) && !(IsWord(k, "of") && TryYearAfter(k + 1, out year, out end)))
        {
            return false;
        }

        string value = (IsWord(i + 1, "quarter") || IsWord(i + 1, "period")) && reportedQuarter is { } quarter ? $"{TimeValues.Year(year)}-{quarter}" : TimeValues.Year(year);
        return Found(i, end, TimexType.DATE, value, "same-period", out match);
    }

    /// <summary>
    /// "a decrease from the year before", "he had arrived the day before.": the unit next to the last date the text named.
    /// Only at the end of a clause: in "the day before the vote" the time is the vote's, which the text does not date.
    /// </summary>
    private bool TryUnitBefore(int i, out TimexMatch match)
    {
        match = default;
        int rel = IsWord(i + 1, "before") ? -1 : IsWord(i + 1, "after") ? 1 : 0;
        if (rel == 0 || Entry(i) is not { PluralUnit: false, Unit: TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year } unit
            || (Continues(i + 2) && t[i + 2].Kind != ScanKind.Punct) || AnaphoricValue(unit.Unit, rel) is not { } value)
        {
            return false;
        }

        return Found(i, i + 2, TimexType.DATE, value, "unit-before", out match);
    }

    /// <summary>
    /// "the last half of 1989", "the last half of the year" (the year's second half), "the last half of the '80s" (the
    /// decade: TIMEX3 has no half decades). "the last half hour" is left to the count rules.
    /// </summary>
    private bool TryRelativeHalf(int i, int half, int rel, out TimexMatch match)
    {
        match = default;
        string which = $"-H{(rel < 0 ? 2 : 1)}";
        if (TryHalfUnit(half, out var span))
        {
            return Found(i, span.End, TimexType.DURATION, span.Value, "rel-duration", out match); // "the past half hour"
        }

        if (!IsWord(half + 1, "of"))
        {
            return Entry(half + 1) is not { Unit: not TimeUnit.None } && dct is not null
                && Found(i, half + 1, TimexType.DATE, TimeValues.Shift('Y', 0, dct) + which, "rel-half", out match);
        }

        if (TryYearAfter(half + 2, out int halfYear, out int afterHalf))
        {
            return Found(i, afterHalf, TimexType.DATE, TimeValues.Year(halfYear) + which, "rel-half", out match);
        }

        if (!Continues(half + 2) || !TryMatch(half + 2, out var whole) || whole.Type != TimexType.DATE || whole.Value.Length is not (3 or 4)
            || !int.TryParse(whole.Value, out _))
        {
            return false;
        }

        return Found(i, whole.End, TimexType.DATE, whole.Value.Length == 4 ? whole.Value + which : whole.Value, "rel-half", out match);
    }

    /// <summary>
    /// "half an hour", "half a century", "half-hour", "half day": a duration of half the unit (weeks and months have no
    /// whole smaller unit and are left out).
    /// </summary>
    private bool TryHalfUnit(int half, out TimexMatch match)
    {
        match = default;
        int k = half + 1;
        if (IsPunct(k, '-') && Adjacent(k) && Adjacent(k + 1))
        {
            k++;
        }
        else if (IsWord(k, "a") || IsWord(k, "an"))
        {
            k++;
        }

        string? value = Entry(k) is { PluralUnit: false } unit && !(IsPunct(k + 1, '-') && Adjacent(k + 1)) ? unit.Unit switch
        {
            TimeUnit.Minute => "PT30S",
            TimeUnit.Hour => "PT30M",
            TimeUnit.Day => "PT12H",
            TimeUnit.Year => "P6M",
            TimeUnit.Decade => "P5Y",
            TimeUnit.Century => "P50Y",
            _ => null,
        } : null;
        return value is not null && Found(half, k + 1, TimexType.DURATION, value, "half-unit", out match);
    }

    /// <summary>"lower earnings for the fiscal year", "the fiscal year 1990": read as "the year" is.</summary>
    private bool TryTheFiscalYear(int i, out TimexMatch match)
    {
        match = default;
        if (!IsWord(i, "fiscal") || !TryTheYearNamed(i + 1, out var year))
        {
            return false;
        }

        match = year with { First = i };
        return true;
    }

    /// <summary>"(for) the [fiscal] year ended Sept. 30": an accounting year, a one-year span whose end is told apart.</summary>
    private bool TryYearEnded(int i, out TimexMatch match)
    {
        match = default;
        int k = IsWord(i, "fiscal") ? i + 1 : i;
        return Entry(k) is { Unit: TimeUnit.Year, PluralUnit: false } && (IsWord(k + 1, "ended") || IsWord(k + 1, "ending"))
            && Found(i, k + 1, TimexType.DURATION, "P1Y", "year-ended", out match);
    }

    /// <summary>The last date the text named, when it names a day.</summary>
    private DateOnly? NamedDay() =>
        namedDate is { Length: 10 } named && DateOnly.TryParseExact(named, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? day
            : null;

    /// <summary>"the following year", "the previous day": one unit from the last date the text named, else from the article date.</summary>
    private string? AnaphoricValue(TimeUnit unit, int rel)
    {
        string? named = namedDate;
        if (named is { Length: >= 4 } && int.TryParse(named.AsSpan(0, 4), out int year))
        {
            if (unit == TimeUnit.Year)
            {
                return TimeValues.Year(year + rel);
            }

            if (named.Length >= 7 && int.TryParse(named.AsSpan(5, 2), out int month) && month is >= 1 and <= 12)
            {
                var start = new DateOnly(year, month, named.Length == 10 && int.TryParse(named.AsSpan(8, 2), out int day) ? day : 1);
                string? value = unit switch
                {
                    TimeUnit.Month => TimeValues.Shift('M', rel, start),
                    TimeUnit.Week when named.Length == 10 => TimeValues.Shift('W', rel, start),
                    TimeUnit.Day when named.Length == 10 => TimeValues.Shift('D', rel, start),
                    _ => null,
                };
                if (value is not null)
                {
                    return value;
                }
            }
        }

        return unit switch
        {
            TimeUnit.Year => TimeValues.Shift('Y', rel, dct),
            TimeUnit.Month => TimeValues.Shift('M', rel, dct),
            TimeUnit.Week => TimeValues.Shift('W', rel, dct),
            TimeUnit.Day => TimeValues.Shift('D', rel, dct),
            _ => null,
        };
    }
}
