namespace Dateline.Time;

/// <summary>Calendar dates: ISO and slash dates, month and day, weekdays.</summary>
internal sealed partial class TimexGrammar
{
    /// <summary>2024-01-03.</summary>
    private bool TryIsoDate(int i, out TimexMatch match)
    {
        match = default;
        if (t[i].Length != 4 || !IsPunct(i + 1, '-') || !Adjacent(i + 1) || !IsDigits(i + 2, 1, 2) || !Adjacent(i + 2)
            || !IsPunct(i + 3, '-') || !Adjacent(i + 3) || !IsDigits(i + 4, 1, 2) || !Adjacent(i + 4))
        {
            return false;
        }

        return TryDayValue(t[i].Number, t[i + 2].Number, t[i + 4].Number, out string? value)
            && Found(i, i + 5, TimexType.DATE, value!, "iso-date", out match);
    }

    /// <summary>1/3/2024 and 1/3/24 (month first, as in US news).</summary>
    private bool TrySlashDate(int i, out TimexMatch match)
    {
        match = default;
        if (t[i].Length > 2 || !IsPunct(i + 1, '/') || !Adjacent(i + 1) || !IsDigits(i + 2, 1, 2) || !Adjacent(i + 2)
            || !IsPunct(i + 3, '/') || !Adjacent(i + 3) || !Adjacent(i + 4) || !(IsDigits(i + 4, 4, 4) || IsDigits(i + 4, 2, 2)))
        {
            return false;
        }

        int year = t[i + 4].Number;
        if (t[i + 4].Length == 2)
        {
            year += year < 50 ? 2000 : 1900;
        }

        return TryDayValue(year, t[i].Number, t[i + 2].Number, out string? value)
            && Found(i, i + 5, TimexType.DATE, value!, "slash-date", out match);
    }

    /// <summary>January 3, 2024; Jan. 3; Oct. 7th 2023; January 2024; October; June last year.</summary>
    private bool TryMonth(int i, out TimexMatch match)
    {
        match = default;
        if (!IsCapitalized(i))
        {
            return false;
        }

        int month = t[i].Entry!.Month;
        bool abbreviated = t[i].Length < 5 && !IsFullShortMonth(i);
        int k = i + 1;
        bool dotted = false;
        if (abbreviated && IsPunct(k, '.') && Adjacent(k))
        {
            dotted = true;
            k++;
        }

        if (TryDayNumber(k, out int day, out int afterDay))
        {
            if (TryYearAfter(afterDay, out int year, out int afterYear))
            {
                return TryDayValue(year, month, day, out string? full) && Found(i, afterYear, TimexType.DATE, full!, "month-day-year", out match);
            }

            if (TryRelativeYearAfter(afterDay, out year, out afterYear))
            {
                return TryDayValue(year, month, day, out string? full) && Found(i, afterYear, TimexType.DATE, full!, "month-day-rel-year", out match);
            }

            if (day > DaysIn(month))
            {
                return false;
            }

            return Found(i, afterDay, TimexType.DATE, TimeValues.YearlessDate(month, day, dct, ScheduledTense(i, afterDay)), "month-day", out match);
        }

        if (TryYearAfter(k, out int monthYear, out int end) || (IsWord(k, "of") && TryYearAfter(k + 1, out monthYear, out end)))
        {
            return Found(i, end, TimexType.DATE, TimeValues.Month(monthYear, month), "month-year", out match);
        }

        if (Entry(k) is { Rel: { } rel } && Entry(k + 1) is { Unit: TimeUnit.Year, PluralUnit: false } && dct is { } d)
        {
            return Found(i, k + 2, TimexType.DATE, TimeValues.Month(d.Year + rel, month), "month-rel-year", out match);
        }

        if ((abbreviated && !dotted) || (month == 5 && !MayIsMonth(i)) || (i > 0 && !t[i].BreakBefore && !OpensSentence(i - 1) && StartsName(i - 1)))
        {
            return false; // "the Long March": a bare month after a capitalized word inside the sentence ends a name
        }

        int after = dotted ? i + 2 : i + 1;
        if (RangeEndMonthYear(after) is { } closing)
        {
            // "January to March 2016", "between May and June in 1981": the range starts in its end month's year or the one before
            return Found(i, after, TimexType.DATE, TimeValues.Month(month <= closing.Month ? closing.Year : closing.Year - 1, month), "month-range-start", out match);
        }

        if (IsWord(after, "in") && TryYearAfter(after + 1, out int inYear, out _))
        {
            return Found(i, after, TimexType.DATE, TimeValues.Month(inYear, month), "month", out match); // "in June in 1981"
        }

        if (dct is { } today && RangeEndMonth(after) is { } endMonth)
        {
            // "the January-September period", "from January to March": the range starts in its end month's year or the one before
            int endYear = TimeValues.YearFor(endMonth, 0, today, tenses.Around(i, after + 2));
            return Found(i, after, TimexType.DATE, TimeValues.Month(month <= endMonth ? endYear : endYear - 1, month), "month-range-start", out match);
        }

        // The month that closes a range reads the tense over the same words as the month that opened it, so "from
        // April to May, it rose" puts both in one year.
        bool closesRange = i > 1 && !t[i].BreakBefore && !t[i - 1].BreakBefore && Entry(i - 2) is { Month: > 0 } && RangeEndMonth(i - 1) == month;
        var tense = closesRange ? tenses.Around(i - 2, i + 1) : ScheduledTense(i, i + 1);
        return Found(i, after, TimexType.DATE, TimeValues.YearlessMonth(month, dct, tense), "month", out match);
    }

    /// <summary>
    /// "expires at midnight Sunday", "begins at 7 a.m. EST Tuesday": the "at" that opens a clock time right before the
    /// weekday at <paramref name="weekday"/>, so the verb before it can be read as the news present; null when none.
    /// </summary>
    private int? ClockOpening(int weekday)
    {
        bool clock = false;
        for (int k = weekday - 1; k >= 0 && k >= weekday - 8 && !t[k + 1].BreakBefore; k--)
        {
            if (IsWordAt(k, "at") || IsWordAt(k, "by") || IsWordAt(k, "until"))
            {
                return clock ? k : null;
            }

            bool part = t[k].Kind == ScanKind.Digits || IsPunct(k, ':') || IsPunct(k, '.') || t[k].Entry is { IsTimeZone: true } or { Clock: > 0 }
                || IsWordAt(k, "a") || IsWordAt(k, "p") || IsWordAt(k, "m") || IsWordAt(k, "am") || IsWordAt(k, "pm") || IsWordAt(k, "local") || IsWordAt(k, "time");
            if (!part)
            {
                return null;
            }

            clock |= t[k].Kind == ScanKind.Digits || t[k].Entry is { Clock: > 0 };
        }

        return null;
    }

    /// <summary>The tense around a year-less date, where the news present of a verb right before it looks ahead: "begins in October".</summary>
    private Tense ScheduledTense(int first, int end)
    {
        var tense = tenses.Around(first, end);
        return tense != Tense.Past && tenses.IsScheduleVerbBefore(first) ? Tense.Future : tense;
    }

    /// <summary>The month that closes a range opened by the month before <paramref name="k"/>: "-September", "to March", "through May".</summary>
    private int? RangeEndMonth(int k)
    {
        bool joined = (IsPunct(k, '-') || IsPunct(k, '\u2013')) && Adjacent(k) && Adjacent(k + 1);
        if (!joined && !IsWord(k, "to") && !IsWord(k, "through"))
        {
            return null;
        }

        int end = k + 1;
        return Entry(end) is { Month: > 0 } e && IsCapitalized(end) && t[end].Length >= 3 && !(IsDigits(end + 1, 1, 4) || TryYearAfter(end + 1, out _, out _))
            && (e.Month != 5 || MayIsMonth(end))
            ? e.Month
            : null;
    }

    /// <summary>
    /// The month and year that close a range opened by the month before <paramref name="k"/> when the year is written:
    /// "-September 2016", "to March 2016", "and June in 1981".
    /// </summary>
    private (int Month, int Year)? RangeEndMonthYear(int k)
    {
        bool joined = (IsPunct(k, '-') || IsPunct(k, '\u2013')) && Adjacent(k) && Adjacent(k + 1);
        if (!joined && !IsWord(k, "to") && !IsWord(k, "through") && !IsWord(k, "and") && !IsWord(k, "until"))
        {
            return null;
        }

        int end = k + 1;
        if (Entry(end) is not { Month: > 0 } e || t[end].Length < 3 || (e.Month == 5 && !MayIsMonth(end)))
        {
            return null;
        }

        int next = IsPunct(end + 1, '.') && Adjacent(end + 1) ? end + 2 : end + 1;
        return TryYearAfter(next, out int year, out _) || ((IsWord(next, "in") || IsWord(next, "of")) && TryYearAfter(next + 1, out year, out _))
            ? (e.Month, year)
            : null;
    }

    /// <summary>3 January 2024, 7 October, 7th of October, the fifth of January, 8-May-2006.</summary>
    private bool TryDayMonth(int i, out TimexMatch match)
    {
        match = default;
        int day, k;
        if (t[i].Kind == ScanKind.Word)
        {
            // "the fifth of January": an ordinal word is a day only with "of" and a month after it
            if (t[i].Entry is not { Ordinal: >= 1 and <= 31 } ordinal || !IsWord(i + 1, "of"))
            {
                return false;
            }

            (day, k) = (ordinal.Ordinal, i + 1);
        }
        else if (!TryDayNumber(i, out day, out k, atStart: true))
        {
            return false;
        }

        bool hyphenated = t[i].Kind == ScanKind.Digits && IsPunct(k, '-') && Adjacent(k) && Adjacent(k + 1);
        bool of = IsWord(k, "of");
        if (of || hyphenated)
        {
            k++;
        }

        if (of && Entry(k) is { Rel: not null } && IsWord(k + 1, "month") && TryMatch(k, out var relativeMonth) && relativeMonth.End == k + 2
            && relativeMonth.Type == TimexType.DATE && relativeMonth.Value.Length == 7 && char.IsAsciiDigit(relativeMonth.Value[0]))
        {
            // "the first of next month", "the 15th of last month": that day of the month the relative names.
            int monthOf = int.Parse(relativeMonth.Value.AsSpan(5, 2), System.Globalization.CultureInfo.InvariantCulture);
            return day <= DateTime.DaysInMonth(int.Parse(relativeMonth.Value.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture), monthOf)
                && Found(i, k + 2, TimexType.DATE, $"{relativeMonth.Value}-{day:00}", "day-of-rel-month", out match);
        }

        if (Entry(k) is not { Month: > 0 } e || !IsCapitalized(k))
        {
            return false;
        }

        int month = e.Month;
        k++;
        if (t[k - 1].Length < 5 && !IsFullShortMonth(k - 1) && IsPunct(k, '.') && Adjacent(k))
        {
            k++;
        }

        if (hyphenated)
        {
            // "8-May-2006": the day, month and year written as one word
            return IsPunct(k, '-') && Adjacent(k) && Adjacent(k + 1) && IsPlausibleYear(k + 1) && TryDayValue(t[k + 1].Number, month, day, out string? joined)
                && Found(i, k + 2, TimexType.DATE, joined!, "day-month-year", out match);
        }

        if (TryYearAfter(k, out int year, out int end))
        {
            return TryDayValue(year, month, day, out string? full) && Found(i, end, TimexType.DATE, full!, "day-month-year", out match);
        }

        if (TryRelativeYearAfter(k, out year, out end))
        {
            return TryDayValue(year, month, day, out string? full) && Found(i, end, TimexType.DATE, full!, "day-month-rel-year", out match);
        }

        return day <= DaysIn(month) && Found(i, k, TimexType.DATE, TimeValues.YearlessDate(month, day, dct, tenses.Around(i, k)), "day-month", out match);
    }

    /// <summary>
    /// "arrived on the 10th.": a day of the month alone, after "on the" and before punctuation (so "on the 10th floor"
    /// and "on the 10th anniversary" are no dates), in the month the tense and the article date pick.
    /// </summary>
    private bool TryDayAlone(int i, out TimexMatch match)
    {
        match = default;
        if (!IsWordAt(i - 1, "the") || !IsWordAt(i - 2, "on") || !IsDigits(i, 1, 2) || t[i].Number is < 1 or > 31 || !IsOrdinalSuffix(i + 1) || !Adjacent(i + 1)
            || (i + 2 < count && !t[i + 2].BreakBefore && t[i + 2].Kind != ScanKind.Punct))
        {
            return false;
        }

        return Found(i, i + 2, TimexType.DATE, TimeValues.MonthlessDate(t[i].Number, dct, tenses.Around(i, i + 2)), "day-alone", out match);
    }

    /// <summary>Thursday; Wednesday, Jan. 3 (the date wins); a part of day is added by the caller.</summary>
    private bool TryWeekday(int i, out TimexMatch match)
    {
        match = default;
        if (!IsCapitalized(i))
        {
            return false;
        }

        int k = i + 1;
        if (t[i].Length < 6)
        {
            if (!IsPunct(k, '.') || !Adjacent(k))
            {
                return false;
            }

            k++;
        }

        if (i > 0 && !t[i].BreakBefore && IsWordAt(i - 1, "the") && k == i + 1 && StartsName(k))
        {
            return false; // "the Sunday Times", "the Sunday Telegraph": a paper's name
        }

        if (i > 0 && !t[i].BreakBefore && t[i - 1].Kind == ScanKind.Word && IsCapitalized(i - 1) && t[i - 1].Entry is { StartsPhrase: true } && StartsName(k))
        {
            return false; // "the Good Friday Agreement", "Easter Sunday Mass": a feast inside a name, no day of its own
        }

        int dateStart = IsPunct(k, ',') ? k + 1 : k;
        int weekday = t[i].Entry!.Weekday;
        if (Continues(dateStart) && Entry(dateStart) is { Month: > 0 } && TryMonth(dateStart, out var date) && date.Value.Length == 10)
        {
            string value = date.Rule == "month-day" ? TimeValues.MatchWeekday(date.Value, weekday) : date.Value;
            return Found(i, date.End, TimexType.DATE, value, "weekday-date", out match);
        }

        var tense = tenses.Around(i, k);
        if (tense != Tense.Past && (tenses.IsScheduleVerbBefore(i) || (ClockOpening(i) is int at && tenses.IsScheduleVerbBefore(at))) && !(IsPunct(k, '\'') && Adjacent(k)))
        {
            tense = Tense.Future; // "arrives Sunday", "voting ends on Sunday": the news present names what is scheduled
        }

        return Found(i, k, TimexType.DATE, TimeValues.Weekday(weekday, dct, tense), "weekday", out match);
    }

    private bool TryDayNumber(int i, out int day, out int next, bool atStart = false)
    {
        day = 0;
        next = i;
        if (!atStart && Continues(i) && t[i].Kind == ScanKind.Word && t[i].Entry is { Ordinal: >= 1 and <= 31 } ordinal)
        {
            (day, next) = (ordinal.Ordinal, i + 1);
            return true;
        }

        if (i >= count || (!atStart && !Continues(i)) || !IsDigits(i, 1, 2) || t[i].Number is < 1 or > 31)
        {
            return false;
        }

        next = i + 1;
        if (IsOrdinalSuffix(next) && Adjacent(next))
        {
            next++;
        }
        else if (next < count && Adjacent(next) && t[next].Kind != ScanKind.Punct)
        {
            return false;
        }
        else if (next < count && Adjacent(next) && text[t[next].Start] is ':' or '%' or '/' && IsDigits(next + 1, 1, 4))
        {
            return false;
        }

        day = t[i].Number;
        return true;
    }

    private bool IsOrdinalSuffix(int i)
    {
        if (i >= count || t[i].Kind != ScanKind.Word || t[i].Length != 2)
        {
            return false;
        }

        var word = Word(i);
        return word.Equals("st", StringComparison.OrdinalIgnoreCase) || word.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || word.Equals("rd", StringComparison.OrdinalIgnoreCase) || word.Equals("th", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>May, June and July are full names shorter than five letters.</summary>
    private bool IsFullShortMonth(int i) => t[i].Entry!.Month is 5 or 6 or 7 && !Word(i).Equals("jun", StringComparison.OrdinalIgnoreCase) && !Word(i).Equals("jul", StringComparison.OrdinalIgnoreCase);

    /// <summary>A bare "May" is the modal verb unless a preposition or modifier says otherwise.</summary>
    private bool MayIsMonth(int i)
    {
        if (i == 0 || t[i].BreakBefore)
        {
            return false;
        }

        // Case-blind, so a sentence may open on the preposition ("In May.", "Since May, ..."); "for May" is a plan's
        // month ("scheduled for May"); "to", "and", "or" join it to another month ("April to May", "April and May").
        var previous = Word(i - 1).ToString().ToLowerInvariant();
        bool afterMonth = i > 1 && !t[i - 1].BreakBefore && t[i - 2].Entry is { Month: > 0 } && IsCapitalized(i - 2);
        return previous is "in" or "of" or "since" or "until" or "by" or "early" or "late" or "mid" or "-" or "last" or "next" or "this" or "during" or "from" or "through" or "before" or "after"
            or "for" or "till" or "throughout"
            || (afterMonth && previous is "to" or "and" or "or" or "through");
    }

    private static int DaysIn(int month) => DateTime.DaysInMonth(2024, month);

    private static bool TryDayValue(int year, int month, int day, out string? value)
    {
        value = null;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month) || year is < 1 or > 9999)
        {
            return false;
        }

        value = TimeValues.Date(new DateOnly(year, month, day));
        return true;
    }
}
