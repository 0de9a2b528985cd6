namespace Dateline.Time;

/// <summary>Calendar dates, clock times, years, decades and centuries.</summary>
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

        if ((abbreviated && !dotted) || (month == 5 && !MayIsMonth(i)) || (i > 0 && !t[i].BreakBefore && !t[i - 1].BreakBefore && StartsName(i - 1)))
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
        if (IsWord(k, "of") || hyphenated)
        {
            k++;
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

    /// <summary>3 p.m., 3:30 pm, 15:00 (EST), optionally anchored: "3 p.m. Tuesday".</summary>
    private bool TryClock(int i, out TimexMatch match)
    {
        match = default;
        if (t[i].Length == 4 && Entry(i + 1) is { IsTimeZone: true } && t[i].Number / 100 <= 23 && t[i].Number % 100 <= 59)
        {
            return TryClockAnchor(i, i + 1, t[i].Number / 100, t[i].Number % 100, out match); // "(1130 GMT)": the wire services' 24-hour clock
        }

        if (t[i].Length > 2)
        {
            return false;
        }

        int hour = t[i].Number, minute = 0, k = i + 1;
        bool colon = false;
        if (IsPunct(k, ':') && Adjacent(k) && IsDigits(k + 1, 2, 2) && Adjacent(k + 1))
        {
            minute = t[k + 1].Number;
            colon = true;
            k += 2;
        }

        if (!colon && hour is >= 1 and <= 12 && IsOClock(k))
        {
            return TryClockAnchor(i, k + 3, hour, 0, out match); // "at 9 o'clock"
        }

        if (TryMeridiem(k, out bool pm, out int afterMeridiem) && hour is >= 1 and <= 12 && minute < 60)
        {
            hour = pm ? (hour % 12) + 12 : hour % 12;
            k = afterMeridiem;
        }
        else if (!colon || hour > 23 || minute > 59 || (IsPunct(k, ':') && Adjacent(k)) || (i > 0 && IsPunct(i - 1, ':') && Adjacent(i)))
        {
            return false;
        }

        return TryClockAnchor(i, k, hour, minute, out match);
    }

    /// <summary>"o'clock" from token <paramref name="k"/> on (o, apostrophe, clock, written together).</summary>
    private bool IsOClock(int k) => IsWord(k, "o") && IsPunct(k + 1, '\'') && Adjacent(k + 1) && IsWord(k + 2, "clock") && Adjacent(k + 2);

    /// <summary>noon, midnight Friday.</summary>
    private bool TryNamedClock(int i, out TimexMatch match) => TryClockAnchor(i, i + 1, t[i].Entry!.Clock, 0, out match);

    /// <summary>The rest of a clock time: a time zone, then a day it belongs to ("Tuesday", ", Nov. 6", "yesterday"), else the article date.</summary>
    private bool TryClockAnchor(int i, int k, int hour, int minute, out TimexMatch match)
    {
        if (Entry(k) is { IsTimeZone: true })
        {
            k++;
        }

        string day = dct is { } d ? TimeValues.Date(d) : "XXXX-XX-XX";
        if (IsPunct(k, ',') && Entry(k + 1) is { Month: > 0 })
        {
            k++;
        }
        else if (IsWord(k, "local") && IsWord(k + 1, "time") && Entry(k + 2) is { Weekday: > 0 })
        {
            k += 2; // "10:30 a.m. local time Friday"
        }

        if (Entry(k) is { } anchor && (anchor.Weekday > 0 || anchor.Month > 0) && TryCore(k, afterThe: false, out var date) && date.Value.Length == 10)
        {
            (day, k) = (date.Value, date.End);
        }
        else if (Entry(k) is { StartsPhrase: true } && TryPhrase(k, out var phrase) && phrase.Value.Length == 10)
        {
            (day, k) = (phrase.Value, phrase.End);
        }

        return Found(i, k, TimexType.TIME, $"{day}T{hour:00}:{minute:00}", "clock", out match);
    }

    /// <summary>
    /// "mid-afternoon yesterday", "early morning", "late Tuesday night" is left to the weekday: a part of day with a
    /// modifier before it or a day after it is a TIME on that day (else the article date). A bare "morning" is
    /// too often generic to annotate.
    /// </summary>
    private bool TryPartOfDay(int i, out TimexMatch match)
    {
        match = default;
        string part = t[i].Entry!.PartOfDay!;
        if (Word(i)[^1] is 's' or 'S')
        {
            return false;
        }

        int end = i + 1;
        string? day = null;
        if (Entry(end) is { StartsPhrase: true } && TryPhrase(end, out var phrase) && phrase.Value.Length == 10)
        {
            (day, end) = (phrase.Value, phrase.End);
        }
        else if (Entry(end) is { Weekday: > 0 } && TryMatch(end, out var weekday) && weekday.Type == TimexType.DATE && weekday.Value.Length == 10)
        {
            (day, end) = (weekday.Value, weekday.End); // "midday Tuesday", as "noon Tuesday"
        }
        else if (IsWord(end, "of") && Continues(end + 1) && TryMatch(end + 1, out var ofDay) && ofDay.Type == TimexType.DATE && IsFullDay(ofDay)
            && ofDay.Value.Length == 10)
        {
            // "the night of Jan. 5", "the early morning of Dec. 3": that day's part.
            return Found(i, ofDay.End, TimexType.TIME, $"{ofDay.Value}T{part}", "part-of-day-of", out match);
        }

        // Only "mid-" joins a part of day with a hyphen; "a late-night show" is an adjective.
        bool hyphenated = i > 0 && IsPunct(i - 1, '-') && Adjacent(i);
        int before = hyphenated ? i - 2 : i - 1;
        bool modified = before >= 0 && !t[i].BreakBefore && t[before].Entry is { IsMod: true } && !IsWordAt(before, "fiscal")
            && (!hyphenated || IsWordAt(before, "mid"));
        if (day is null && !modified)
        {
            return false;
        }

        day ??= dct is { } d ? TimeValues.Date(d) : "XXXX-XX-XX";
        return Found(i, end, TimexType.TIME, $"{day}T{part}", "part-of-day", out match);
    }

    /// <summary>1998, fiscal 1998 (the "fiscal" prefix is a modifier).</summary>
    /// <summary>"508 BC", "5000 BCE", "347 A.D.", "500 CE": a number of up to four digits and an era marker after it.</summary>
    private bool TryEraYear(int i, out TimexMatch match)
    {
        match = default;
        if (t[i].Length > 4 || t[i].Number < 1 || (i > 0 && Adjacent(i) && t[i - 1].Kind != ScanKind.Punct) || !TryEra(i + 1, out int era, out int end))
        {
            return false;
        }

        string year = TimeValues.Year(t[i].Number);
        return Found(i, end, TimexType.DATE, era < 0 ? "BC" + year : year, "era-year", out match);
    }

    /// <summary>"AD 842", "AD842": the era marker before the number.</summary>
    private bool TryEraBeforeYear(int i, out TimexMatch match)
    {
        match = default;
        return TryEra(i, out int era, out int k) && era > 0 && Continues(k) && t[k].Kind == ScanKind.Digits && t[k].Length <= 4 && t[k].Number >= 1
            && !(k + 1 < count && Adjacent(k + 1) && t[k + 1].Kind != ScanKind.Punct)
            && Found(i, k + 1, TimexType.DATE, TimeValues.Year(t[k].Number), "era-year", out match);
    }

    /// <summary>An era marker in capitals at <paramref name="k"/>, written whole (BC) or with dots (B.C.E.).</summary>
    private bool TryEra(int k, out int era, out int end)
    {
        (era, end) = (0, k);
        if (!Continues(k) || t[k].Kind != ScanKind.Word || !IsUpperCase(k))
        {
            return false;
        }

        if (t[k].Length > 1)
        {
            (era, end) = (t[k].Entry?.Era ?? 0, k + 1);
            return era != 0 && !(Continues(end) && Adjacent(end) && t[end].Kind is ScanKind.Word or ScanKind.Code);
        }

        Span<char> letters = stackalloc char[3];
        int n = 0;
        int j = k;
        while (n < 3 && Continues(j) && t[j].Kind == ScanKind.Word && t[j].Length == 1 && IsUpperCase(j) && IsPunct(j + 1, '.') && Adjacent(j + 1)
            && (j == k || Adjacent(j)))
        {
            letters[n++] = text[t[j].Start];
            j += 2;
        }

        if (n < 2 || lexicon.Find(letters[..n]) is not { Era: not 0 } entry)
        {
            return false;
        }

        (era, end) = (entry.Era, j);
        return true;
    }

    private bool IsUpperCase(int i)
    {
        foreach (char c in Word(i))
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool TryYear(int i, out TimexMatch match)
    {
        match = default;
        bool afterMid = i > 1 && IsPunct(i - 1, '-') && Adjacent(i) && IsWordAt(i - 2, "mid");
        bool rangeEnd = i > 1 && IsYearRangeDash(i - 1) && IsPlausibleYear(i - 2) && t[i - 2].Number < t[i].Number;
        if (!IsPlausibleYear(i) || (!afterMid && !rangeEnd && i > 0 && Adjacent(i) && t[i - 1].Kind == ScanKind.Punct && text[t[i - 1].Start] is '$' or '#' or '.' or ',' or '/' or '-'))
        {
            return false;
        }

        if (IsCount(i))
        {
            return false;
        }

        int k = i + 1;
        bool rangeStart = IsYearRangeDash(k) && IsDigits(k + 1, 2, 4) && t[k + 1].Length != 3
            && (t[k + 1].Length == 2 ? t[k + 1].Number > t[i].Number % 100 || (t[i].Number + 1) % 100 == t[k + 1].Number : IsPlausibleYear(k + 1) && t[k + 1].Number > t[i].Number);
        if (!rangeStart && k < count && Adjacent(k) && t[k].Kind == ScanKind.Punct
            && (text[t[k].Start] is '%' or '-' or '/' || (text[t[k].Start] is ',' or '.' && IsDigits(k + 1, 1, 9) && Adjacent(k + 1))))
        {
            return false;
        }

        string year = TimeValues.Year(t[i].Number);
        if (TryQuarterOfYear(k, year, out int quarterEnd, out string? quarter))
        {
            return Found(i, quarterEnd, TimexType.DATE, quarter!, "year-quarter", out match);
        }

        if (IsWord(k, "period") || (IsWord(k, "quarter") && !(Continues(k + 1) && t[k + 1].Kind == ScanKind.Word && char.IsLower(text[t[k + 1].Start]) && !IsWord(k + 1, "and"))))
        {
            // "the 1988 period" / "the 1988 quarter" compares with the quarter being reported.
            string period = reportedQuarter is { } q ? $"{year}-{q}" : year;
            return Found(i, k + 1, TimexType.DATE, period, "year-period", out match);
        }

        return Found(i, k, TimexType.DATE, year, "year", out match);
    }

    /// <summary>"pre-1990 days": the year a prefix puts before or after is no count (whether TimeML takes the prefix in is not known here).</summary>
    private bool AfterPrePost(int i) =>
        i > 1 && IsPunct(i - 1, '-') && Adjacent(i) && Adjacent(i - 1) && (IsWordAt(i - 2, "pre") || IsWordAt(i - 2, "post")) && IsPlausibleYear(i);

    /// <summary>the 1990s, the '90s, 1990's.</summary>
    private bool TryDecade(int i, out TimexMatch match)
    {
        match = default;
        if (t[i].Kind == ScanKind.Punct)
        {
            int s = IsPunct(i + 2, '\'') && Adjacent(i + 2) ? i + 3 : i + 2; // "the '70's"
            if (!IsPunct(i, '\'') || !IsDigits(i + 1, 2, 2) || !Adjacent(i + 1))
            {
                return false;
            }

            if (t[i + 1].Number % 10 != 0 || !IsWord(s, "s") || !Adjacent(s))
            {
                return TryClippedYear(i, out match);
            }

            return Found(i, s + 1, TimexType.DATE, ShortDecade(t[i + 1].Number), "decade", out match);
        }

        if (t[i].Length == 2)
        {
            return TryShortDecade(i, out match);
        }

        if (t[i].Length != 4 || t[i].Number % 10 != 0)
        {
            return false;
        }

        int k = i + 1;
        if (IsPunct(k, '\'') && Adjacent(k))
        {
            k++;
        }

        // "the 1800s", "the early 1600's" name a century (TIMEX3 "18"); "the 2000s" in news is the decade.
        string value = t[i].Number % 100 == 0 && t[i].Number < 2000 ? TimeValues.Year(t[i].Number)[..2] : TimeValues.Year(t[i].Number)[..3];
        return IsWord(k, "s") && Adjacent(k) && Found(i, k + 1, TimexType.DATE, value, "decade", out match);
    }

    /// <summary>
    /// "in '71", "the class of '98", "since '05": a clipped year after a preposition, in the century that puts it nearest
    /// the article date (as "June '98" does); a quote opening on two digits elsewhere is left alone.
    /// </summary>
    private bool TryClippedYear(int i, out TimexMatch match)
    {
        match = default;
        bool preposition = IsWordAt(i - 1, "in") || IsWordAt(i - 1, "of") || IsWordAt(i - 1, "since") || IsWordAt(i - 1, "until") || IsWordAt(i - 1, "by")
            || IsWordAt(i - 1, "from") || IsWordAt(i - 1, "through") || IsWordAt(i - 1, "before") || IsWordAt(i - 1, "after");
        if (i == 0 || t[i].BreakBefore || !preposition || Adjacent(i) || (i + 2 < count && Adjacent(i + 2) && t[i + 2].Kind is ScanKind.Word or ScanKind.Digits)
            || IsWord(i + 2, "percent") || dct is not { } d)
        {
            return false;
        }

        int year = (d.Year / 100 * 100) + t[i + 1].Number;
        year += year > d.Year + 20 ? -100 : year < d.Year - 80 ? 100 : 0;
        return Found(i, i + 2, TimexType.DATE, TimeValues.Year(year), "clipped-year", out match);
    }

    /// <summary>
    /// "the 90s", "the late 80's", "the mid-90s": written without the apostrophe a two-digit decade needs "the" or a
    /// modifier before it, since "her 80s" is an age and "in the 90s" after a temperature is degrees.
    /// </summary>
    private bool TryShortDecade(int i, out TimexMatch match)
    {
        match = default;
        int s = IsPunct(i + 1, '\'') && Adjacent(i + 1) ? i + 2 : i + 1;
        if (t[i].Number % 10 != 0 || !IsWord(s, "s") || !Adjacent(s) || i == 0 || t[i].BreakBefore)
        {
            return false;
        }

        int before = IsPunct(i - 1, '-') && Adjacent(i) && i > 1 ? i - 2 : i - 1;
        if (t[before].Entry is not ({ IsDet: true } or { IsMod: true }) || (before < i - 1 && !IsWordAt(before, "mid")))
        {
            return false;
        }

        if (IsWord(s + 1, "percent") || IsWord(s + 1, "degrees") || IsPunct(s + 1, '%') || NearTemperature(before))
        {
            return false;
        }

        return Found(i, s + 1, TimexType.DATE, ShortDecade(t[i].Number), "decade", out match);
    }

    /// <summary>"highs in the 90s", "temperatures in the mid-80s": a few words back names a temperature.</summary>
    private bool NearTemperature(int i)
    {
        for (int k = i - 1; k >= 0 && k >= i - 5; k--)
        {
            if (IsWordAt(k, "temperature") || IsWordAt(k, "temperatures") || IsWordAt(k, "highs") || IsWordAt(k, "lows") || IsWordAt(k, "degrees")
                || IsWordAt(k, "heat") || IsWordAt(k, "high") || IsWordAt(k, "low"))
            {
                return true;
            }

            if (t[k + 1].BreakBefore)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>A two-digit decade in the article's century when it has begun by the article date, else the one before.</summary>
    private string ShortDecade(int number)
    {
        int century = dct is { } d && number / 10 <= (d.Year % 100) / 10 ? d.Year / 100 : (dct?.Year ?? 1999) / 100 - 1;
        return $"{century:00}{number / 10}";
    }

    /// <summary>the 20th century, the twentieth century.</summary>
    private bool TryCentury(int i, out TimexMatch match)
    {
        match = default;
        int ordinal, k = i + 1;
        if (t[i].Kind == ScanKind.Digits)
        {
            if (t[i].Length > 2 || !IsOrdinalSuffix(k) || !Adjacent(k))
            {
                return false;
            }

            ordinal = t[i].Number;
            k++;
        }
        else
        {
            ordinal = t[i].Entry!.Ordinal;
        }

        bool adjective = IsPunct(k, '-') && Adjacent(k) && Adjacent(k + 1);
        if (adjective)
        {
            k++; // "a 19th-century house": the article is the noun's
        }

        return ordinal is >= 1 and <= 30 && Entry(k) is { Unit: TimeUnit.Century, PluralUnit: false }
            && Found(i, k + 1, TimexType.DATE, $"{ordinal - 1:00}", adjective ? "century-adjective" : "century", out match);
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

    /// <summary>", 2024" or " 2024" after a month or day.</summary>
    private bool TryYearAfter(int i, out int year, out int next)
    {
        year = 0;
        next = i;
        int k = IsPunct(i, ',') ? i + 1 : i;
        if (Continues(k) && TryWordYear(k, out year, out next))
        {
            return true;
        }

        if (Continues(k) && t[k].Kind == ScanKind.Punct && text[t[k].Start] is '\'' or '\u2019' && IsDigits(k + 1, 2, 2) && Adjacent(k + 1)
            && !(k + 2 < count && Adjacent(k + 2) && t[k + 2].Kind is ScanKind.Word or ScanKind.Digits) && dct is { } d)
        {
            // "the summer of '97", "June '98": the century that puts the year nearest the article date.
            year = (d.Year / 100 * 100) + t[k + 1].Number;
            year += year > d.Year + 20 ? -100 : year < d.Year - 80 ? 100 : 0;
            next = k + 2;
            return true;
        }

        if (k == i && IsEarlyYear(k))
        {
            year = t[k].Number;
            next = k + 1;
            return true;
        }

        if (!Continues(k) || !IsPlausibleYear(k) || (k + 1 < count && Adjacent(k + 1) && t[k + 1].Kind == ScanKind.Digits))
        {
            return false;
        }

        if (k + 2 < count && Adjacent(k + 1) && text[t[k + 1].Start] is ',' or '.' && IsDigits(k + 2, 1, 9) && Adjacent(k + 2))
        {
            return false;
        }

        year = t[k].Number;
        next = k + 1;
        return true;
    }

    /// <summary>
    /// "this year", "last year", "of next year", "of the current year" after a month, day, quarter or season: TimeML
    /// makes "January 1 this year" and "the second half of last year" one expression whose year the relative word names.
    /// "past" and the anaphoric words ("the previous year") are left out: they name spans or need an anchor.
    /// </summary>
    private bool TryRelativeYearAfter(int i, out int year, out int next)
    {
        year = 0;
        next = i;
        int k = IsWord(i, "of") ? i + 1 : i;
        if (k > i && IsWord(k, "the") && Entry(k + 1) is { Rel: not null })
        {
            k++;
        }

        if (dct is not { } d || Entry(k) is not { Rel: { } rel, IsAnaphoric: false } || IsWord(k, "past") || IsWord(k, "latest")
            || Entry(k + 1) is not { Unit: TimeUnit.Year, PluralUnit: false })
        {
            return false;
        }

        year = d.Year + rel;
        next = k + 2;
        return true;
    }

    /// <summary>A year in words, as broadcast transcripts write it: "nineteen ninety-six", "nineteen eighty".</summary>
    private bool TryWordYear(int i, out int year, out int next)
    {
        year = 0;
        next = i;
        if (i >= count || t[i].Kind != ScanKind.Word || t[i].Entry is not { Number: >= 11 and <= 20 } century || !Continues(i + 1)
            || t[i + 1].Entry is not { Number: >= 10 and <= 90 } tens || (tens.Number >= 20 && tens.Number % 10 != 0))
        {
            return false;
        }

        year = (century.Number * 100) + tens.Number;
        next = i + 2;
        int k = IsPunct(next, '-') && Adjacent(next) ? next + 1 : next;
        if (tens.Number >= 20 && Continues(k) && t[k].Kind == ScanKind.Word && t[k].Entry is { Number: >= 1 and <= 9 } units && t[k].Length > 2)
        {
            year += units.Number;
            next = k + 1;
        }

        return true;
    }

    /// <summary>"nineteen ninety-six" standing alone.</summary>
    private bool TryWordYearAlone(int i, out TimexMatch match)
    {
        match = default;
        return TryWordYear(i, out int year, out int end) && Found(i, end, TimexType.DATE, TimeValues.Year(year), "year", out match);
    }

    private bool TryMeridiem(int i, out bool pm, out int next)
    {
        pm = false;
        next = i;
        if (!Continues(i) || t[i].Kind != ScanKind.Word)
        {
            return false;
        }

        var word = Word(i);
        if (word.Equals("am", StringComparison.OrdinalIgnoreCase) || word.Equals("pm", StringComparison.OrdinalIgnoreCase))
        {
            pm = char.ToLowerInvariant(word[0]) == 'p';
            next = i + 1; // a dot after a bare "pm" ends the sentence: "at 3pm." is "3pm"
            return true;
        }

        if ((word is "a" or "p" or "A" or "P") && IsPunct(i + 1, '.') && Adjacent(i + 1) && IsWord(i + 2, "m") && Adjacent(i + 2))
        {
            pm = char.ToLowerInvariant(word[0]) == 'p';
            next = i + 3;
            if (IsPunct(next, '.') && Adjacent(next))
            {
                next++;
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// A four-digit number that counts or names things: "2000 soldiers", "Resolution 1244", "1600 Pennsylvania Avenue",
    /// or "about 1500" before a plain lowercase word ("some 1800 troops"); "about 1990, the firm ..." and "the 1998
    /// budget" stay years.
    /// </summary>
    // Words that open the clause after an approximated year ("Around 1990 it began"), never the noun a count counts.
    private static readonly string[] YearFollowers = ["and", "or", "to", "through", "until", "by", "in", "at", "on", "for", "with", "when", "as", "after", "before", "from", "but",
        "it", "he", "she", "they", "we", "i", "you", "there", "the", "his", "her", "its", "their", "was", "were", "is", "had"];

    private bool IsCount(int i)
    {
        if (Entry(i + 1) is { IsCountedNoun: true } or { PluralUnit: true } || (i > 0 && !t[i].BreakBefore && t[i - 1].Entry is { IsLabel: true })
            || (Continues(i + 1) && IsCapitalized(i + 1) && Entry(i + 2) is { IsStreet: true } && IsCapitalized(i + 2)))
        {
            return true; // "2000 soldiers", "Resolution 1244", "1600 Pennsylvania Avenue"
        }

        bool approximated = i > 0 && Adjacent(i) is false && (t[i - 1].Entry is { IsApprox: true } || IsWordAt(i - 1, "than"))
            && !(IsWordAt(i - 1, "at") || IsWordAt(i - 1, "up") || IsWordAt(i - 1, "no"));
        return approximated && Continues(i + 1) && t[i + 1].Kind == ScanKind.Word && char.IsLower(text[t[i + 1].Start]) && t[i + 1].Entry is null
            && Array.IndexOf(YearFollowers, Word(i + 1).ToString().ToLowerInvariant()) < 0;
    }

    /// <summary>The dash of "1996-2000" or "1996–97" between two adjacent years: each year is its own expression.</summary>
    private bool IsYearRangeDash(int i) => i < count && Adjacent(i) && Adjacent(i + 1) && t[i].Kind == ScanKind.Punct && text[t[i].Start] is '-' or '\u2013';

    /// <summary>
    /// A three-digit number right after a month or day with nothing but punctuation after it is a year of the first
    /// millennium ("30 September 420", "the winter of 373"), and after "of" before a lower-case word that is no counted
    /// noun too ("December of 384 in Rome"); else before a word it counts ("in March 150 people"), after a comma it may
    /// start a count ("May 5, 300 were"), and "150,000" or "150.5" go on as numbers.
    /// </summary>
    private bool IsEarlyYear(int k)
    {
        if (!Continues(k) || !IsDigits(k, 3, 3) || t[k].Number < 100)
        {
            return false;
        }

        if (!Continues(k + 1))
        {
            return true;
        }

        if (t[k + 1].Kind == ScanKind.Word && IsWordAt(k - 1, "of") && char.IsLower(text[t[k + 1].Start]) && t[k + 1].Entry is not { IsCountedNoun: true })
        {
            return true; // "December of 384 in Rome": after "of" a month's number is its year
        }

        if (t[k + 1].Kind != ScanKind.Punct || IsPunct(k + 1, '%'))
        {
            return false;
        }

        return !((IsPunct(k + 1, ',') || IsPunct(k + 1, '.')) && Adjacent(k + 1) && IsDigits(k + 2, 1, 9) && Adjacent(k + 2));
    }

    private bool IsPlausibleYear(int i) => IsDigits(i, 4, 4) && t[i].Number is >= 1000 and <= 2099;

    private bool IsDigits(int i, int minLength, int maxLength) =>
        i < count && t[i].Kind == ScanKind.Digits && t[i].Length >= minLength && t[i].Length <= maxLength && t[i].Number >= 0;

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
