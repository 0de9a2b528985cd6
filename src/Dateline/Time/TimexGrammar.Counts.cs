namespace Dateline.Time;

/// <summary>Counted units: "four months", "two years ago", "a week from today", "$5 a year", "a week-long".</summary>
internal sealed partial class TimexGrammar
{
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
            && (tenses.Around(i, end) == Tense.Future || (tenses.Around(i, end) != Tense.Past && tenses.IsScheduleVerbBefore(i))))
        {
            return Found(i, end, TimexType.DATE, AgoValue(amount, unit.Unit, 1), "in-count", out match); // "will be redeemed in five years": a date ahead
        }

        bool article = t[i].Kind == ScanKind.Word && t[i].Length <= 2 && t[i].Entry!.Number == 1;
        if (article && IsSetContext(i))
        {
            return Found(i, end, TimexType.SET, TimeValues.Duration("1", unit.Unit), "count-set", out match);
        }

        if (article && (AfterSpeed(i) || AfterAmount(i)))
        {
            return false; // "60 miles an hour", "$5 a year", "four flights a week": a measure, not a time
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

    /// <summary>"twice a week", "hours a day": a/an + unit after a frequency is a SET.</summary>
    private bool IsSetContext(int i)
    {
        if (i == 0 || t[i].BreakBefore)
        {
            return false;
        }

        // The word before may open its sentence ("Twice a week, ...").
        int p = i - 1;
        return t[p].Entry is { PluralUnit: true } || IsWordAt(p, "times") || t[p].Entry is { IsMultiplier: true };
    }

    /// <summary>
    /// "$5 a year", "20% a year", "358,000 a month", "four flights a week": an amount per period is a rate, which TimeBank
    /// mostly leaves unmarked (6 of 8 such rates; TIDES and TimeML mark a recurrence of events, and no speed).
    /// </summary>
    private bool AfterAmount(int i)
    {
        if (i == 0 || t[i].BreakBefore)
        {
            return false;
        }

        int p = i - 1;
        var before = t[p].Kind == ScanKind.Word ? Word(p) : default;
        return t[p].Kind == ScanKind.Digits || (t[p].Kind == ScanKind.Punct && text[t[p].Start] == '%')
            || before.Equals("percent", StringComparison.OrdinalIgnoreCase) || before.Equals("million", StringComparison.OrdinalIgnoreCase)
            || before.Equals("billion", StringComparison.OrdinalIgnoreCase) || before.Equals("dollars", StringComparison.OrdinalIgnoreCase)
            || before.Equals("cents", StringComparison.OrdinalIgnoreCase) || IsCountedNoun(p);
    }

    /// <summary>A distance or work word right before <paramref name="i"/> ("60 miles an hour", "instructions per second").</summary>
    private bool AfterSpeed(int i) => i > 0 && !t[i].BreakBefore && t[i - 1].Entry is { IsSpeed: true };

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
