using Dateline.Entities.Gazetteers;

namespace Dateline.Entities.Recognition;

/// <summary>
/// A capitalised word the tagger left outside every name but the gazetteer lists as a demonym or group, and as
/// nothing else ("Iraqis", "Islamic", "Catholics"), is a MISC name on its own: in CoNLL-2003 train such words are MISC
/// 1,562 times and outside a name 14 times.
/// </summary>
public static class ListedPeoples
{
    private const ushort Peoples = (1 << (int)GazetteerCategory.Demonym) | (1 << (int)GazetteerCategory.Group);

    private static readonly int Miscellaneous = EntityLabels.TypeIndex("MISC");

    /// <summary>Rewrites the BILOU labels of one sentence in place.</summary>
    public static void Tag(IReadOnlyList<string> words, Span<int> labels, Gazetteer gazetteer)
    {
        for (int i = 0; i < words.Count; i++)
        {
            if (labels[i] != EntityLabels.Outside || words[i].Length < 2 || !char.IsUpper(words[i][0]))
            {
                continue;
            }

            ushort categories = gazetteer.CategoriesOf(words, i, i + 1);
            if (categories != 0 && (categories & ~Peoples) == 0)
            {
                labels[i] = EntityLabels.Of('U', Miscellaneous);
            }
        }
    }
}
