using System.Globalization;
using Dateline.Documents;

namespace Dateline.Time;

/// <summary>
/// Notices when the content contradicts the header date: an explicit date after it told in the past tense,
/// or "the past four months" measured from a "since Oct. 7" anchor that would end well after it.
/// </summary>
internal static class DatelineCheck
{
    public const string Code = "DATELINE_DOUBTFUL";

    private const int SlackDays = 14;

    public static DocumentWarning? Find(Document document, DateOnly date, IReadOnlyList<Timex> timexes, List<TimexMatch> matches, TenseOracle tenses)
    {
        var evidence = new List<TextSpan>();
        string? reason = null;
        for (int k = 0; k < timexes.Count; k++)
        {
            var timex = timexes[k];
            if (matches[k].Rule is "month-day-year" or "day-month-year" or "iso-date" or "slash-date" && TryDay(timex.Value, out var day)
                && day.DayNumber > date.DayNumber + 1 && tenses.Around(matches[k].First, matches[k].End) == Tense.Past)
            {
                evidence.Add(timex.Span);
                reason ??= $"'{document.Text(timex.Span)}' ({timex.Value}) is told as past but lies after the article date {date:yyyy-MM-dd}";
            }
        }

        var anchors = timexes.Where(x => TryDay(x.Value, out _) && PrecededBy(document.Raw, x.Span.Start, "since")).ToList();
        foreach (var duration in timexes.Where(x => x.Rule == "rel-duration" && IsPastRelative(document.Text(x.Span))))
        {
            if (!TrySpan(duration.Value, out int amount, out char unit))
            {
                continue;
            }

            foreach (var anchor in anchors)
            {
                TryDay(anchor.Value, out var start);
                var end = Add(start, amount, unit);
                var earliest = Add(date, -2 * amount, unit);
                // An anchor only weeks old cannot start "the last nine months": that duration measures something else.
                bool comparable = 2 * (date.DayNumber - start.DayNumber) >= end.DayNumber - start.DayNumber;
                if (end.DayNumber > date.DayNumber + SlackDays && start.DayNumber > earliest.DayNumber && start.DayNumber <= date.DayNumber && comparable)
                {
                    evidence.Add(anchor.Span);
                    evidence.Add(duration.Span);
                    reason ??= $"'{document.Text(duration.Span)}' since {anchor.Value} runs to {end:yyyy-MM-dd}, after the article date {date:yyyy-MM-dd}";
                }
            }
        }

        return reason is null ? null : new DocumentWarning(Code, reason, evidence);
    }

    private static bool IsPastRelative(string text) =>
        text.Contains("past", StringComparison.OrdinalIgnoreCase) || text.Contains("last", StringComparison.OrdinalIgnoreCase);

    private static bool TryDay(string value, out DateOnly day) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static bool TrySpan(string value, out int amount, out char unit)
    {
        amount = 0;
        unit = value[^1];
        return value.Length >= 3 && value[0] == 'P' && unit is 'D' or 'W' or 'M' or 'Y' && char.IsAsciiDigit(value[1])
            && int.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out amount) && amount < 1000;
    }

    private static DateOnly Add(DateOnly day, int amount, char unit) => unit switch
    {
        'D' => day.AddDays(amount),
        'W' => day.AddDays(7 * amount),
        'M' => day.AddMonths(amount),
        _ => day.AddYears(amount),
    };

    private static bool PrecededBy(string raw, int start, string word)
    {
        int end = start;
        while (end > 0 && char.IsWhiteSpace(raw[end - 1]))
        {
            end--;
        }

        int begin = end - word.Length;
        return begin >= 0 && raw.AsSpan(begin, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase) && (begin == 0 || !char.IsLetter(raw[begin - 1]));
    }
}
