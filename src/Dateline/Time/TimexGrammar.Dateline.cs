namespace Dateline.Time;

/// <summary>The story's own date in its dateline, when it differs a little from the header date.</summary>
internal sealed partial class TimexGrammar
{
    /// <summary>How far into the text a dateline may end (a city, a country, a date, an agency).</summary>
    private const int DatelineTokens = 24;

    /// <summary>How many of the first expressions are looked at for the dateline's date.</summary>
    private const int DatelineMatches = 3;

    /// <summary>How many days a dateline may lie off the header date: a wire's release date, a paper's next-day edition.</summary>
    private const int DatelineDrift = 2;

    /// <summary>
    /// The day named in the text's opening line when that line is a dateline: a full date among its first tokens,
    /// in the first sentence, followed by "(" (the agency: "August 7 (Xinhua) --") or ":" ("in an editorial on
    /// Monday, Oct. 26:"), and at most <see cref="DatelineDrift"/> days off <paramref name="header"/>. Null when
    /// there is none or it equals the header date.
    /// </summary>
    public static DateOnly? DatelineDate(string text, ScanToken[] tokens, int count, List<TimexMatch> matches, DateOnly? header)
    {
        if (header is not { } h || matches.Count == 0)
        {
            return null;
        }

        var first = matches[0];
        for (int m = 1; m < matches.Count && m < DatelineMatches && !IsFullDate(first); m++)
        {
            first = matches[m]; // "The Daily Courier said ... on Sunday, Aug. 9:": a name may hold a time word
        }

        if (first.End >= count || first.End > DatelineTokens || !IsFullDate(first) || !DateOnly.TryParseExact(first.Value, "yyyy-MM-dd", out var day))
        {
            return null;
        }

        for (int k = 1; k <= first.First; k++)
        {
            if (tokens[k].BreakBefore)
            {
                return null;
            }
        }

        char after = tokens[first.End].Kind == ScanKind.Punct ? text[tokens[first.End].Start] : ' ';
        return after is '(' or ':' && day != h && Math.Abs(day.DayNumber - h.DayNumber) <= DatelineDrift ? day : null;
    }

    private static bool IsFullDate(TimexMatch match) => match.Type == TimexType.DATE && match.Value.Length == 10 && char.IsAsciiDigit(match.Value[0]);
}
