using Dateline.Cleaning;

namespace Dateline.Entities.Recognition;

/// <summary>
/// A run of two or more words in title case standing alone between quote marks — capitalised words joined only by
/// the function words of <c>data/entities/headline-words.txt</c> or a genitive ("The Crying Game", "Schindler 's
/// List", "In the Year of January") — is the title of a work, a campaign or a slogan, which CoNLL-2003 calls MISC.
/// Quoted speech does not keep every content word capitalised. The rule takes runs the tagger left outside every
/// name or whose first word alone it read as a person ("Anne" of "Anne of a Thousand Days"), never one holding another
/// name ("Iron Lady", "The Emperor Norton Bridge", a place's name).
/// </summary>
public static class QuotedTitles
{
    private static readonly Lazy<HashSet<string>> FunctionWords = new(
        () => LexiconFile.Lines("entities/headline-words.txt").ToHashSet(StringComparer.Ordinal));

    private static readonly int Person = EntityLabels.TypeIndex("PER");
    private static readonly int Miscellaneous = EntityLabels.TypeIndex("MISC");

    /// <summary>Rewrites the BILOU labels of one sentence in place.</summary>
    public static void Tag(IReadOnlyList<string> words, Span<int> labels)
    {
        for (int open = 0; open < words.Count; open++)
        {
            if (words[open] is not ("\"" or "“" or "``"))
            {
                continue;
            }

            int close = open + 1;
            while (close < words.Count && words[close] is not ("\"" or "”" or "''"))
            {
                close++;
            }

            if (close < words.Count && IsTitle(words, open + 1, close) && MayRelabel(labels, open + 1, close))
            {
                LabelSpans.Set(labels, open + 1, close, Miscellaneous);
            }

            open = close;
        }
    }

    private static bool IsTitle(IReadOnlyList<string> words, int first, int end)
    {
        if (end - first < 2 || !NameWords.IsCapitalised(words[first]) || !NameWords.IsCapitalised(words[end - 1]))
        {
            return false;
        }

        for (int i = first + 1; i < end - 1; i++)
        {
            if (!NameWords.IsCapitalised(words[i]) && words[i] != "'s" && !FunctionWords.Value.Contains(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MayRelabel(ReadOnlySpan<int> labels, int first, int end)
    {
        if (EntityLabels.PartOf(labels[first]) is 'I' or 'L' || (end < labels.Length && EntityLabels.PartOf(labels[end]) is 'I' or 'L'))
        {
            return false;
        }

        for (int i = first; i < end; i++)
        {
            if (labels[i] != EntityLabels.Outside && (i > first || labels[i] != EntityLabels.Of('U', Person)))
            {
                return false;
            }
        }

        return true;
    }
}
