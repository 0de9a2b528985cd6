using Dateline.Cleaning;
using Dateline.Entities.Gazetteers;

namespace Dateline.Entities.Recognition;

/// <summary>
/// A name joined by a hyphen to a participle or noun of <c>data/entities/name-compound-suffixes.txt</c> ("New
/// York-based", "Brazilian-born", "United Nations-sponsored") is an adjective, no longer the place or organisation it
/// names, and CoNLL-2003 calls it MISC with the whole name before the hyphen. The tagger reads the name part ("New
/// York-based" ORG) or carries the name on into the noun it modifies ("United Nations-sponsored ceasefire").
/// </summary>
public static class NameCompounds
{
    private static readonly Lazy<HashSet<string>> Suffixes = new(
        () => LexiconFile.Lines("entities/name-compound-suffixes.txt").ToHashSet(StringComparer.OrdinalIgnoreCase));

    private static readonly int Miscellaneous = EntityLabels.TypeIndex("MISC");

    /// <summary>Rewrites the BILOU labels of one sentence in place.</summary>
    public static void Tag(IReadOnlyList<string> words, Span<int> labels, Gazetteer gazetteer)
    {
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            int hyphen = word.LastIndexOf('-');
            if (hyphen < 1 || !char.IsUpper(word[0]) || !Suffixes.Value.Contains(word[(hyphen + 1)..]))
            {
                continue;
            }

            // At a sentence start a capital proves nothing: the tagger or the gazetteer must know the name ("Tripoli-based
            // diplomats", not "Family-controlled Douglas & Lomason").
            if (i == 0 && labels[0] == EntityLabels.Outside && gazetteer.CategoriesOf([word[..hyphen]], 0, 1) == 0)
            {
                continue;
            }

            int first = i;
            while (first > 0 && (NameWords.IsCapitalised(words[first - 1]) || NameWords.IsInitial(words[first - 1]))
                && words[first - 1] is not ("The" or "A" or "An") && (first - 1 > 0 || labels[0] != EntityLabels.Outside))
            {
                first--;
            }

            // Whatever name the tagger ran on past the adjective keeps its own label if it is still a name.
            int end = LabelSpans.EndOf(labels, i);
            int oldType = EntityLabels.TypeOf(labels[i]);
            int start = LabelSpans.StartOf(labels, first);
            if (start < first && EntityLabels.TypeOf(labels[start]) >= 0)
            {
                Relabel(words, labels, start, first, EntityLabels.TypeOf(labels[start]));
            }

            LabelSpans.Set(labels, first, i + 1, Miscellaneous);
            if (oldType >= 0 && end > i + 1)
            {
                Relabel(words, labels, i + 1, end, oldType);
            }

            i = Math.Max(i, end - 1);
        }
    }

    /// <summary>Labels the leftover words of a cut name: one name when they start capitalised, else outside.</summary>
    private static void Relabel(IReadOnlyList<string> words, Span<int> labels, int first, int end, int type)
    {
        if (NameWords.IsCapitalised(words[first]))
        {
            LabelSpans.Set(labels, first, end, type);
            return;
        }

        labels[first..end].Clear();
    }
}
