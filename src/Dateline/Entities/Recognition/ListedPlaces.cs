using Dateline.Entities.Gazetteers;

namespace Dateline.Entities.Recognition;

/// <summary>
/// A one-word person name that the gazetteer lists only as a place ("Athens" as a travel guide's heading, then
/// repeated by document consistency) is a location, unless the document also names a person with that word in a
/// longer name ("Malivai Washington" … "Washington").
/// </summary>
public static class ListedPlaces
{
    private const ushort Places = (1 << (int)GazetteerCategory.Country) | (1 << (int)GazetteerCategory.City)
        | (1 << (int)GazetteerCategory.State) | (1 << (int)GazetteerCategory.Region);

    private static readonly int Person = EntityLabels.TypeIndex("PER");
    private static readonly int SinglePerson = EntityLabels.Of('U', Person);
    private static readonly int SingleLocation = EntityLabels.Of('U', EntityLabels.TypeIndex("LOC"));

    /// <summary>Rewrites the BILOU labels of one document (its sentences' labels in order) in place.</summary>
    public static void Tag(IReadOnlyList<IReadOnlyList<string>> sentences, Span<int> labels, Gazetteer gazetteer)
    {
        var inLongerNames = new HashSet<string>(StringComparer.Ordinal);
        int offset = 0;
        foreach (var words in sentences)
        {
            for (int i = 0; i < words.Count; i++)
            {
                int label = labels[offset + i];
                if (EntityLabels.TypeOf(label) == Person && label != SinglePerson)
                {
                    inLongerNames.Add(words[i]);
                }
            }

            offset += words.Count;
        }

        offset = 0;
        foreach (var words in sentences)
        {
            for (int i = 0; i < words.Count; i++)
            {
                if (labels[offset + i] == SinglePerson && !inLongerNames.Contains(words[i])
                    && gazetteer.CategoriesOf(words, i, i + 1) is var categories && categories != 0 && (categories & ~Places) == 0)
                {
                    labels[offset + i] = SingleLocation;
                }
            }

            offset += words.Count;
        }
    }
}
