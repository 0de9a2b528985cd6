namespace Dateline.Time;

/// <summary>Years, eras, decades and centuries, and numbers that only look like years.</summary>
internal sealed partial class TimexGrammar
{
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
        else if (t[i].Entry!.Number == 20 && IsPunct(k, '-') && Adjacent(k) && Adjacent(k + 1) && Entry(k + 1) is { Ordinal: >= 1 and <= 9 } unit)
        {
            ordinal = t[i].Entry!.Number + unit.Ordinal; // "the twenty-first century" (read whole, not as "first century")
            k += 2;
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

    // Words that open the clause after an approximated year ("Around 1990 it began"), never the noun a count counts.
    private static readonly string[] YearFollowers = ["and", "or", "to", "through", "until", "by", "in", "at", "on", "for", "with", "when", "as", "after", "before", "from", "but",
        "it", "he", "she", "they", "we", "i", "you", "there", "the", "his", "her", "its", "their", "was", "were", "is", "had"];

    /// <summary>
    /// A four-digit number that counts or names things: "2000 soldiers", "Resolution 1244", "1600 Pennsylvania Avenue",
    /// or "about 1500" before a plain lowercase word ("some 1800 troops"); "about 1990, the firm ..." and "the 1998
    /// budget" stay years.
    /// </summary>
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
}
