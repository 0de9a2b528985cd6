using Dateline.Entities.Gazetteers;

namespace Dateline.Entities.Recognition;

/// <summary>
/// A sports result line ("Wigan 42 Bradford Bulls 36": name, score, name, score) or a standings row ("Rad ( B ) 4 1 1
/// 2 2 3 4": a name then five or more counts) names teams, and a team is an organisation even when it carries a
/// city's name ("DETROIT 4 Kansas City 1"); a national team keeps its country's type, as CoNLL-2003 annotates it. In
/// eng.train such lines name 463 pairs of organisations and 4 of countries, and 681 standings rows an organisation
/// and 4 a country. Each name, with its parenthesis ("Proleter ( Z )"), becomes one name; a line must hold a name the
/// tagger found, so that a date or account line ("Aug 27 Aug 26") stays as it is.
/// </summary>
public static class ResultLines
{

    private static readonly int Organisation = EntityLabels.TypeIndex("ORG");
    private static readonly int Place = EntityLabels.TypeIndex("LOC");

    /// <summary>Rewrites the BILOU labels of one sentence in place.</summary>
    public static void Tag(IReadOnlyList<string> words, Span<int> labels, Gazetteer gazetteer)
    {
        int firstEnd = NameEnd(words, 0);
        if (firstEnd == 0 || !labels.ContainsAnyExcept(EntityLabels.Outside))
        {
            return;
        }

        int counts = firstEnd;
        while (counts < words.Count && IsCount(words[counts]))
        {
            counts++;
        }

        if (counts == words.Count && counts - firstEnd >= 5)
        {
            labels.Clear();
            Name(words, labels, 0, firstEnd, gazetteer);
            return;
        }

        int secondEnd = counts - firstEnd == 1 ? NameEnd(words, counts) : counts;
        if (secondEnd > counts && secondEnd + 1 == words.Count && IsCount(words[secondEnd]))
        {
            labels.Clear();
            Name(words, labels, 0, firstEnd, gazetteer);
            Name(words, labels, counts, secondEnd, gazetteer);
        }
    }

    private static void Name(IReadOnlyList<string> words, Span<int> labels, int first, int end, Gazetteer gazetteer)
    {
        bool country = (gazetteer.CategoriesOf(words, first, end, fold: true) & (1 << (int)GazetteerCategory.Country)) != 0;
        LabelSpans.Set(labels, first, end, country ? Place : Organisation);
    }

    /// <summary>
    /// One past a team name starting at <paramref name="first"/>: capitalised words, initials, a genitive, "of" and a
    /// parenthesis between them ("Queen 's Park", "Queen of South", "Zeleznik ( B )"); <paramref name="first"/> when none.
    /// </summary>
    private static int NameEnd(IReadOnlyList<string> words, int first)
    {
        int end = first;
        bool open = false;
        while (end < words.Count)
        {
            string word = words[end];
            if (word.Length > 0 && char.IsUpper(word[0]))
            {
                end++;
            }
            else if (end > first && (word is "'s" or "of" || (word == "(" && !open)) && end + 1 < words.Count && words[end + 1].Length > 0 && char.IsUpper(words[end + 1][0]))
            {
                open |= word == "(";
                end++;
            }
            else if (open && word == ")")
            {
                open = false;
                end++;
            }
            else
            {
                break;
            }
        }

        return open ? first : end;
    }

    /// <summary>A score or a standings count: one to three digits.</summary>
    private static bool IsCount(string word) => word.Length is >= 1 and <= 3 && word.All(char.IsAsciiDigit);
}
