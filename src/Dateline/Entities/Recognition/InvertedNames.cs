using Dateline.Entities.Gazetteers;

namespace Dateline.Entities.Recognition;

/// <summary>
/// An e-mail display name written surname first, alone between quote marks (<c>" Townsend , George " &lt;…&gt;</c>), is one
/// person: the tagger, which ends a name at a comma, reads two, or only the given name. UNER EWT marks the whole
/// "Surname , Given" as one PER (train and dev); running text has no quoted pair of names so written.
/// </summary>
public static class InvertedNames
{
    private static readonly int Person = EntityLabels.TypeIndex("PER");
    private static readonly int SinglePerson = EntityLabels.Of('U', Person);

    /// <summary>Rewrites the BILOU labels of one sentence in place.</summary>
    public static void Join(IReadOnlyList<string> words, Span<int> labels, Gazetteer gazetteer)
    {
        for (int i = 1; i + 3 < words.Count; i++)
        {
            if (words[i + 1] != "," || !IsQuote(words[i - 1]) || !IsQuote(words[i + 3])
                || !NameWords.IsCapitalised(words[i]) || !NameWords.IsCapitalised(words[i + 2]))
            {
                continue;
            }

            bool surname = labels[i] == SinglePerson, given = labels[i + 2] == SinglePerson;
            bool listedGiven = (gazetteer.CategoriesOf(words, i + 2, i + 3) & (1 << (int)GazetteerCategory.GivenName)) != 0;
            if ((labels[i] == EntityLabels.Outside || surname) && (labels[i + 2] == EntityLabels.Outside || given)
                && labels[i + 1] == EntityLabels.Outside && (surname || given) && (given || listedGiven))
            {
                LabelSpans.Set(labels, i, i + 3, Person);
            }
        }
    }

    private static bool IsQuote(string word) => word is "\"" or "``" or "''" or "\u201C" or "\u201D";
}
