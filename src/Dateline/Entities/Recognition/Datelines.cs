using Dateline.Entities.Gazetteers;

namespace Dateline.Entities.Recognition;

/// <summary>
/// A wire story's dateline ("LOS ANGELES 1996-08-30", "LA CORUNA , Spain 1996-08-31": a name, perhaps its region after
/// a comma, then the filing date and nothing else) names the place the story was filed from: the first name is a
/// place. In CoNLL-2003 eng.train 896 of 907 such lines open with a LOC; all-caps, the tagger sometimes reads two
/// words as an organisation ("THE HAGUE"). An organisation the gazetteer does not list as a place stays one ("UNITED
/// NATIONS 1996-08-29": the story is filed from the UN's headquarters).
/// </summary>
public static class Datelines
{

    private const ushort Places = (1 << (int)GazetteerCategory.Country) | (1 << (int)GazetteerCategory.City)
        | (1 << (int)GazetteerCategory.State) | (1 << (int)GazetteerCategory.Region);

    private static readonly int Place = EntityLabels.TypeIndex("LOC");
    private static readonly int Organisation = EntityLabels.TypeIndex("ORG");

    /// <summary>Rewrites the BILOU labels of one sentence in place.</summary>
    public static void Tag(IReadOnlyList<string> words, Span<int> labels, Gazetteer gazetteer)
    {
        if (words.Count < 2 || !IsIsoDate(words[^1]))
        {
            return;
        }

        int end = 0;
        while (end < words.Count - 1 && NameWords.IsCapitalised(words[end]))
        {
            end++;
        }

        if (end > 0 && (end == words.Count - 1 || words[end] == ",") && (end == labels.Length || EntityLabels.PartOf(labels[end]) is not ('I' or 'L'))
            && (EntityLabels.TypeOf(labels[0]) != Organisation || (gazetteer.CategoriesOf(words, 0, end, fold: true) & Places) != 0))
        {
            LabelSpans.Set(labels, 0, end, Place);
        }
    }

    /// <summary>"1996-08-30".</summary>
    private static bool IsIsoDate(string word) =>
        word.Length == 10 && word[4] == '-' && word[7] == '-'
        && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[1]) && char.IsAsciiDigit(word[2]) && char.IsAsciiDigit(word[3])
        && char.IsAsciiDigit(word[5]) && char.IsAsciiDigit(word[6]) && char.IsAsciiDigit(word[8]) && char.IsAsciiDigit(word[9]);
}
