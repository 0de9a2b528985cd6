namespace Dateline.Time;

/// <summary>Relative dates, counts and durations, quarters, seasons and sets.</summary>
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

    /// <summary>two days (ago), a week, 24 hours, several years, a five-year (plan), week-long.</summary>
    private bool TryCountUnit(int i, bool afterThe, out TimexMatch match)
    {
        match = default;
        if (!TryCount(i, out string amount, out int k, atStart: true))
        {
            return t[i].Entry is { Unit: not TimeUnit.None } && TryLong(i, out match);
        }

        if ((IsPlausibleYear(i) && Entry(i + 1) is not { PluralUnit: true }) || AfterPrePost(i))
        {
            return false; // "2000 years ago" counts; "the 1998 year-end" names a year
        }

        if (amount == "1" && t[i].Length <= 2 && IsWord(k, "half") && TryHalfUnit(k, out var halfUnit))
        {
            match = halfUnit with { First = i }; // "a half hour"
            return true;
        }

        bool half = amount != "X" && TryHalf(k, out k);
        k = SkipRangeEnd(k, between: i > 0 && !t[i].BreakBefore && IsWordAt(i - 1, "between"));
        if (Entry(k) is { IsExtra: true } && Entry(k + 1) is { Unit: not TimeUnit.None })
        {
            k++; // "20 more years", "an additional year", "a few extra days"
        }

        if (IsWord(k, "trading") || IsWord(k, "business") || IsWord(k, "working") || IsWord(k, "calendar"))
        {
            k++;
        }

        bool hyphen = IsPunct(k, '-') && Adjacent(k) && Adjacent(k + 1);
        if (hyphen)
        {
            k++;
        }

        if (Entry(k) is not { Unit: not TimeUnit.None } unit || (amount == "1" && unit.PluralUnit && !half) || IsFraction(unit, k, hyphen))
        {
            return false;
        }

        int end = k + 1;
        if (unit.Unit == TimeUnit.Second && !unit.PluralUnit && Continues(end) && t[end].Kind == ScanKind.Word && t[end].Entry is not { Ago: not 0 })
        {
            return false; // "a second vote": the ordinal, not the unit
        }

        bool compound = IsPunct(end, '-') && Adjacent(end) && Adjacent(end + 1) && t[end + 1].Kind == ScanKind.Word && !IsWord(end + 1, "long");
        if (compound && !hyphen && ((unit.Unit == TimeUnit.Second && !unit.PluralUnit) || unit.Unit == TimeUnit.Half))
        {
            return false; // "a second-team pick", "two half-brothers", "some half-dozen": a word of another sense
        }

        if (IsPunct(end, '-') && Adjacent(end) && (IsWord(end + 1, "earlier") || IsWord(end + 1, "ago")))
        {
            return false;
        }

        if ((hyphen && IsPunct(end, '-') && Adjacent(end) && (IsWord(end + 1, "old") || IsWord(end + 1, "olds"))) || (!hyphen && IsWord(end, "old")))
        {
            return false; // an age ("52 years old", "a 37-year-old"), not annotated
        }

        if (!half && !hyphen && amount != "X" && IsWord(end, "and") && TryHalf(end, out int afterHalf))
        {
            (half, end) = (true, afterHalf); // "a minute and a half"
        }

        bool headNoun = hyphen && (IsWord(end, "period") || IsWord(end, "term"));
        if (headNoun)
        {
            end++;
        }

        int beforeSo = end;
        if (IsWord(end, "or") && IsWord(end + 1, "so"))
        {
            end += 2;
        }

        if (IsPunct(end, '-') && Adjacent(end) && IsWord(end + 1, "long") && Adjacent(end + 1))
        {
            end += 2;
        }

        string duration = half ? TimeValues.DurationAndAHalf(amount, unit.Unit) : TimeValues.Duration(amount, unit.Unit);
        if (!hyphen && TryAgo(end, out int direction, out int afterAgo))
        {
            // TimeML reads "three days later" and "a day earlier" as spans; "a year earlier" as the year before.
            bool span = IsWord(end, "later") || (IsWord(end, "earlier") && unit.Unit is TimeUnit.Day or TimeUnit.Hour or TimeUnit.Minute);
            if (span)
            {
                return Found(i, beforeSo, TimexType.DURATION, duration, "count-later", out match);
            }

            return IsWord(end, "from") && IsWord(end + 1, "today") && DayFromToday(amount, unit.Unit) is { } day
                ? Found(i, afterAgo, TimexType.DATE, day, "count-from-today", out match)
                : Found(i, afterAgo, TimexType.DATE, AgoValue(amount, unit.Unit, direction), "count-ago", out match);
        }

        if (!hyphen && i > 0 && !t[i].BreakBefore && IsWordAt(i - 1, "in") && unit.Unit is not (TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second)
            && tenses.Around(i, end) == Tense.Future)
        {
            return Found(i, end, TimexType.DATE, AgoValue(amount, unit.Unit, 1), "in-count", out match); // "will be redeemed in five years": a date ahead
        }

        bool article = t[i].Kind == ScanKind.Word && t[i].Length <= 2 && t[i].Entry!.Number == 1;
        if (article && IsSetContext(i))
        {
            return Found(i, end, TimexType.SET, TimeValues.Duration("1", unit.Unit), "count-set", out match);
        }

        if (article && unit.Unit == TimeUnit.Half)
        {
            return false;
        }

        // "a several-year tenure": the article belongs to "tenure"; in "a three-year period" the whole phrase is the time.
        int first = hyphen && article && !headNoun && t[i + 1].Entry is { IsQuant: true } ? i + 1 : i;
        return Found(first, end, TimexType.DURATION, duration, hyphen ? "count-adjective" : "count-duration", out match);
    }

    /// <summary>
    /// "two to three weeks", "12 to 18 months", "2-3 days", and after "between" "two and three years": the range is one
    /// expression, valued by its first count. Returns the token after the second count, or <paramref name="k"/> when no
    /// range follows.
    /// </summary>
    private int SkipRangeEnd(int k, bool between = false)
    {
        bool joiner = IsWord(k, "to") || IsWord(k, "or") || (IsPunct(k, '-') && Adjacent(k) && Adjacent(k + 1)) || (between && IsWord(k, "and"));
        return joiner && TryCount(k + 1, out string second, out int afterSecond) && second != "X" && !(t[k + 1].Kind == ScanKind.Word && t[k + 1].Length <= 2)
            && Entry(afterSecond) is { Unit: not TimeUnit.None }
            ? afterSecond
            : k;
    }

    /// <summary>"1/2" (after "2") or "and a half": half a unit more.</summary>
    private bool TryHalf(int i, out int next)
    {
        next = i;
        if (IsDigits(i, 1, 1) && t[i].Number == 1 && IsPunct(i + 1, '/') && Adjacent(i + 1) && IsDigits(i + 2, 1, 1) && t[i + 2].Number == 2 && Adjacent(i + 2))
        {
            next = i + 3;
            return true;
        }

        if (IsWord(i, "and") && (IsWord(i + 1, "a") || IsWord(i + 1, "one")) && IsWord(i + 2, "half"))
        {
            next = i + 3;
            return true;
        }

        return false;
    }

    /// <summary>"three-quarters of", "a quarter of the shares", "one-half": fractions, not spans of time.</summary>
    private bool IsFraction(LexEntry unit, int k, bool hyphen) =>
        unit.Unit is TimeUnit.Quarter or TimeUnit.Half && ((hyphen && unit.PluralUnit) || IsWord(k + 1, "of") || (hyphen && unit.Unit == TimeUnit.Half));

    /// <summary>week-long, month-long: a one-unit duration.</summary>
    private bool TryLong(int i, out TimexMatch match)
    {
        match = default;
        return !t[i].Entry!.PluralUnit && IsPunct(i + 1, '-') && Adjacent(i + 1) && IsWord(i + 2, "long") && Adjacent(i + 2)
            && Found(i, i + 3, TimexType.DURATION, TimeValues.Duration("1", t[i].Entry!.Unit), "unit-long", out match);
    }

    /// <summary>the first nine months.</summary>
    private bool TryOrdinalCount(int i, out TimexMatch match)
    {
        match = default;
        if (t[i].Entry!.Ordinal == 1 && Entry(i + 1) is { PluralUnit: true } firstUnits)
        {
            return Found(i, i + 2, TimexType.DURATION, TimeValues.Duration("X", firstUnits.Unit), "ordinal-count", out match); // "the first hours of the war"
        }

        return t[i].Entry!.Ordinal == 1 && TryCount(i + 1, out string amount, out int k) && amount != "1"
            && Entry(k) is { Unit: not TimeUnit.None } unit
            && Found(i, k + 1, TimexType.DURATION, TimeValues.Duration(amount, unit.Unit), "ordinal-count", out match);
    }

    /// <summary>the third quarter, third-quarter, the fourth quarter of 1998, the first half.</summary>
    private bool TryQuarter(int i, out TimexMatch match)
    {
        match = default;
        int ordinal = t[i].Entry!.Ordinal, k = i + 1;
        bool hyphen = IsPunct(k, '-') && Adjacent(k);
        if (hyphen)
        {
            k++;
        }

        if (Entry(k) is not { PluralUnit: false, Unit: TimeUnit.Quarter or TimeUnit.Half } e || ordinal > (e.Unit == TimeUnit.Quarter ? 4 : 2))
        {
            return false;
        }

        string letter = e.Unit == TimeUnit.Quarter ? "Q" : "H";
        int end = k + 1;
        int year;
        int ofYear = IsWord(end + 1, "fiscal") ? end + 2 : end + 1; // "the first quarter of fiscal 1998"
        if (TryYearAfter(end, out int explicitYear, out int afterYear) || (IsWord(end, "of") && TryYearAfter(ofYear, out explicitYear, out afterYear))
            || TryRelativeYearAfter(end, out explicitYear, out afterYear))
        {
            (year, end) = (explicitYear, afterYear);
        }
        else if (dct is { } d)
        {
            if (IsWord(end, "of") && IsWord(end + 1, "the") && IsWord(end + 2, "year") && !IsWord(end + 3, "ended") && !IsWord(end + 3, "ending"))
            {
                end += 3; // "the second half of the year": one expression, the same quarter or half as without "of the year"
            }

            int current = e.Unit == TimeUnit.Quarter ? TimeValues.QuarterOf(d.Month) : (d.Month + 5) / 6;
            // A quarter not yet begun is last year's ("fourth-quarter results" in January), unless it is the next
            // one and the verb looks ahead ("profitable by the end of the second quarter" in March).
            bool next = ordinal == current + 1 && tenses.Around(i, end) == Tense.Future;
            year = ordinal <= current || next ? d.Year : d.Year - 1;
        }
        else
        {
            return Found(i, end, TimexType.DATE, $"XXXX-{letter}{ordinal}", "quarter", out match);
        }

        return Found(i, end, TimexType.DATE, $"{TimeValues.Year(year)}-{letter}{ordinal}", hyphen ? "quarter-adjective" : e.Unit == TimeUnit.Quarter ? "quarter" : "half", out match);
    }

    /// <summary>
    /// "the first week of August", "the second week of July 1997": one expression, the ISO week that holds the week's
    /// first day; "the last week of May" is the week that holds the month's last day.
    /// </summary>
    private bool TryWeekOfMonth(int i, out TimexMatch match)
    {
        match = default;
        bool last = Word(i).Equals("last", StringComparison.OrdinalIgnoreCase);
        if (!(last || t[i].Entry!.Ordinal is >= 1 and <= 4) || Entry(i + 1) is not { Unit: TimeUnit.Week, PluralUnit: false } || !IsWord(i + 2, "of")
            || Entry(i + 3) is not { Month: > 0 } || !TryMonth(i + 3, out var month) || month.Value.Length != 7 || !char.IsAsciiDigit(month.Value[0]))
        {
            return false;
        }

        var first = new DateOnly(int.Parse(month.Value.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture), t[i + 3].Entry!.Month, 1);
        var day = last ? first.AddMonths(1).AddDays(-1) : first.AddDays(7 * (t[i].Entry!.Ordinal - 1));
        return Found(i, month.End, TimexType.DATE, TimeValues.Week(day), "week-of-month", out match);
    }

    /// <summary>"[fiscal] third quarter" or "second half" after a known year ("1988 third quarter", "this year's third quarter").</summary>
    private bool TryQuarterOfYear(int i, string year, out int end, out string? value)
    {
        end = i;
        value = null;
        if (IsWord(i, "fiscal"))
        {
            i++;
        }

        if (Entry(i) is not { Ordinal: >= 1 and <= 4 } ordinal)
        {
            if (IsWord(i, "quarter") && reportedQuarter is { } reported)
            {
                (value, end) = ($"{year}-{reported}", i + 1); // "up from last year's quarter": the reported quarter, a year back
                return true;
            }

            return false;
        }

        int k = IsPunct(i + 1, '-') && Adjacent(i + 1) ? i + 2 : i + 1;
        if (Entry(k) is not { PluralUnit: false, Unit: TimeUnit.Quarter or TimeUnit.Half } unit || (unit.Unit == TimeUnit.Half && ordinal.Ordinal > 2))
        {
            return false;
        }

        value = $"{year}-{(unit.Unit == TimeUnit.Quarter ? "Q" : "H")}{ordinal.Ordinal}";
        end = k + 1;
        return true;
    }

    /// <summary>summer 2023, the winter of 1994, in the spring.</summary>
    private bool TrySeason(int i, bool afterThe, out TimexMatch match)
    {
        match = default;
        string season = t[i].Entry!.Season!;
        int k = IsWord(i + 1, "of") ? i + 2 : i + 1;
        if (TryYearAfter(k, out int year, out int end) || TryRelativeYearAfter(i + 1, out year, out end))
        {
            return Found(i, end, TimexType.DATE, $"{TimeValues.Year(year)}-{season}", "season", out match);
        }

        bool ambiguous = Word(i).Equals("fall", StringComparison.OrdinalIgnoreCase) || Word(i).Equals("spring", StringComparison.OrdinalIgnoreCase);
        if (ambiguous && IsWord(i + 1, "of"))
        {
            return false; // "since the fall of communism", "the spring of youth": a season has a year after "of"
        }

        if (IsCapitalized(i) && StartsName(i + 1))
        {
            return false; // "the Spring Festival", "the Winter Olympics", "the Summer Palace"
        }

        if (i == 0 || t[i].BreakBefore || !(IsSeasonPreposition(i - 1) || (afterThe && (!ambiguous || (i > 1 && !t[i - 1].BreakBefore && IsSeasonPreposition(i - 2) && !IsWordAt(i - 2, "in"))))
            || (t[i - 1].Entry is { IsMod: true } && !ambiguous)))
        {
            return false;
        }

        if (dct is not { } d)
        {
            return Found(i, i + 1, TimexType.DATE, $"XXXX-{season}", "season", out match);
        }

        int start = season switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
        var tense = tenses.Around(i, i + 1);
        int seasonYear = tense switch
        {
            Tense.Past when start > d.Month => d.Year - 1,
            Tense.Future when start + 3 <= d.Month => d.Year + 1, // "will last until the spring" said in August
            _ => d.Year,
        };
        return Found(i, i + 1, TimexType.DATE, $"{TimeValues.Year(seasonYear)}-{season}", "season", out match);
    }

    /// <summary>
    /// "in spring", "until the fall": before these a season word is no verb or noun of another sense. "in the spring"
    /// is left out: TimeBank leaves it unannotated where it is generic ("beat up in the spring").
    /// </summary>
    private bool IsSeasonPreposition(int k) => IsWordAt(k, "in") || IsWordAt(k, "during") || IsWordAt(k, "until") || IsWordAt(k, "since");

    /// <summary>every day, every two weeks, each year, every Monday, every morning.</summary>
    private bool TrySet(int i, out TimexMatch match)
    {
        match = default;
        int k = i + 1;
        string amount = "1";
        if (IsWord(k, "other"))
        {
            amount = "2";
            k++;
        }
        else if (TryCount(k, out string counted, out int afterCount) && (counted != "X" || Entry(afterCount) is { Unit: not TimeUnit.None, PluralUnit: true }))
        {
            (amount, k) = (counted, afterCount); // "every few years" recurs too, at a vague interval (PXY)
        }

        if (Entry(k) is not { } e)
        {
            return false;
        }

        if (e.Unit != TimeUnit.None)
        {
            return Found(i, k + 1, TimexType.SET, TimeValues.Duration(amount, e.Unit), "every", out match);
        }

        if (e.Weekday > 0 && IsCapitalized(k))
        {
            return Found(i, k + 1, TimexType.SET, $"XXXX-WXX-{e.Weekday}", "every", out match);
        }

        if (e.Month > 0 && IsCapitalized(k) && t[k].Length >= 3)
        {
            return Found(i, k + 1, TimexType.SET, $"XXXX-{e.Month:00}", "every", out match);
        }

        return e.PartOfDay is { } part && Found(i, k + 1, TimexType.SET, $"XXXX-XX-XXT{part}", "every", out match);
    }

    /// <summary>"for months", "hours after": a bare plural unit in a context that makes it a duration.</summary>
    private bool TryBareUnit(int i, out TimexMatch match)
    {
        match = default;
        bool before = i > 0 && !t[i].BreakBefore && t[i - 1].Kind == ScanKind.Word
            && (IsWordAt(i - 1, "for") || IsWordAt(i - 1, "in") || IsWordAt(i - 1, "over") || IsWordAt(i - 1, "within") || IsWordAt(i - 1, "lasted")
                || IsWordAt(i - 1, "spent") || IsWordAt(i - 1, "took") || IsWordAt(i - 1, "after") || IsSpanVerbOrPreposition(i - 1));
        int end = IsWord(i + 1, "or") && Entry(i + 2) is { PluralUnit: true } ? i + 3 : i + 1; // "weeks or months"
        if (TheSpanOfYears(i, end))
        {
            return Found(i, end, TimexType.DURATION, TimeValues.Duration("X", t[i].Entry!.Unit), "the-bare-unit", out match);
        }
        bool fraction = t[i].Entry!.Unit is TimeUnit.Quarter or TimeUnit.Half || (i > 0 && IsPunct(i - 1, '-') && Adjacent(i)); // "three-quarters of"
        // "follows months of talks" is a span; "the hours of operation", "millions of years of" are not.
        bool counted = i > 0 && !t[i].BreakBefore && t[i - 1].Kind == ScanKind.Word
            && Word(i - 1) is var previous && (previous.Equals("the", StringComparison.OrdinalIgnoreCase) || t[i - 1].Entry is { IsMod: true } // "the early hours of Friday" || previous.Equals("of", StringComparison.OrdinalIgnoreCase)
                || previous.Equals("its", StringComparison.OrdinalIgnoreCase) || previous.Equals("their", StringComparison.OrdinalIgnoreCase));
        bool after = (IsWord(end, "of") && !fraction && !counted) || IsWord(end, "after") || IsWord(end, "before") || IsWord(end, "later") || IsWord(end, "earlier") || IsWord(end, "ago");
        if (!before && !after)
        {
            return false;
        }

        if (after && IsWord(end, "ago") && TryAgo(end, out int direction, out int afterAgo))
        {
            return Found(i, afterAgo, TimexType.DATE, direction < 0 ? "PAST_REF" : "FUTURE_REF", "count-ago", out match);
        }

        return Found(i, end, TimexType.DURATION, TimeValues.Duration("X", t[i].Entry!.Unit), "bare-unit", out match);
    }

    /// <summary>"will take decades", "lasts hours", "through centuries", "throughout months of talks": a bare plural after these spans time.</summary>
    private bool IsSpanVerbOrPreposition(int k) =>
        IsWordAt(k, "take") || IsWordAt(k, "takes") || IsWordAt(k, "taking") || IsWordAt(k, "lasts") || IsWordAt(k, "lasting")
        || IsWordAt(k, "through") || IsWordAt(k, "throughout") || IsWordAt(k, "during");

    /// <summary>
    /// "over the years", "through the decades", "throughout the centuries": with "the" after a preposition of extent the
    /// plural is a vague span (TimeBank: "over the years" = "the years", PXY). Not before "of", "since", "before", "after"
    /// or a number, where the plural is bounded by what follows ("the years of war", "the years since 1990").
    /// </summary>
    private bool TheSpanOfYears(int i, int end) =>
        i > 1 && !t[i].BreakBefore && !t[i - 1].BreakBefore && IsWordAt(i - 1, "the")
        && (IsWordAt(i - 2, "over") || IsWordAt(i - 2, "through") || IsWordAt(i - 2, "throughout") || IsWordAt(i - 2, "across"))
        && t[i].Entry!.Unit is TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century or TimeUnit.Month or TimeUnit.Week
        && !IsWord(end, "of") && !IsWord(end, "since") && !IsWord(end, "before") && !IsWord(end, "after") && !(end < count && t[end].Kind == ScanKind.Digits);

    /// <summary>A count: digits, number words (twenty-four), a/an, a few, several.</summary>
    private bool TryCount(int i, out string amount, out int next, bool atStart = false)
    {
        amount = "";
        next = i;
        if (i >= count || (!atStart && !Continues(i)))
        {
            return false;
        }

        if (IsDigits(i, 1, 4))
        {
            return TryDigitCount(i, out amount, out next);
        }

        if (t[i].Entry is not { } e)
        {
            return false;
        }

        if (e.IsQuant)
        {
            next = i + 1;
            if (Word(i).Equals("couple", StringComparison.OrdinalIgnoreCase))
            {
                (amount, next) = ("2", IsWord(next, "of") ? next + 1 : next);
                return true;
            }

            if (IsWord(next, "of"))
            {
                next++;
            }

            amount = "X";
            return true;
        }

        if (e.Number < 0)
        {
            return false;
        }

        int value = e.Number;
        next = i + 1;
        if (value == 1 && t[i].Length <= 2)
        {
            if (IsWord(next, "couple"))
            {
                (amount, next) = ("2", IsWord(next + 1, "of") ? next + 2 : next + 1);
                return true;
            }

            if (Entry(next) is { IsQuant: true })
            {
                next++;
                if (IsWord(next, "of"))
                {
                    next++;
                }

                amount = "X";
                return true;
            }

            if (Entry(next) is { Number: 100 })
            {
                (amount, next) = ("100", next + 1);
                return true;
            }
        }

        if (value >= 20 && value % 10 == 0 && value < 100)
        {
            int k = IsPunct(next, '-') && Adjacent(next) ? next + 1 : next;
            if (Entry(k) is { Number: >= 1 and <= 9 } units && t[k].Length > 2)
            {
                value += units.Number;
                next = k + 1;
            }
        }
        else if (value is >= 2 and <= 9 && Entry(next) is { Number: 100 })
        {
            value *= 100;
            next++;
        }

        if (value is >= 1 and <= 999 && IsWord(next, "thousand"))
        {
            value *= 1000; // "two thousand years", "a thousand years"
            next++;
        }

        amount = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>
    /// 12, or a count with thousands separators (5,000); never the tail of a longer number ("5,000" read from "000")
    /// nor a decimal ("1.5").
    /// </summary>
    private bool TryDigitCount(int i, out string amount, out int next)
    {
        amount = "";
        next = i + 1;
        if (i > 1 && Adjacent(i) && t[i - 1].Kind == ScanKind.Punct && text[t[i - 1].Start] is ',' or '.' && Adjacent(i - 1) && t[i - 2].Kind == ScanKind.Digits)
        {
            return false;
        }

        long value = t[i].Number;
        while (t[i].Length <= 3 && IsPunct(next, ',') && Adjacent(next) && IsDigits(next + 1, 3, 3) && Adjacent(next + 1) && value < 1_000_000)
        {
            value = (value * 1000) + t[next + 1].Number;
            next += 2;
        }

        if (next < count && Adjacent(next) && text[t[next].Start] is ',' or '.' && IsDigits(next + 1, 1, 9) && Adjacent(next + 1))
        {
            return false;
        }

        amount = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>ago, earlier, later, hence, from now, from today; "before"/"after" only when nothing follows them.</summary>
    private bool TryAgo(int i, out int direction, out int next)
    {
        direction = 0;
        next = i;
        if (IsWord(i, "from") && (IsWord(i + 1, "now") || IsWord(i + 1, "today")))
        {
            (direction, next) = (1, i + 2);
            return true;
        }

        if (Entry(i) is not { Ago: not 0 } e)
        {
            return false;
        }

        bool standalone = Word(i).Equals("before", StringComparison.OrdinalIgnoreCase) || Word(i).Equals("after", StringComparison.OrdinalIgnoreCase);
        if (standalone && Continues(i + 1) && t[i + 1].Kind != ScanKind.Punct)
        {
            return false;
        }

        (direction, next) = (e.Ago, i + 1);
        return true;
    }

    /// <summary>"a week from today" counts from the article's day, so it names a day: 2024-01-10, not a week.</summary>
    private string? DayFromToday(string amount, TimeUnit unit)
    {
        if (dct is not { } d || amount == "X" || !int.TryParse(amount, System.Globalization.CultureInfo.InvariantCulture, out int n) || n > 1000)
        {
            return null;
        }

        DateOnly? day = unit switch
        {
            TimeUnit.Day => d.AddDays(n),
            TimeUnit.Week => d.AddDays(7 * n),
            TimeUnit.Month => d.AddMonths(n),
            TimeUnit.Year => d.AddYears(n),
            _ => null,
        };
        return day is { } found ? TimeValues.Date(found) : null;
    }

    private string AgoValue(string amount, TimeUnit unit, int direction)
    {
        if (amount == "X")
        {
            return direction < 0 ? "PAST_REF" : "FUTURE_REF";
        }

        int n = int.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) * direction;
        if (dct is { } d && unit is TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century && d.Year + (n * (unit == TimeUnit.Century ? 100L : unit == TimeUnit.Decade ? 10L : 1L)) is < 1000 or > 9999)
        {
            return direction < 0 ? "PAST_REF" : "FUTURE_REF"; // "5,000 years ago": before any calendar year a value can spell
        }

        return unit switch
        {
            TimeUnit.Day => TimeValues.Shift('D', n, dct),
            TimeUnit.Week or TimeUnit.Weekend => TimeValues.Shift('W', n, dct),
            TimeUnit.Month => TimeValues.Shift('M', n, dct),
            TimeUnit.Quarter => TimeValues.Shift('Q', n, dct),
            TimeUnit.Half => TimeValues.Shift('M', 6 * n, dct),
            TimeUnit.Year => TimeValues.Shift('Y', n, dct),
            TimeUnit.Decade => TimeValues.Shift('Y', 10 * n, dct),
            TimeUnit.Century => TimeValues.Shift('Y', 100 * n, dct),
            _ => TimeValues.Shift('D', 0, dct),
        };
    }

    /// <summary>"$5 a year", "twice a week": a/an + unit after a rate is a SET.</summary>
    private bool IsSetContext(int i)
    {
        if (i == 0 || t[i].BreakBefore)
        {
            return false;
        }

        // The word before may open its sentence ("Twice a week, ..."); "24 hours a day" and "seven days a week" count a rate too.
        int p = i - 1;
        var before = t[p].Kind == ScanKind.Word ? Word(p) : default;
        return t[p].Kind == ScanKind.Digits || (t[p].Kind == ScanKind.Punct && text[t[p].Start] == '%') || t[p].Entry is { PluralUnit: true }
            || before.Equals("times", StringComparison.OrdinalIgnoreCase) || before.Equals("once", StringComparison.OrdinalIgnoreCase)
            || before.Equals("twice", StringComparison.OrdinalIgnoreCase) || before.Equals("percent", StringComparison.OrdinalIgnoreCase)
            || before.Equals("million", StringComparison.OrdinalIgnoreCase) || before.Equals("billion", StringComparison.OrdinalIgnoreCase)
            || before.Equals("dollars", StringComparison.OrdinalIgnoreCase) || before.Equals("cents", StringComparison.OrdinalIgnoreCase)
            || IsCountedNoun(p);
    }

    /// <summary>"four flights a week", "500 cars a day", "50,000 CDs a year": a counted plural noun before the rate.</summary>
    private bool IsCountedNoun(int p)
    {
        if (t[p].Kind != ScanKind.Word || t[p].Length < 3 || Word(p)[^1] != 's' || t[p].Entry is { Unit: not TimeUnit.None }
            || (char.IsUpper(text[t[p].Start]) && !Word(p)[..^1].ToString().All(char.IsUpper)) // "CDs" counts; "Bears" is a name
            || p == 0 || t[p].BreakBefore)
        {
            return false;
        }

        int count = p - 1;
        return t[count].Kind == ScanKind.Digits || t[count].Entry is { Number: >= 2 } || IsWordAt(count, "thousand") || IsWordAt(count, "hundred");
    }
}
