using Dateline.Entities.Gazetteers;

namespace Dateline.Entities.Recognition;

/// <summary>
/// A one-word person name that the gazetteer lists only as a place ("Athens" as a travel guide's heading, then
/// repeated by document consistency) is a location, unless the document also names a person with that word in a
/// longer name ("Malivai Washington" … "Washington"). After a preposition of place ("around Norman", "in Jordan") a
/// listed place is a location even when the lists also hold it as a person's name: in CoNLL-2003 eng.train and UNER EWT
/// train a one-word listed place after in, at, near, around, across, outside or throughout is LOC 969 times in 986
/// and a person 5 times.
/// </summary>
public static class ListedPlaces
{
    private const ushort Places = (1 << (int)GazetteerCategory.Country) | (1 << (int)GazetteerCategory.City)
        | (1 << (int)GazetteerCategory.State) | (1 << (int)GazetteerCategory.Region);

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "in", "at", "near", "around", "across", "outside", "throughout",
    };

    private static readonly int Person = EntityLabels.TypeIndex("PER");
    private static readonly int SinglePerson = EntityLabels.Of('U', Person);
    private static readonly int SingleLocation = EntityLabels.Of('U', EntityLabels.TypeIndex("LOC"));

    /// <summary>Rewrites the BILOU labels of one document (its sentences' labels in order) in place.</summary>
    public static void Tag(IReadOnlyList<IReadOnlyList<string>> sentences, Span<int> labels, Gazetteer gazetteer)
    {
        var inLongerNames = LongerPersonNames.WordsOf(sentences, labels);
        int offset = 0;
        foreach (var words in sentences)
        {
            for (int i = 0; i < words.Count; i++)
            {
                if (labels[offset + i] == SinglePerson && !inLongerNames.Contains(words[i])
                    && gazetteer.CategoriesOf(words, i, i + 1) is var categories && (categories & Places) != 0
                    && ((categories & ~Places) == 0 || (i > 0 && PlacePrepositions.Contains(words[i - 1]))))
                {
                    labels[offset + i] = SingleLocation;
                }
            }

            offset += words.Count;
        }
    }
}
