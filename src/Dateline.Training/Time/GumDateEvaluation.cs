using System.Globalization;
using Dateline.Time;

namespace Dateline.Training.Time;

/// <summary>
/// How the time recognizer meets GUM's <c>&lt;date&gt;</c> marks: GUM marks dates only (no durations or sets)
/// and with its own extents, so only recall is measured, and values are compared as calendar intervals
/// (a TIMEX3 <c>1998-W12</c> agrees with <c>from="1998-03-16" to="1998-03-22"</c>).
/// </summary>
public sealed record GumDateScores(int Gold, int Found, int Exact, int Checked, int Agreed, int System)
{
    public static GumDateScores operator +(GumDateScores a, GumDateScores b) => new(
        a.Gold + b.Gold, a.Found + b.Found, a.Exact + b.Exact, a.Checked + b.Checked, a.Agreed + b.Agreed, a.System + b.System);

    public string Format() => string.Create(
        CultureInfo.InvariantCulture,
        $"""
        gold dates {Gold}  system timexes {System}
        recall relaxed {Ratio(Found, Gold):0.000}  strict {Ratio(Exact, Gold):0.000}
        value agreement {Ratio(Agreed, Checked):0.000} ({Agreed}/{Checked} found dates with a checkable value)
        """);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}

/// <summary>One GUM date the recognizer missed, cut differently or valued differently; <see cref="Kind"/> says which.</summary>
public sealed record GumDateDifference(string File, string Kind, string GoldText, string GoldValue, string SystemText, string SystemValue);

public static class GumDateEvaluation
{
    public static GumDateScores Compare(GumDateFile file, IReadOnlyList<Timex> timexes, string name, List<GumDateDifference>? differences = null)
    {
        int found = 0, exact = 0, checkedValues = 0, agreed = 0;
        foreach (var gold in file.Dates)
        {
            string goldText = file.Plain[gold.Start..gold.End], goldValue = Describe(gold);
            var match = timexes.FirstOrDefault(t => t.Span.Start < gold.End && gold.Start < t.Span.End);
            if (match is null)
            {
                differences?.Add(new GumDateDifference(name, "missed", goldText, goldValue, "-", "-"));
                continue;
            }

            found++;
            bool sameExtent = match.Span.Start == gold.Start && match.Span.End == gold.End;
            exact += sameExtent ? 1 : 0;
            bool? valueAgrees = Checkable(file, gold, goldText) && GoldInterval(gold) is { } expected
                ? match.Type is TimexType.DATE or TimexType.TIME && Interval(match.Value) == expected
                : null;
            checkedValues += valueAgrees is null ? 0 : 1;
            agreed += valueAgrees == true ? 1 : 0;
            if (!sameExtent || valueAgrees == false)
            {
                differences?.Add(new GumDateDifference(name, valueAgrees == false ? "value" : "extent", goldText, goldValue, file.Plain[match.Span.Start..match.Span.End], $"{match.Type}:{match.Value}"));
            }
        }

        return new GumDateScores(file.Dates.Count, found, exact, checkedValues, agreed, timexes.Count);
    }

    /// <summary>Relative dates only count where the page date is the story's date (news); elsewhere only dates that name a year.</summary>
    private static bool Checkable(GumDateFile file, GumDate gold, string text) =>
        (file.Genre == "news" && file.Created is not null) || text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && HasYear(text) || gold.When?.StartsWith("--", StringComparison.Ordinal) == true;

    private static bool HasYear(string text)
    {
        int run = 0;
        foreach (char c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return text.Contains('\'', StringComparison.Ordinal);
    }

    private static string Describe(GumDate gold) => gold.When ?? $"{gold.From}..{gold.To}";

    private static (DateOnly, DateOnly)? GoldInterval(GumDate gold)
    {
        if (gold.When is { } when)
        {
            return Interval(when.StartsWith("--", StringComparison.Ordinal) ? "XXXX" + when[1..] : when);
        }

        return gold.From is { } from && gold.To is { } to && Interval(from) is { } a && Interval(to) is { } b ? (a.Item1, b.Item2) : null;
    }

    /// <summary>The calendar days a TIMEX3 or ISO value covers; year-less values on year 4 so month and day still compare.</summary>
    public static (DateOnly First, DateOnly Last)? Interval(string value)
    {
        int t = value.IndexOf('T', StringComparison.Ordinal);
        if (t > 0)
        {
            value = value[..t];
        }

        if (value.StartsWith("XXXX", StringComparison.Ordinal))
        {
            value = "0004" + value[4..];
        }

        var parts = value.Split('-');
        if (parts[0].Length is < 2 or > 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int head))
        {
            return null;
        }

        if (parts[0].Length < 4)
        {
            int span = parts[0].Length == 3 ? 10 : 100;
            int first = head * span;
            return first < 1 ? null : (new DateOnly(first, 1, 1), new DateOnly(first + span - 1, 12, 31));
        }

        if (head < 1 || parts.Length == 1)
        {
            return head < 1 ? null : (new DateOnly(head, 1, 1), new DateOnly(head, 12, 31));
        }

        return PartOfYear(head, parts);
    }

    private static (DateOnly, DateOnly)? PartOfYear(int year, string[] parts)
    {
        string part = parts[1];
        if (part.Length == 2 && part[0] == 'Q' && part[1] is >= '1' and <= '4')
        {
            int month = ((part[1] - '1') * 3) + 1;
            return (new DateOnly(year, month, 1), new DateOnly(year, month + 2, 1).AddMonths(1).AddDays(-1));
        }

        if (part.Length == 2 && part[0] == 'H' && part[1] is '1' or '2')
        {
            int month = part[1] == '1' ? 1 : 7;
            return (new DateOnly(year, month, 1), new DateOnly(year, month + 5, 1).AddMonths(1).AddDays(-1));
        }

        if (part.Length == 3 && part[0] == 'W' && int.TryParse(part.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int week) && week is >= 1 and <= 53)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            return parts.Length == 3 && parts[2] == "WE" ? (monday.AddDays(5), monday.AddDays(6)) : (monday, monday.AddDays(6));
        }

        if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int m) || m is < 1 or > 12)
        {
            return null;
        }

        var firstOfMonth = new DateOnly(year, m, 1);
        if (parts.Length == 2)
        {
            return (firstOfMonth, firstOfMonth.AddMonths(1).AddDays(-1));
        }

        return int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int d) && d >= 1 && d <= DateTime.DaysInMonth(year, m)
            ? (new DateOnly(year, m, d), new DateOnly(year, m, d))
            : null;
    }
}
