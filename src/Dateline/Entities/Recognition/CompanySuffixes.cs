using Dateline.Cleaning;

namespace Dateline.Entities.Recognition;

/// <summary>
/// A legal-form word of <c>data/entities/company-suffixes.txt</c> ("Inc.", "Corp", "L.P.") closes a company's name: a
/// name the tagger ended just before it, or before a comma and it ("Google , Inc."), runs on through it, and a name
/// ending in one is an organisation whatever type the tagger gave it ("Apic Yamada Corp" read as a person). The tagger
/// sees a comma followed by a capital as a possible end and "Inc." as a word of its own; both corpora put it inside.
/// On web text the tagger sometimes reads the legal-form word as a name of its own ("CCNG , Inc." as two places): it
/// still joins the name before it, and alone, with no name before it, it is no name.
/// </summary>
public static class CompanySuffixes
{
    private static readonly Lazy<HashSet<string>> Suffixes = new(
        () => LexiconFile.Lines("entities/company-suffixes.txt").ToHashSet(StringComparer.Ordinal),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly int Organisation = EntityLabels.TypeIndex("ORG");

    /// <summary>Rewrites the BILOU labels of one sentence in place.</summary>
    public static void Join(IReadOnlyList<string> words, Span<int> labels)
    {
        var suffixes = Suffixes.Value;
        for (int first = 0; first < words.Count; first++)
        {
            if (labels[first] == EntityLabels.Outside)
            {
                continue;
            }

            int end = first + 1;
            while (end < words.Count && EntityLabels.PartOf(labels[end]) is 'I' or 'L')
            {
                end++;
            }

            bool company = suffixes.Contains(words[end - 1]) && end - 1 > first;
            while (Through(words, labels, end, suffixes) is var through && through > end)
            {
                company = true;
                end = through;
            }

            if (company)
            {
                LabelSpans.Set(labels, first, end, Organisation);
            }
            else if (end - first == 1 && suffixes.Contains(words[first]))
            {
                labels[first] = EntityLabels.Outside;
            }

            first = end - 1;
        }
    }

    /// <summary>One past the legal-form word that follows a name ending before <paramref name="end"/>, or <paramref name="end"/>.</summary>
    private static int Through(IReadOnlyList<string> words, Span<int> labels, int end, HashSet<string> suffixes)
    {
        bool comma = end < words.Count && words[end] == "," && labels[end] == EntityLabels.Outside;
        int suffix = comma ? end + 1 : end;
        return suffix < words.Count && EntityLabels.PartOf(labels[suffix]) is 'O' or 'U' && suffixes.Contains(words[suffix]) ? suffix + 1 : end;
    }
}
