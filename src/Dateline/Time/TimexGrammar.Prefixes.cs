namespace Dateline.Time;

/// <summary>What may stand before a match and join it: the, early, nearly, at least, twice.</summary>
internal sealed partial class TimexGrammar
{
    private bool TryPrefixed(int i, out TimexMatch match)
    {
        match = default;
        int j = i;
        bool approx = false, mod = false, the = false, times = false;
        for (int unit = 0; unit < MaxPrefixUnits && j < count; unit++)
        {
            if (j > i && t[j].BreakBefore)
            {
                return false;
            }

            if (j == i && SkipTimes(j, out int next))
            {
                times = true;
            }
            else if (SkipApproximator(j, out next))
            {
                approx = true;
            }
            else if (SkipModifier(j, out next))
            {
                mod = true;
            }
            else if (t[j].Entry is { IsDet: true } && !the && Entry(j + 1) is not { IsDet: true })
            {
                the = true;
                next = j + 1;
            }
            else
            {
                break;
            }

            j = next;
            if (j < count && !t[j].BreakBefore)
            {
                bool afterThe = the && t[j - 1].Entry is { IsDet: true };
                if (times)
                {
                    // TimeML keeps the multiplier in a SET ("twice a week": P1W, freq 2X), so nothing else follows it.
                    if (TryCore(j, false, out var rate) && rate.Rule is "count-set" or "every")
                    {
                        match = rate with { First = i };
                    }

                    break;
                }

                if (t[j].Entry is { StartsPhrase: true } && TryPhrase(j, out var phrase) && PrefixFits(phrase, approx, mod, afterThe))
                {
                    match = phrase with { First = i };
                }

                if (TryCore(j, afterThe, out var core) && PrefixFits(core, approx, mod, afterThe) && core.End > match.End)
                {
                    match = core with { First = i };
                }
            }
        }

        return match.End > 0;
    }

    /// <summary>"twice", "once", "three times", "5 times", "three days" before a rate ("twice a week", "three days every month").</summary>
    private bool SkipTimes(int i, out int next)
    {
        next = i + 1;
        if (t[i].Entry is { IsMultiplier: true })
        {
            return true;
        }

        bool counted = t[i].Kind == ScanKind.Digits || t[i].Entry is { Number: >= 2 };
        next = i + 2;
        if (counted && IsWord(i + 1, "times"))
        {
            return true;
        }

        // "three days every month", "24 hours a day": the count of units in each period is the SET's frequency.
        return counted && Continues(i + 1) && Entry(i + 1) is { PluralUnit: true, Unit: not TimeUnit.None } && Continues(i + 2)
            && (Entry(i + 2) is { IsEvery: true } || (t[i + 2].Kind == ScanKind.Word && t[i + 2].Length <= 2 && Entry(i + 2) is { Number: 1 }));
    }

    private static bool PrefixFits(TimexMatch core, bool approx, bool mod, bool afterThe)
    {
        if ((approx && core.Type == TimexType.SET) || (mod && core.Type is TimexType.DURATION or TimexType.SET))
        {
            return false;
        }

        if (approx && core.Value is "PRESENT_REF" or "PAST_REF" or "FUTURE_REF")
        {
            return false; // "up to now", "about the future": the preposition is no approximation
        }

        return !afterThe || core.Rule is "same-period" or "unit-before" or "week-of-month" or "year-ago-quarter" or "rel-anaphoric" or "year-ended" or "the-year-named" or "the-year" or "rel-duration" or "rel-unit-duration" or "rel-vague" or "rel-unit" or "rel-weekday" or "year-period" or "rel-half" or "rel-quarter" or "count-duration" or "ordinal-count" or "quarter" or "half"
            or "rel-part-of-day" or "part-of-day-of" or "decade" or "century" or "season" or "year-quarter" or "the-day-in" or "the-bare-unit" or "day-alone";
    }

    private bool SkipApproximator(int i, out int next)
    {
        next = i;
        if (t[i].Entry is not { IsApprox: true })
        {
            return false;
        }

        var word = Word(i);
        next = i + 1;
        if (word.Equals("more", StringComparison.OrdinalIgnoreCase) || word.Equals("less", StringComparison.OrdinalIgnoreCase))
        {
            next = i + 2;
            return IsWord(i + 1, "than");
        }

        if (word.Equals("at", StringComparison.OrdinalIgnoreCase))
        {
            next = i + 2;
            return IsWord(i + 1, "least");
        }

        if (word.Equals("up", StringComparison.OrdinalIgnoreCase))
        {
            next = i + 2;
            return IsWord(i + 1, "to");
        }

        if (word.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            next = i + 3;
            return (IsWord(i + 1, "more") || IsWord(i + 1, "less")) && IsWord(i + 2, "than");
        }

        // "over the past four months", "about the future": before "the" these are prepositions, not approximators.
        return !word.Equals("least", StringComparison.OrdinalIgnoreCase) && Entry(i + 1) is not { IsDet: true };
    }

    private bool SkipModifier(int i, out int next)
    {
        next = i;
        int j = i;
        if (t[j].Entry is { IsDet: true } && j + 1 < count && t[j + 1].Entry is { IsMod: true })
        {
            j++;
        }

        if (t[j].Entry is not { IsMod: true })
        {
            return false;
        }

        var word = Word(j);
        if (word.Equals("end", StringComparison.OrdinalIgnoreCase) || word.Equals("beginning", StringComparison.OrdinalIgnoreCase)
            || word.Equals("start", StringComparison.OrdinalIgnoreCase) || word.Equals("middle", StringComparison.OrdinalIgnoreCase)
            || word.Equals("dawn", StringComparison.OrdinalIgnoreCase) || word.Equals("turn", StringComparison.OrdinalIgnoreCase))
        {
            if (!IsWord(j + 1, "of"))
            {
                return false;
            }

            next = j + 2;
            return true;
        }

        if (j != i)
        {
            return false;
        }

        next = i + 1;
        if (word.Equals("mid", StringComparison.OrdinalIgnoreCase) && IsPunct(next, '-') && Adjacent(next))
        {
            next++;
        }

        return true;
    }
}
