namespace Dateline.Entities.Recognition;

/// <summary>
/// "Douglas &amp; Lomason", "Procter &amp; Gamble": an ampersand between two capitalised words joins them into one
/// name, which is an organisation unless both sides were tagged places ("Trinidad &amp; Tobago"). In CoNLL-2003 train
/// 22 of 23 such ampersands sit inside an ORG and one inside a LOC, yet the greedy tagger reads the sides as two
/// people: a joint-name pattern the features cannot see.
/// </summary>
public static class AmpersandNames
{
    private static readonly int Organisation = EntityLabels.TypeIndex("ORG");
    private static readonly int Place = EntityLabels.TypeIndex("LOC");

    /// <summary>Rewrites the BILOU labels of one sentence in place.</summary>
    public static void Join(IReadOnlyList<string> words, Span<int> labels)
    {
        for (int i = 1; i + 1 < words.Count; i++)
        {
            if (words[i] != "&" || !NameWords.IsCapitalised(words[i - 1]) || !NameWords.IsCapitalised(words[i + 1]))
            {
                continue;
            }

            int first = LabelSpans.StartOf(labels, i - 1);
            int end = LabelSpans.EndOf(labels, i + 1);
            int leftType = EntityLabels.TypeOf(labels[i - 1]), rightType = EntityLabels.TypeOf(labels[i + 1]);
            int type = leftType == Place && rightType == Place ? Place : Organisation;
            LabelSpans.Set(labels, first, end, type);
            i = end - 1;
        }
    }
}
