namespace Dateline.Time;

/// <summary>Clock times and parts of the day.</summary>
internal sealed partial class TimexGrammar
{
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

        if (!colon && hour is >= 1 and <= 12 && t[i].Length <= 2 && IsHourWithPartOfDay(i))
        {
            return TryClockAnchor(i, k, hour, 0, out match); // "at 7 in the evening"
        }

        if (!colon && hour == 12 && Continues(k) && Entry(k) is { Clock: > 0 } named)
        {
            return TryClockAnchor(i, k + 1, named.Clock, 0, out match); // "12 noon", "12 midnight": TIDES keeps the number
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
        else if (IsWord(k, "local") && IsWord(k + 1, "time") && Continues(k) && Continues(k + 1))
        {
            k += 2; // "10:30 a.m. local time (Friday)": TIDES keeps a zone, and "local time" is one, in the extent
        }

        if (Entry(k) is { } anchor && (anchor.Weekday > 0 || anchor.Month > 0) && TryCore(k, afterThe: false, out var date) && date.Value.Length == 10)
        {
            (day, k) = (date.Value, date.End);
        }
        else if (Entry(k) is { StartsPhrase: true } && TryPhrase(k, out var phrase)
                 && (phrase.Value.Length == 10 || (phrase.Value.Length > 10 && phrase.Value[10] == 'T' && hour >= 12)))
        {
            // "10 a.m. today", "midnight tonight", "10 p.m. last night" (TIDES: one expression); "4 a.m. last night" is
            // the next day's small hours, so it is left alone.
            (day, k) = (phrase.Value[..10], phrase.End);
        }

        return Found(i, k, TimexType.TIME, $"{day}T{hour:00}:{minute:00}", "clock", out match);
    }

    /// <summary>
    /// "the early hours of Tuesday", "the small hours": the time before dawn, a morning (TIMEX3 has no part of day
    /// for it), on the day named after it or else the article date; only after early, small or wee, so "hours" stays
    /// a duration elsewhere.
    /// </summary>
    private bool TryEarlyHours(int i, out TimexMatch match)
    {
        match = default;
        if (i == 0 || t[i].BreakBefore || !(IsWordAt(i - 1, "early") || IsWordAt(i - 1, "small") || IsWordAt(i - 1, "wee")))
        {
            return false;
        }

        int end = i + 1;
        string? day = null;
        if (IsWord(end, "of") && Continues(end + 1) && TryMatch(end + 1, out var ofDay) && ofDay.Type == TimexType.DATE && IsFullDay(ofDay) && ofDay.Value.Length == 10)
        {
            (day, end) = (ofDay.Value, ofDay.End);
        }
        else if (Entry(end) is { Weekday: > 0 } && TryMatch(end, out var weekday) && weekday.Type == TimexType.DATE && weekday.Value.Length == 10)
        {
            (day, end) = (weekday.Value, weekday.End);
        }

        // "early" is a modifier the prefixes take in; "small" and "wee" are not, so their words join here.
        int start = IsWordAt(i - 1, "early") ? i : IsWordAt(i - 2, "the") && Continues(i - 1) ? i - 2 : i - 1;
        day ??= dct is { } d ? TimeValues.Date(d) : "XXXX-XX-XX";
        return Found(start, end, TimexType.TIME, $"{day}TMO", "early-hours", out match);
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
}
