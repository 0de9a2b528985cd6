using System.Globalization;

namespace Dateline.Time;

/// <summary>TIMEX3 value arithmetic against the article date (never the clock).</summary>
internal static class TimeValues
{
    /// <summary>News reports the past: a weekday with no tense cue is taken as the last one when it is this recent.</summary>
    private const int RecentDays = 4;

    /// <summary>How much nearer a year-less date's tense-consistent candidate counts (distance divided by this).</summary>
    private const int TenseWeight = 3;

    /// <summary>
    /// A bare month ("a mission in December") spans weeks and says nothing about nearness, so the tense counts for more
    /// than with a day: the agreeing candidate at an eighth of its distance ("gave it until mid-November" in late
    /// October still stays this year's).
    /// </summary>
    private const int MonthTenseWeight = 8;

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => $"{Year(year)}-{month:00}";

    public static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    public static string Week(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return $"{Year(ISOWeek.GetYear(day))}-W{ISOWeek.GetWeekOfYear(day):00}";
    }

    public static string Quarter(int year, int quarter) => $"{Year(year)}-Q{quarter}";

    public static int QuarterOf(int month) => ((month - 1) / 3) + 1;

    public static int IsoWeekday(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    /// <summary>Expands a phrase template (D-1, W+0-WE, M-1, Y+1, Q-1, MD:12-25, literal) for the article date.</summary>
    public static string Expand(string template, DateOnly? dct, Tense tense)
    {
        if (template != "WE" && !template.StartsWith("MD:", StringComparison.Ordinal) && !template.StartsWith("ND:", StringComparison.Ordinal) && !template.StartsWith("ED:", StringComparison.Ordinal) && (template.Length < 3 || template[1] is not ('+' or '-' or ':') || template[0] is not ('D' or 'W' or 'M' or 'Y' or 'Q')))
        {
            return template;
        }

        if (template is "WE" or "W+0-WE" && dct is { } today && tense is Tense.Past or Tense.Future)
        {
            // "was a guest this weekend" on a Tuesday is the weekend just gone; "will open this weekend", the coming one.
            return Week(tense == Tense.Past && IsoWeekday(today) < 6 ? today.AddDays(-7) : today) + "-WE";
        }

        if (template == "WE")
        {
            // "the weekend": early in the week it is the one just past, later the one ahead.
            return dct is { } d ? Week(d.AddDays(IsoWeekday(d) <= 3 ? -7 : 0)) + "-WE" : "XXXX-WXX-WE";
        }

        if (template.StartsWith("ND:", StringComparison.Ordinal))
        {
            return NthWeekdayHoliday(template, dct, tense);
        }

        if (template.StartsWith("ED:", StringComparison.Ordinal))
        {
            return EasterHoliday(int.Parse(template.AsSpan(3), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), dct, tense);
        }

        if (template.StartsWith("MD:", StringComparison.Ordinal))
        {
            int month = int.Parse(template.AsSpan(3, 2), CultureInfo.InvariantCulture);
            int day = int.Parse(template.AsSpan(6, 2), CultureInfo.InvariantCulture);
            return YearlessDate(month, day, dct, tense);
        }

        int end = 2;
        while (end < template.Length && char.IsAsciiDigit(template[end]))
        {
            end++;
        }

        int amount = int.Parse(template.AsSpan(1, end - 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        string suffix = template[end..];
        return Shift(template[0], amount, dct) + suffix;
    }

    /// <summary>The article date moved by <paramref name="amount"/> units, at that unit's granularity.</summary>
    public static string Shift(char unit, int amount, DateOnly? dct)
    {
        if (dct is not { } d)
        {
            return unit switch
            {
                'D' => "XXXX-XX-XX",
                'W' => "XXXX-WXX",
                'M' => "XXXX-XX",
                'Q' => "XXXX-QX",
                _ => "XXXX",
            };
        }

        switch (unit)
        {
            case 'D': return Date(d.AddDays(amount));
            case 'W': return Week(d.AddDays(7 * amount));
            case 'M':
                var month = d.AddMonths(amount);
                return Month(month.Year, month.Month);
            case 'Q':
                int index = (d.Year * 4) + QuarterOf(d.Month) - 1 + amount;
                return Quarter(index / 4, (index % 4) + 1);
            case 'E':
                return Year(d.Year + (10 * amount))[..3];
            case 'C':
                return Year(d.Year + (100 * amount))[..2];
            default: return Year(d.Year + amount);
        }
    }

    /// <summary>A weekday resolved with tense: past → on or before the article date, future → on or after, else nearest.</summary>
    public static string Weekday(int weekday, DateOnly? dct, Tense tense)
    {
        if (dct is not { } d)
        {
            return $"XXXX-WXX-{weekday}";
        }

        int delta = weekday - IsoWeekday(d);
        int back = delta <= 0 ? delta : delta - 7;
        int forward = delta >= 0 ? delta : delta + 7;
        int offset = tense switch
        {
            Tense.Past => back,
            Tense.Future => forward,
            _ => -back <= RecentDays ? back : forward,
        };
        return Date(d.AddDays(offset));
    }

    /// <summary>A weekday after "last"/"next"/"this": strictly before, strictly after, or nearest.</summary>
    public static string RelativeWeekday(int weekday, int rel, DateOnly? dct)
    {
        if (dct is not { } d)
        {
            return $"XXXX-WXX-{weekday}";
        }

        int delta = weekday - IsoWeekday(d);
        int offset = rel switch
        {
            < 0 => delta < 0 ? delta : delta - 7,
            > 0 => delta > 0 ? delta : delta + 7,
            _ => delta,
        };
        return Date(d.AddDays(offset));
    }

    /// <summary>A month-and-day with no year: the year that fits the tense, else the nearest one.</summary>
    public static string YearlessDate(int month, int day, DateOnly? dct, Tense tense)
    {
        if (dct is not { } d)
        {
            return $"XXXX-{month:00}-{day:00}";
        }

        int year = YearFor(month, day, d, tense);
        return day <= DateTime.DaysInMonth(year, month) ? Date(new DateOnly(year, month, day)) : $"{Year(year)}-{month:00}-{day:00}";
    }

    /// <summary>
    /// "on the 10th": that day of the article's month, the month before or the month after, whichever is nearest the
    /// article date, the tense-consistent candidate counting nearer as for a year-less date.
    /// </summary>
    public static string MonthlessDate(int day, DateOnly? dct, Tense tense)
    {
        if (dct is not { } d)
        {
            return $"XXXX-XX-{day:00}";
        }

        DateOnly? past = null, next = null;
        var first = new DateOnly(d.Year, d.Month, 1);
        for (int shift = -1; shift <= 1; shift++)
        {
            var month = first.AddMonths(shift);
            if (day > DateTime.DaysInMonth(month.Year, month.Month))
            {
                continue;
            }

            var candidate = new DateOnly(month.Year, month.Month, day);
            if (candidate <= d)
            {
                past = candidate;
            }
            else
            {
                next ??= candidate;
            }
        }

        int back = past is { } p ? d.DayNumber - p.DayNumber : int.MaxValue;
        int forward = next is { } n ? n.DayNumber - d.DayNumber : int.MaxValue;
        if (tense == Tense.Past && back != int.MaxValue)
        {
            back /= TenseWeight;
        }
        else if (tense == Tense.Future && forward != int.MaxValue)
        {
            forward /= TenseWeight;
        }

        return Date(back <= forward ? past!.Value : next!.Value);
    }

    /// <summary>
    /// "ND:11-4-4" (Thanksgiving: the fourth Thursday of November; "L" for the last one): a holiday on the n-th
    /// weekday of a month, in the year the tense picks as for a year-less date.
    /// </summary>
    private static string NthWeekdayHoliday(string template, DateOnly? dct, Tense tense)
    {
        int month = int.Parse(template.AsSpan(3, 2), CultureInfo.InvariantCulture);
        bool last = template[6] == 'L';
        int nth = last ? 5 : template[6] - '0';
        int weekday = template[8] - '0';
        if (dct is not { } d)
        {
            return $"XXXX-{month:00}";
        }

        int year = YearFor(month, NthWeekday(d.Year, month, nth, weekday, last).Day, d, tense);
        return Date(NthWeekday(year, month, nth, weekday, last));
    }

    /// <summary>A holiday template (MD:, ND:, ED:) in a year the text names ("Christmas 1998", "Easter 2000").</summary>
    public static string HolidayInYear(string template, int year)
    {
        int month = template[0] == 'E' ? 0 : int.Parse(template.AsSpan(3, 2), CultureInfo.InvariantCulture);
        return template[0] switch
        {
            'E' => Date(Easter(year).AddDays(int.Parse(template.AsSpan(3), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture))),
            'N' => Date(NthWeekday(year, month, template[6] == 'L' ? 5 : template[6] - '0', template[8] - '0', template[6] == 'L')),
            _ => Date(new DateOnly(year, month, int.Parse(template.AsSpan(6, 2), CultureInfo.InvariantCulture))),
        };
    }

    /// <summary>
    /// "ED:-2" (Good Friday): a feast <paramref name="offset"/> days from Western Easter Sunday, in the year the tense
    /// picks as for a year-less date.
    /// </summary>
    private static string EasterHoliday(int offset, DateOnly? dct, Tense tense)
    {
        if (dct is not { } d)
        {
            return "XXXX-XX-XX";
        }

        var thisYear = Easter(d.Year).AddDays(offset);
        int year = YearFor(thisYear.Month, thisYear.Day, d, tense);
        return Date(Easter(year).AddDays(offset));
    }

    /// <summary>Western Easter Sunday of a Gregorian year (the anonymous Gregorian computus).</summary>
    public static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly NthWeekday(int year, int month, int nth, int weekday, bool last)
    {
        if (last)
        {
            var end = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return end.AddDays(-((IsoWeekday(end) - weekday + 7) % 7));
        }

        var first = new DateOnly(year, month, 1);
        return first.AddDays(((weekday - IsoWeekday(first) + 7) % 7) + (7 * (nth - 1)));
    }

    public static string YearlessMonth(int month, DateOnly? dct, Tense tense) =>
        dct is { } d ? Month(YearFor(month, 0, d, tense), month) : $"XXXX-{month:00}";

    /// <summary>
    /// The year of a year-less month (day 0) or date: the nearer of the last occurrence on or before the article
    /// date and the next one after it, where the tense counts the candidate it agrees with at a third of its distance,
    /// an eighth for a bare month ("Oct. 7" said in January is last October; "Dec. 1" in a November article is next
    /// month's even if a past-tense verb is near). The article's own month is always this year's.
    /// </summary>
    public static int YearFor(int month, int day, DateOnly d, Tense tense)
    {
        if (month == d.Month && (day == 0 || day == d.Day))
        {
            return d.Year;
        }

        int past = (month * 100) + day <= (d.Month * 100) + d.Day ? d.Year : d.Year - 1;
        int back = d.DayNumber - DayIn(past, month, day).DayNumber;
        int forward = DayIn(past + 1, month, day).DayNumber - d.DayNumber;
        int weight = day == 0 ? MonthTenseWeight : TenseWeight;
        if (tense == Tense.Past)
        {
            back /= weight;
        }
        else if (tense == Tense.Future)
        {
            forward /= weight;
        }

        return back <= forward ? past : past + 1;
    }

    /// <summary>The date with the given month and day, in whichever of the neighbouring years falls on <paramref name="weekday"/>.</summary>
    public static string MatchWeekday(string date, int weekday)
    {
        // Without an article date the year is unknown ("XXXX-04-01"): nothing to match against.
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return date;
        }

        foreach (int shift in (int[])[0, -1, 1])
        {
            int year = day.Year + shift;
            if (day.Day <= DateTime.DaysInMonth(year, day.Month) && IsoWeekday(new DateOnly(year, day.Month, day.Day)) == weekday)
            {
                return Date(new DateOnly(year, day.Month, day.Day));
            }
        }

        return date;
    }

    private static DateOnly DayIn(int year, int month, int day) =>
        new(year, month, day == 0 ? 15 : Math.Min(day, DateTime.DaysInMonth(year, month)));

    public static string Duration(string count, TimeUnit unit) => unit switch
    {
        TimeUnit.Second => $"PT{count}S",
        TimeUnit.Minute => $"PT{count}M",
        TimeUnit.Hour => $"PT{count}H",
        TimeUnit.Day => $"P{count}D",
        TimeUnit.Week => $"P{count}W",
        TimeUnit.Weekend => $"P{count}WE",
        TimeUnit.Month => $"P{count}M",
        TimeUnit.Quarter => $"P{count}Q",
        TimeUnit.Half => $"P{count}H",
        TimeUnit.Year => $"P{count}Y",
        TimeUnit.Decade => InYears(count, 10, "E"),
        TimeUnit.Century => InYears(count, 100, "C"),
        _ => $"P{count}X",
    };

    /// <summary>
    /// TimeML writes counted decades and centuries in years ("two decades" = P20Y); a vague count keeps the unit, in
    /// TimeBank's one-letter form ("decades" = PXE, "centuries" = PXC).
    /// </summary>
    private static string InYears(string count, int years, string unit) =>
        int.TryParse(count, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n < 1_000_000
            ? $"P{n * years}Y"
            : $"P{count}{unit}";

    /// <summary>"two and a half years" = P2Y6M: the half written in the next smaller unit where it divides evenly.</summary>
    public static string DurationAndAHalf(string count, TimeUnit unit) => unit switch
    {
        TimeUnit.Minute => $"PT{count}M30S",
        TimeUnit.Hour => $"PT{count}H30M",
        TimeUnit.Day => $"P{count}DT12H",
        TimeUnit.Year => $"P{count}Y6M",
        TimeUnit.Decade when int.TryParse(count, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n < 1_000_000 => $"P{(n * 10) + 5}Y",
        _ => Duration(count, unit),
    };

}
