using Dateline.Entities.Gazetteers;
using Dateline.Entities.Recognition;

namespace Dateline.Entities;

/// <summary>
/// Maps the tagger's CoNLL types to the record's types: PER → PERSON; ORG → ORG (GPE for a bare country name); LOC → GPE when the gazetteer
/// lists the name as a country, state or city, else LOC; MISC → NORP when it is a demonym or a religious or
/// political group, else MISC.
/// </summary>
public static class EntityTyping
{
    private const ushort Political = (1 << (int)GazetteerCategory.Country) | (1 << (int)GazetteerCategory.State) | (1 << (int)GazetteerCategory.City);
    private const ushort Peoples = (1 << (int)GazetteerCategory.Demonym) | (1 << (int)GazetteerCategory.Group);
    private const ushort Regions = 1 << (int)GazetteerCategory.Region;
    private const ushort Countries = 1 << (int)GazetteerCategory.Country;
    private const ushort Organisations = (1 << (int)GazetteerCategory.Org) | (1 << (int)GazetteerCategory.Media);

    public static string Map(int conllType, IReadOnlyList<string> words, int first, int end, Gazetteer gazetteer)
    {
        var categories = CategoriesOf(words, first, end, gazetteer);
        return EntityLabels.Types[conllType] switch
        {
            "PER" => "PERSON",
            // "US Secretary of State": CoNLL tags a country naming its government ORG; the record calls it GPE.
            "ORG" => (categories & Countries) != 0 && (categories & Organisations) == 0 ? "GPE" : "ORG",
            "LOC" => (categories & Political) != 0 && (categories & Regions) == 0 ? "GPE" : "LOC",
            _ => (categories & Peoples) != 0 ? "NORP" : "MISC",
        };
    }

    /// <summary>Whether a single word is a demonym or group name (Israelis, Muslims), in any case.</summary>
    public static bool IsPeople(IReadOnlyList<string> words, int index, Gazetteer gazetteer) =>
        (CategoriesOf(words, index, index + 1, gazetteer) & Peoples) != 0;

    /// <summary>The gazetteer categories of the phrase, trying the exact form, then the case-folded one.</summary>
    public static ushort CategoriesOf(IReadOnlyList<string> words, int first, int end, Gazetteer gazetteer)
    {
        var exact = gazetteer.CategoriesOf(words, first, end);
        return exact != 0 ? exact : gazetteer.CategoriesOf(words, first, end, fold: true);
    }
}
