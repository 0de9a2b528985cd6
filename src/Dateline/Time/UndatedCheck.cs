using Dateline.Documents;

namespace Dateline.Time;

/// <summary>
/// An article without a usable publication date cannot place "Tuesday" or "next week": their values stay
/// unresolved (<c>XXXX-WXX-2</c>), and the analyst should know why and how to fix it.
/// </summary>
internal static class UndatedCheck
{
    public const string Code = "DATE_MISSING";

    public static DocumentWarning? Find(IReadOnlyList<Timex> timexes, DateOnly? givenDate)
    {
        var unresolved = timexes.Where(x => x.Value.StartsWith("XXXX", StringComparison.Ordinal)).Select(x => x.Span).ToArray();
        if (unresolved.Length == 0)
        {
            return null;
        }

        string why = givenDate is null ? "the article has no publication date" : $"the publication date {givenDate:yyyy-MM-dd} is outside the calendar the time layer resolves";
        return new DocumentWarning(Code, $"{why}, so {unresolved.Length} relative time expression(s) stay unresolved; give one with --date or a 'date' header line", unresolved);
    }
}
