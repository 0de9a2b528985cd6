namespace Dateline.Entities.Recognition;

/// <summary>
/// A weekday or month after a name and before a lower-case word is the time of the event, not the end of the name
/// ("Foreign Minister Jose Miguel Insulza Monday for talks", "the Chicago Purchasing Managers August index"): in
/// CoNLL-2003 eng.train such a word after a name is outside it 30 times in 34, and the 4 inside are "Sheffield
/// Wednesday", a club, before a score or a full stop.
/// </summary>
public static class TrailingDates
{
    private static readonly HashSet<string> Dates = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>Rewrites the BILOU labels of one sentence in place.</summary>
    public static void Tag(IReadOnlyList<string> words, Span<int> labels)
    {
        for (int i = 1; i + 1 < words.Count; i++)
        {
            if (EntityLabels.PartOf(labels[i]) == 'L' && Dates.Contains(words[i]) && words[i + 1].Length > 0 && char.IsLower(words[i + 1][0]))
            {
                int first = LabelSpans.StartOf(labels, i);
                LabelSpans.Set(labels, first, i, EntityLabels.TypeOf(labels[i]));
                labels[i] = EntityLabels.Outside;
            }
        }
    }
}
