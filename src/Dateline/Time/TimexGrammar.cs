namespace Dateline.Time;

/// <summary>A recognised expression: scanner tokens <c>[First, End)</c>, its type, value and the rule that made it.</summary>
internal readonly record struct TimexMatch(int First, int End, TimexType Type, string Value, string Rule);

/// <summary>
/// The time grammar: hand-written, bounded look-ahead matchers over scanner tokens (no backtracking regex,
/// no recursion). Each matcher looks at most a handful of tokens past its start, so a document costs
/// linear time. Lexicons and fixed phrases come from <c>data/time/*.txt</c>.
/// </summary>
internal sealed partial class TimexGrammar
{
    private const int MaxPrefixUnits = 3;

    /// <summary>How many earlier expressions an "ago" looks back through for its anchor, whatever the sentences.</summary>
    private const int MaxAnchorLookBack = 40;

    /// <summary>How many sentences back an earnings report's "a year earlier" still refers to the quarter it reported.</summary>
    private const int ReportedQuarterReach = 8;

    /// <summary>How many years back (or on) a counted "ago" may be and still take a told period's granularity.</summary>
    private const int MaxAnchoredYears = 2;

    /// <summary>How many sentence breaks back a bare clock time still finds the day the narrative told of.</summary>
    private const int ToldDayReach = 1;

    /// <summary>How many earlier expressions a bare clock time looks back through for that day.</summary>
    private const int MaxToldDayLookBack = 6;

    private readonly string text;
    private readonly ScanToken[] t;
    private readonly int count;
    private readonly DateOnly? dct;
    private readonly TenseOracle tenses;
    private readonly TimeLexicon lexicon;

    /// <summary>The value of the last date the text spelled out ("in 1995", "on March 3, 1998"), for "the following year".</summary>
    private string? namedDate;

    private int[]? breaksUpTo;

    /// <summary>The quarter ("Q3") of the last quarter the text named, for "the 1988 period" in an earnings report.</summary>
    private string? reportedQuarter;

    public TimexGrammar(string text, ScanToken[] tokens, int count, DateOnly? dct, TenseOracle tenses, TimeLexicon lexicon)
    {
        this.text = text;
        t = tokens;
        this.count = count;
        this.dct = dct;
        this.tenses = tenses;
        this.lexicon = lexicon;
    }

    public List<TimexMatch> Run()
    {
        var found = new List<TimexMatch>();
        int i = 0;
        while (i < count)
        {
            if (IsCandidateStart(i) && TryMatch(i, out var match) && !IsQuotedTitle(match))
            {
                match = WithDayBefore(WithArticleOfPeriod(match), found);
                bool range = TryRangeEndDay(ref match, out var rangeEnd);
                found.Add(match);
                if (match.Type == TimexType.DATE && match.Value.Length == 7 && match.Value[5] == 'Q' && char.IsAsciiDigit(match.Value[6]))
                {
                    reportedQuarter = match.Value[5..];
                }

                if (match.Rule is "month-day-year" or "day-month-year" or "iso-date" or "slash-date" or "month-year" or "year" or "weekday-date" or "month" or "month-day" or "day-month" or "weekday" or "month-day-rel-year" or "day-month-rel-year" or "rel-month-day"
                    && !(match.Value.Length == 10 && DatesReport(match.First)))
                {
                    namedDate = match.Value;
                }
                else if (match.Type == TimexType.TIME && match.Rule.EndsWith("+part-of-day", StringComparison.Ordinal) && IsFullDay(match))
                {
                    namedDate = match.Value[..10]; // "shot Friday night ... died the same day": that Friday
                }

                i = match.End;
                if (range)
                {
                    found.Add(rangeEnd);
                    i = rangeEnd.End;
                }
            }
            else
            {
                i++;
            }
        }

        DateClocksByDayAfter(found);
        AnchorYearsAgo(found);
        return found;
    }

    private bool IsCandidateStart(int i)
    {
        ref var token = ref t[i];
        return token.Kind switch
        {
            ScanKind.Digits => true,
            ScanKind.Word => token.Entry is { } e && (e.IsTrigger || e.IsDet || e.IsApprox),
            _ => text[token.Start] is '\'' or '\u2019',
        };
    }

    /// <summary>The longest of: a fixed phrase, a grammar match, a grammar match after prefixes (the, early, nearly, ...).</summary>
    private bool TryMatch(int i, out TimexMatch best)
    {
        best = default;
        bool found = false;
        if (t[i].Entry is { StartsPhrase: true } && TryPhrase(i, out var phrase))
        {
            best = phrase;
            found = true;
        }

        if (TryCore(i, afterThe: false, out var core) && (!found || core.End > best.End))
        {
            best = core;
            found = true;
        }

        if (TryPrefixed(i, out var prefixed) && (!found || prefixed.End > best.End))
        {
            best = prefixed;
            found = true;
        }

        if (found)
        {
            best = ExtendWithTail(ExtendWithPartOfDay(best));
        }

        return found;
    }

    private bool TryCore(int i, bool afterThe, out TimexMatch match)
    {
        match = default;
        ref var token = ref t[i];
        if (token.Kind == ScanKind.Digits)
        {
            return TryEraYear(i, out match) || TryIsoDate(i, out match) || TrySlashDate(i, out match) || TryClock(i, out match) || TryDayMonth(i, out match)
                || TryCentury(i, out match) || TryDecade(i, out match) || TryCountUnit(i, afterThe, out match) || TryYear(i, out match)
                || (afterThe && TryDayAlone(i, out match));
        }

        if (token.Kind == ScanKind.Punct)
        {
            return TryDecade(i, out match);
        }

        if (afterThe && TrySamePeriod(i, out match))
        {
            return true;
        }

        if (token.Entry is not { } e)
        {
            return false;
        }

        return (afterThe && (TryYearEnded(i, out match) || TryTheYearNamed(i, out match) || TryTheFiscalYear(i, out match) || TryUnitBefore(i, out match) || TryTheDayInSpan(i, out match)))
            || (IsWordAt(i - 1, "fiscal") && IsPlausibleYear(i + 1) && TryTheYearNamed(i, out match)) // "fiscal year 1998"
            || TryYearAgoQuarter(i, out match)
            || (e.Era > 0 && TryEraBeforeYear(i, out match))
            || (e.Month > 0 && TryMonth(i, out match))
            || (e.Weekday > 0 && TryWeekday(i, out match))
            || (e.Rel is not null && TryRelative(i, e.Rel.Value, afterThe, out match))
            || (e.Ordinal > 0 && (TryQuarter(i, out match) || TryDayMonth(i, out match) || TryWeekOfMonth(i, out match) || TryCentury(i, out match) || TryOrdinalCount(i, out match)))
            || (e.Season is not null && TrySeason(i, afterThe, out match))
            || (e.IsEvery && TrySet(i, out match))
            || (e.SetValue is not null && !ModifiesNoun(i) && !InName(i) && Found(i, i + 1, TimexType.SET, e.SetValue, "set-adverb", out match))
            || (e.Number is 20 && TryCentury(i, out match))
            || (e.Number is >= 11 and <= 20 && TryWordYearAlone(i, out match))
            || (e.Number is >= 1 and <= 12 && IsOClock(i + 1) && TryClockAnchor(i, i + 4, e.Number, 0, out match)) // "nine o'clock"
            || (e.Number is >= 1 and <= 12 && IsHourWithPartOfDay(i) && TryClockAnchor(i, i + 1, e.Number, 0, out match)) // "at seven in the evening"
            || ((e.Number >= 0 || e.IsQuant) && TryCountUnit(i, afterThe, out match))
            || (e.Unit == TimeUnit.Hour && e.PluralUnit && TryEarlyHours(i, out match))
            || (e.PluralUnit && TryBareUnit(i, out match))
            || (e.Unit == TimeUnit.Half && TryHalfUnit(i, out match))
            || (e.Unit != TimeUnit.None && TryLong(i, out match)) // "the month-long strike"
            || (e.Clock > 0 && TryNamedClock(i, out match))
            || (e.PartOfDay is not null && TryPartOfDay(i, out match))
            || (e.PluralWeekday > 0 && IsCapitalized(i) && Found(i, i + 1, TimexType.SET, $"XXXX-WXX-{e.PluralWeekday}", "weekdays", out match));
    }

    private bool TryPhrase(int i, out TimexMatch match)
    {
        match = default;
        var node = lexicon.Phrases;
        TimePhrase? best = null;
        int bestEnd = i;
        for (int j = i; j < count && j < i + 8; j++)
        {
            if (j > i && t[j].BreakBefore)
            {
                break;
            }

            node = node.Next(Word(j));
            if (node is null)
            {
                break;
            }

            if (node.Phrase is not null)
            {
                (best, bestEnd) = (node.Phrase, j + 1);
            }
        }

        if (best is null || (bestEnd < count && t[bestEnd].Kind == ScanKind.Word && Adjacent(bestEnd)) || IsDeicticInName(i, bestEnd, best))
        {
            return false;
        }

        if ((IsWord(bestEnd - 1, "past") || IsWord(bestEnd - 1, "future")) && Continues(bestEnd) && (t[bestEnd].Kind == ScanKind.Digits || t[bestEnd].Entry is { Number: > 0 } or { IsQuant: true }))
        {
            return false; // "the past three summers", "in the past two games": a count follows, "the past" is no time of its own
        }

        if (bestEnd == i + 2 && IsWord(i + 1, "future") && IsWord(bestEnd, "of"))
        {
            return false; // "the future of our peoples": the fate of a thing, not a time (TimeBank leaves it untagged)
        }

        if (IsHoliday(best) && bestEnd > i + 1 && !IsCapitalized(i) && Entry(bestEnd - 1) is { Weekday: > 0 })
        {
            return false; // "another super Tuesday", "a good Friday": only capitals make the feast; the weekday stays
        }

        if (IsHoliday(best) && IsCapitalized(i) && StartsName(bestEnd))
        {
            return false; // "Christmas Island", "the Thanksgiving Day Parade": the feast names a place or an event
        }

        if (IsHoliday(best) && !IsPunct(bestEnd, ',') && TryYearAfter(bestEnd, out int year, out int afterYear) && year is >= 1583 and <= 9999)
        {
            return Found(i, afterYear, best.Type, TimeValues.HolidayInYear(best.Value, year), "phrase-year", out match); // "Ash Wednesday 1969"
        }

        if (bestEnd == i + 1 && IsWordAt(i, "overnight") && Entry(bestEnd) is { Weekday: > 0 }
            && TryCore(bestEnd, afterThe: false, out var night) && night.Type == TimexType.DATE && night.Value.Length == 10)
        {
            return Found(i, night.End, TimexType.TIME, night.Value + "TNI", "phrase-weekday", out match); // "overnight Tuesday": that day's night
        }

        string value = TimeValues.Expand(best.Value, dct, IsHoliday(best)
            || best.Value is "WE" or "W+0-WE" ? tenses.Around(i, bestEnd) : Tense.Unknown);
        return Found(i, bestEnd, best.Type, value, "phrase", out match);
    }

    private static bool IsHoliday(TimePhrase phrase) =>
        phrase.Value.StartsWith("MD:", StringComparison.Ordinal) || phrase.Value.StartsWith("ND:", StringComparison.Ordinal) || phrase.Value.StartsWith("ED:", StringComparison.Ordinal);

    /// <summary>
    /// ABC's ''This Week'', "Next Week" (a film): an expression of two or more capitalised words and no digits
    /// standing alone between quotation marks is a title, not a time ("January 20, 2016" in quotes stays a date).
    /// </summary>
    private bool IsQuotedTitle(TimexMatch match)
    {
        if (match.End - match.First < 2 || match.First == 0 || match.End >= count || !IsQuoteMark(match.First - 1) || !IsQuoteMark(match.End)
            || !Adjacent(match.First) || !Adjacent(match.End))
        {
            return false;
        }

        for (int k = match.First; k < match.End; k++)
        {
            if (t[k].Kind == ScanKind.Digits || (t[k].Kind == ScanKind.Word && !IsCapitalized(k)))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsQuoteMark(int i) => t[i].Kind == ScanKind.Punct && text[t[i].Start] is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019';

    /// <summary>
    /// "USA TODAY", "NBC's Today show": a word that names a day or the present relative to the article (today, now,
    /// tonight) is written in lower case in running text, so capitalised after a capitalised word (or its "'s")
    /// it is part of a name — unless a capitalised word follows too, as in a title-case headline ("Rally Tonight In
    /// Ohio"). Named days ("Merry Christmas") are capitalised anyway and stay times.
    /// </summary>
    private bool IsDeicticInName(int i, int end, TimePhrase phrase)
    {
        if (end != i + 1 || !(phrase.Value.StartsWith('D') || phrase.Value == "PRESENT_REF") || !IsCapitalized(i) || !Continues(i) || i == 0)
        {
            return false;
        }

        int before = i - 1;
        if (IsWordAt(before, "s") && before >= 2 && IsPunct(before - 1, '\'') && Adjacent(before))
        {
            before -= 2;
        }

        bool titleCaseGoesOn = Continues(i + 1) && t[i + 1].Kind == ScanKind.Word && IsCapitalized(i + 1);
        return !titleCaseGoesOn && before >= 0 && t[before].Kind == ScanKind.Word && IsCapitalized(before) && (before == i - 1 || Adjacent(before + 1));
    }

    /// <summary>
    /// "Wednesday night", "Jan. 3 morning": a day-valued date followed by a part of day becomes a TIME;
    /// "Tuesday nights" is a SET.
    /// </summary>
    private TimexMatch ExtendWithPartOfDay(TimexMatch match)
    {
        int next = match.End;
        if (match.Rule == "weekday" && Continues(next) && t[next].Entry is { PartOfDay: { } partOfWeek } && Word(next)[^1] is 's' or 'S')
        {
            return new TimexMatch(match.First, next + 1, TimexType.SET, $"XXXX-WXX-{t[match.First].Entry!.Weekday}T{partOfWeek}", "weekday-nights");
        }

        if (match.Type == TimexType.DATE && match.Value.Length == 10 && match.Value[4] == '-' && Continues(next)
            && t[next].Entry is { PartOfDay: { } part })
        {
            return new TimexMatch(match.First, next + 1, TimexType.TIME, match.Value + "T" + part, match.Rule + "+part-of-day");
        }

        return ExtendClockWithPartOfDay(match);
    }

    /// <summary>
    /// "at 7 in the evening", "until ten at night": after a clock preposition a bare hour with a part of day after it is a
    /// clock time (<see cref="ExtendClockWithPartOfDay"/> then takes the part of day in); "take two in the morning" is not.
    /// </summary>
    private bool IsHourWithPartOfDay(int i)
    {
        if (i == 0 || t[i].BreakBefore || !(IsWordAt(i - 1, "at") || IsWordAt(i - 1, "until") || IsWordAt(i - 1, "till") || IsWordAt(i - 1, "around")
            || IsWordAt(i - 1, "by") || IsWordAt(i - 1, "after") || IsWordAt(i - 1, "before") || IsWordAt(i - 1, "from")))
        {
            return false;
        }

        return PartOfDayAfter(i + 1, out _) > 0;
    }

    /// <summary>
    /// The token of "in the evening" or "at night" starting at <paramref name="next"/> that names a part of day (not
    /// "in the evenings"; "at" only with night), or -1.
    /// </summary>
    private int PartOfDayAfter(int next, out string part)
    {
        part = "";
        int partAt = IsWord(next, "in") && IsWord(next + 1, "the") ? next + 2 : IsWord(next, "at") ? next + 1 : -1;
        if (partAt < 0 || !Continues(partAt) || Entry(partAt) is not { PartOfDay: { } found } || Word(partAt)[^1] is 's' or 'S'
            || IsWordAt(next, "at") != (found == "NI"))
        {
            return -1;
        }

        part = found;
        return partAt;
    }

    /// <summary>
    /// "three o'clock in the afternoon", "ten at night": the part of day after a clock time belongs to it (TIDES keeps
    /// such a post-modifier in the extent) and moves a morning hour into the afternoon or evening.
    /// </summary>
    private TimexMatch ExtendClockWithPartOfDay(TimexMatch match)
    {
        int next = match.End;
        int v = match.Value.IndexOf('T');
        if (match.Type != TimexType.TIME || v < 0 || match.Value.Length != v + 6 || match.Value[v + 3] != ':' || !Continues(next))
        {
            return match;
        }

        int partAt = PartOfDayAfter(next, out string part);
        if (partAt < 0)
        {
            return match;
        }

        int hour = int.Parse(match.Value.AsSpan(v + 1, 2), System.Globalization.CultureInfo.InvariantCulture);
        if ((part is "AF" or "EV" && hour is >= 1 and < 12) || (part == "NI" && hour is >= 6 and < 12))
        {
            hour += 12;
        }
        else if (part == "MO" && hour == 12)
        {
            hour = 0;
        }

        string value = string.Concat(match.Value.AsSpan(0, v + 1), hour.ToString("00", System.Globalization.CultureInfo.InvariantCulture), match.Value.AsSpan(v + 3));
        return new TimexMatch(match.First, partAt + 1, TimexType.TIME, value, match.Rule + "+part-of-day");
    }

    /// <summary>
    /// "Thursday at 10 p.m.", "Friday, Aug. 7, at 3 p.m.": a clock time that names no day of its own is on the day
    /// named just before it (only "at", "around", "about" or a comma between), not on the article date. Further
    /// back it is on the day the narrative has reached: "On Friday, the first blast came at 10:35 a.m." and the
    /// next sentence's "at 10:40 a.m." tell of that Friday (TimeML anchors a time to the reference time); so is a
    /// part of day with no day of its own ("by late afternoon").
    /// </summary>
    private TimexMatch WithDayBefore(TimexMatch match, List<TimexMatch> found)
    {
        if (match.Rule is not ("clock" or "part-of-day") || found.Count == 0 || dct is not { } d || !match.Value.StartsWith(TimeValues.Date(d), StringComparison.Ordinal)
            || NamesDay(match))
        {
            return match;
        }

        var before = found[^1];
        if (match.Rule == "clock" && IsFullDay(before) && match.First - before.End <= 2 && !t[match.First].BreakBefore && OnlyClockLinkBetween(before.End, match.First))
        {
            return match with { Value = before.Value[..10] + match.Value[10..], Rule = "clock-after-day" };
        }

        for (int k = found.Count - 1; k >= 0 && k >= found.Count - MaxToldDayLookBack; k--)
        {
            if (SentencesBetween(found[k].End, match.First) > ToldDayReach)
            {
                break;
            }

            if (IsFullDay(found[k]) && !DatesReport(found[k].First))
            {
                return match with { Value = found[k].Value[..10] + match.Value[10..], Rule = match.Rule + "-on-told-day" };
            }
        }

        return match;
    }

    /// <summary>"said Saturday", "told reporters on Friday": the day the words were said, not the events they tell of.</summary>
    private bool DatesReport(int first)
    {
        for (int k = first - 1; k >= 0 && k >= first - 3 && !t[k + 1].BreakBefore && t[k].Kind == ScanKind.Word; k--)
        {
            if (t[k].Entry is { IsReporting: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A date or time on one calendar day (2024-10-07, 2024-10-07T15:00), by any rule.</summary>
    private static bool IsFullDay(TimexMatch match) =>
        match.Type is TimexType.DATE or TimexType.TIME && match.Value.Length >= 10 && char.IsAsciiDigit(match.Value[0])
        && match.Value[4] == '-' && char.IsAsciiDigit(match.Value[5]) && match.Value[7] == '-' && (match.Value.Length == 10 || match.Value[10] == 'T');

    private bool OnlyClockLinkBetween(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (t[k].BreakBefore || !(IsPunct(k, ',') || IsWord(k, "at") || IsWord(k, "around") || IsWord(k, "about")))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"a three-year period": the article before a counted period is part of the expression.</summary>
    private TimexMatch WithArticleOfPeriod(TimexMatch match)
    {
        int before = match.First - 1;
        return match.Rule == "count-adjective" && before >= 0 && !t[match.First].BreakBefore && (IsWordAt(before, "a") || IsWordAt(before, "an"))
            && (IsWord(match.End - 1, "period") || IsWord(match.End - 1, "term"))
            ? match with { First = before }
            : match;
    }

    /// <summary>Token <paramref name="i"/> is a capitalized word of no time meaning in the same sentence: the rest of a name ("Festival", "Olympics").</summary>
    private bool StartsName(int i) => Continues(i) && t[i].Kind == ScanKind.Word && IsCapitalized(i) && t[i].Entry is not { IsTrigger: true };

    /// <summary>
    /// Token <paramref name="i"/> is the first word of a sentence, where a capital tells nothing: after a break (the
    /// scanner's, which also follows a sentence end inside a closing quotation mark), an opening quotation mark or
    /// bracket, a colon or a spaced dash.
    /// </summary>
    private bool OpensSentence(int i)
    {
        if (t[i].BreakBefore || i == 0)
        {
            return true;
        }

        int p = i - 1;
        char c = text[t[p].Start];
        return t[p].Kind == ScanKind.Punct
            && (c is ':' or '"' or '\u201C' or '(' or '\u2014' or '\u2013' || (c == '-' && !Adjacent(i))); // "NEW HAMPSHIRE - Since January, Sen. Sanders"
    }

    /// <summary>"People's Daily", "the Weekly Standard": a capital inside a sentence makes the word part of a name.</summary>
    private bool InName(int i) => i > 0 && !t[i].BreakBefore && IsCapitalized(i);

    /// <summary>
    /// "daily flights", "average daily volume": the adjective before a noun names no recurrence TimeML annotates;
    /// "meets daily", "twice daily in", "daily." do. A following lower-case word that is no function word is taken for the noun.
    /// </summary>
    private bool ModifiesNoun(int i)
    {
        int next = i + 1;
        if (!Continues(next) || t[next].Kind != ScanKind.Word || !char.IsLower(text[t[next].Start]))
        {
            return false;
        }

        var word = Word(next);
        return !(word is "in" or "at" or "on" or "for" or "and" or "or" or "but" or "until" or "since" or "from" or "to" or "by" or "with"
            or "during" or "after" or "before" or "as" or "than" or "while" or "when" or "because" or "so" or "if");
    }

    /// <summary>
    /// Words TimeML keeps inside the expression after it: "the next year or so", "1994 or later", "1990 and beyond",
    /// and the date that pins a relative weekday down ("this coming Sunday, March eighth").
    /// </summary>
    private TimexMatch ExtendWithTail(TimexMatch match)
    {
        int end = match.End;
        if (IsWord(end, "or") && IsWord(end + 1, "so"))
        {
            return match with { End = end + 2 };
        }

        if (match.Rule == "year" && ((IsWord(end, "or") && (IsWord(end + 1, "later") || IsWord(end + 1, "earlier") || IsWord(end + 1, "beyond")))
            || (IsWord(end, "and") && IsWord(end + 1, "beyond"))))
        {
            return match with { End = end + 2 };
        }

        if (match.Rule == "rel-weekday" && IsPunct(end, ',') && Entry(end + 1) is { Month: > 0 } && TryMonth(end + 1, out var date) && date.Value.Length == 10)
        {
            return match with { End = date.End, Value = date.Value, Rule = "rel-weekday-date" };
        }

        return match;
    }

    private static bool Found(int first, int end, TimexType type, string value, string rule, out TimexMatch match)
    {
        match = new TimexMatch(first, end, type, value, rule);
        return true;
    }

    private ReadOnlySpan<char> Word(int i) => text.AsSpan(t[i].Start, t[i].Length);

    private bool IsWord(int i, string word) =>
        i < count && t[i].Kind == ScanKind.Word && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase) && (i == 0 || !t[i].BreakBefore);

    /// <summary>
    /// Token <paramref name="i"/> is <paramref name="word"/>, wherever its sentence starts: for looking back from a
    /// token the caller has already seen continue the sentence ("For years, ...", "In spring ...").
    /// </summary>
    private bool IsWordAt(int i, string word) => i >= 0 && i < count && t[i].Kind == ScanKind.Word && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Token <paramref name="i"/> is the punctuation <paramref name="c"/>; a typographic apostrophe (’) counts as <c>'</c>.</summary>
    private bool IsPunct(int i, char c) =>
        i < count && t[i].Kind == ScanKind.Punct && (text[t[i].Start] == c || (c == '\'' && text[t[i].Start] == '\u2019'));

    /// <summary>No whitespace between token <paramref name="i"/> and the one before it.</summary>
    private bool Adjacent(int i) => i > 0 && i < count && t[i].Start == t[i - 1].End;

    /// <summary>Token <paramref name="i"/> exists and lies in the same sentence as the one before it.</summary>
    private bool Continues(int i) => i < count && !t[i].BreakBefore;

    private bool IsCapitalized(int i) => char.IsUpper(text[t[i].Start]);

    private LexEntry? Entry(int i) => Continues(i) ? t[i].Entry : null;
}
