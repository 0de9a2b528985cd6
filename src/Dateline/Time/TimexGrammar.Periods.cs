namespace Dateline.Time;

/// <summary>Quarters, weeks of a month, seasons, sets and bare units.</summary>
internal sealed partial class TimexGrammar
{
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
        if (AfterSpeed(i) || (IsWordAt(i, "per") && !IsSetContext(i) && AfterAmount(i)))
        {
            return false; // "instructions per second", "14 million visitors per month": a speed or rate, no SET
        }

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
            // "every Monday morning" is one SET with the part of day, as "Monday mornings" is.
            return Continues(k + 1) && Entry(k + 1) is { PartOfDay: { } part2 } && Word(k + 1)[^1] is not ('s' or 'S')
                ? Found(i, k + 2, TimexType.SET, $"XXXX-WXX-{e.Weekday}T{part2}", "every", out match)
                : Found(i, k + 1, TimexType.SET, $"XXXX-WXX-{e.Weekday}", "every", out match);
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
}
