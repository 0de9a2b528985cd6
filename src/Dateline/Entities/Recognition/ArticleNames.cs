namespace Dateline.Entities.Recognition;

/// <summary>
/// An Arabic name with its article split off by the tokenizer ("Muqtada al - Sadr", "Abu Musab az - Zarqawi", as
/// web treebanks such as EWT write "al-Sadr") is one name: the tagger read "al" and "-" as ordinary words and cut it
/// into "Muqtada" and "Sadr", or lost the given name. When the capitalised word after "article -" or a capitalised
/// word just before the article is inside a name, the article, the hyphen, the word after it and the capitalised words
/// just before it become one name, of the type the tagger gave the word after the article (the family name decides
/// in "cleric Muqtada al - Sadr", where "Muqtada" had ended an organisation). CoNLL-2003 keeps "al-Sadr" one token,
/// so the rule never fires there.
/// </summary>
public static class ArticleNames
{
    // The Arabic article as romanised, assimilated forms included (ash-Sharq, az-Zaman, ad-Din).
    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase)
    {
        "al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ud", "ul",
    };

    /// <summary>Rewrites the BILOU labels of one sentence in place.</summary>
    public static void Join(IReadOnlyList<string> words, Span<int> labels)
    {
        for (int i = 0; i + 2 < words.Count; i++)
        {
            if (words[i + 1] != "-" || !Articles.Contains(words[i]) || !Capitalised(words[i + 2]))
            {
                continue;
            }

            int first = i;
            while (first > 0 && Capitalised(words[first - 1]) && (first - 1 > 0 || labels[first - 1] != EntityLabels.Outside))
            {
                first--;
            }

            int last = i + 2;
            bool named = labels[last] != EntityLabels.Outside || (first < i && labels[i - 1] != EntityLabels.Outside);
            if (!named)
            {
                continue;
            }

            int type = labels[last] != EntityLabels.Outside ? EntityLabels.TypeOf(labels[last]) : EntityLabels.TypeOf(labels[i - 1]);
            int end = labels[last] != EntityLabels.Outside && EntityLabels.TypeOf(labels[last]) == type ? LabelSpans.EndOf(labels, last) : last + 1;
            if (first > 0 && EntityLabels.PartOf(labels[first]) is 'I' or 'L')
            {
                // What is left of a name that ran into the person ("Radical Shiite cleric") is no name when it now
                // ends in a lower-case word.
                if (char.IsLower(words[first - 1][0]))
                {
                    for (int k = LabelSpans.StartOf(labels, first - 1); k < first; k++)
                    {
                        labels[k] = EntityLabels.Outside;
                    }
                }
                else
                {
                    labels[first - 1] = EntityLabels.Closed(labels[first - 1]);
                }
            }

            if (end < labels.Length && EntityLabels.PartOf(labels[end]) is 'I' or 'L')
            {
                labels[end] = EntityLabels.Of(EntityLabels.PartOf(labels[end]) == 'I' ? 'B' : 'U', EntityLabels.TypeOf(labels[end]));
            }

            LabelSpans.Set(labels, first, end, type);
            i = end - 1;
        }
    }

    private static bool Capitalised(string word) => word.Length > 1 && char.IsUpper(word[0]) && char.IsLetter(word[1]);
}
