using Dateline.Entities.Gazetteers;

namespace Dateline.Entities.Recognition;

/// <summary>
/// A place name the tagger read as one, which the gazetteer does not list whole but splits into a listed city and a
/// listed state or country after it ("Miramar California", "san francisco california": a city and its state written
/// without the comma), is two places. A right part the tag lexicon knows as a common word stays ("Tampa Bay": "Bay" is
/// also a Somali region).
/// </summary>
public static class CityStatePairs
{
    private const ushort City = 1 << (int)GazetteerCategory.City;
    private const ushort StateOrCountry = (1 << (int)GazetteerCategory.State) | (1 << (int)GazetteerCategory.Country);

    private static readonly int Location = EntityLabels.TypeIndex("LOC");

    /// <summary>Rewrites the BILOU labels of one sentence in place; <paramref name="lexicon"/> is the model's tag lexicon.</summary>
    public static void Split(IReadOnlyList<string> words, Span<int> labels, Gazetteer gazetteer, NameLexicon lexicon)
    {
        for (int first = 0; first < words.Count; first++)
        {
            if (labels[first] != EntityLabels.Of('B', Location))
            {
                continue;
            }

            int end = first + 1;
            while (end < words.Count && labels[end] == EntityLabels.Of('I', Location))
            {
                end++;
            }

            if (end == words.Count || labels[end] != EntityLabels.Of('L', Location)
                || gazetteer.CategoriesOf(words, first, ++end, fold: true) != 0)
            {
                continue;
            }

            for (int split = first + 1; split < end; split++)
            {
                if ((gazetteer.CategoriesOf(words, first, split, fold: true) & City) != 0
                    && (gazetteer.CategoriesOf(words, split, end, fold: true) & StateOrCountry) != 0
                    && !IsCommonWord(words, split, end, lexicon))
                {
                    LabelSpans.Set(labels, first, split, Location);
                    LabelSpans.Set(labels, split, end, Location);
                    break;
                }
            }
        }
    }

    private static bool IsCommonWord(IReadOnlyList<string> words, int start, int end, NameLexicon lexicon)
    {
        if (end - start != 1)
        {
            return false;
        }

        byte code = lexicon.Find(PhraseHash.OfToken(words[start], fold: true));
        return code != 0 && NameLexicon.ClassOf(code) != NameLexicon.ProperOnly;
    }
}
