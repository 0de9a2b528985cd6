using Dateline.Cleaning;

namespace Dateline.Entities.Recognition;

/// <summary>
/// A run of capitalised words that ends in a noun closing organisation or event names
/// (<c>data/entities/name-heads.txt</c>: "Committee", "Inc", "Cup", "Day") is one name of that noun's type. English
/// names are head-final, so the last noun decides the kind of the whole, while the tagger, reading left to right,
/// often stops or types the name by its first words: "Federal Open" MISC before "Market Committee", "California" LOC
/// before "Avocado Commission", "Roosevelt Financial Group Inc" a person. Inside the run "of", "for" and "&amp;" join
/// capitalised words ("Gold Fields of South Africa Ltd") and "and" joins a word outside any name ("Test and County
/// Cricket Board"), but no connector follows a person, and "and" no name ("Chevron Corp and Texaco Inc" are two).
/// </summary>
public static class NameHeads
{
    private static readonly Lazy<Dictionary<string, int>> Heads = new(() => LexiconFile.Lines("entities/name-heads.txt")
        .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToDictionary(fields => fields[0], fields => EntityLabels.TypeIndex(fields[1]), StringComparer.Ordinal));

    private static readonly int Person = EntityLabels.TypeIndex("PER");
    private static readonly int Organisation = EntityLabels.TypeIndex("ORG");
    private static readonly int Place = EntityLabels.TypeIndex("LOC");
    private static readonly int Miscellaneous = EntityLabels.TypeIndex("MISC");

    /// <summary>The longest name the walk back from a head builds ("London International Financial Futures and Options Exchange" has 7 words); it bounds the work on a run of capitalised words.</summary>
    private const int MaxNameWords = 12;

    /// <summary>Rewrites the BILOU labels of one sentence in place.</summary>
    public static void Tag(IReadOnlyList<string> words, Span<int> labels)
    {
        var heads = Heads.Value;
        bool? shouted = null;
        for (int end = 1; end <= words.Count; end++)
        {
            // The name must end at the head: "Board" of "Broadcasting Board of Governors" closes nothing ("and" joins
            // two names more often than it continues one).
            if (!heads.TryGetValue(words[end - 1], out int type) || (end < words.Count && IsNameWord(words[end]))
                || (end + 1 < words.Count && words[end] is "of" or "for" or "&" && IsNameWord(words[end + 1])))
            {
                continue;
            }

            // Most sentences hold no head: only then is the whole sentence looked at.
            shouted ??= Shouted(words);
            if (shouted.Value)
            {
                return;
            }

            int first = StartOf(words, labels, end - 1, type);
            if (end - first >= 2 && (end == labels.Length || EntityLabels.PartOf(labels[end]) is not ('I' or 'L')))
            {
                LabelSpans.Set(labels, first, end, type);
            }
        }
    }

    /// <summary>Where the name closed by the head at <paramref name="head"/> starts, walking back over the run.</summary>
    private static int StartOf(IReadOnlyList<string> words, ReadOnlySpan<int> labels, int head, int type)
    {
        int first = head;
        while (first > 0 && head - first < MaxNameWords)
        {
            int previous = first - 1;
            if (IsNameWord(words[previous]))
            {
                // A one-word demonym stays apart from an organisation or event ("French" Interior Ministry, but the
                // "Indian Ocean" is one place), and so does a place before an event ("Berlin" Grand Prix), as
                // CoNLL-2003 annotates them.
                int previousType = EntityLabels.TypeOf(labels[previous]);
                bool separate = (labels[previous] == EntityLabels.Of('U', Miscellaneous) && type != Place)
                    || (type == Miscellaneous && previousType == Place && EntityLabels.PartOf(labels[previous]) is 'U' or 'L');
                // A person's name joins an event only right before its head ("Martin Luther King Day"), not before
                // more words ("Barack Obama Election Day"); places and organisations take it in ("Brown Deer Park Golf
                // Course", "Roosevelt Financial Group Inc").
                bool person = type == Miscellaneous && previousType == Person && EntityLabels.PartOf(labels[previous]) is 'U' or 'L' && first < head;
                if (separate || person)
                {
                    break;
                }

                first = previous;
            }
            else if (previous > 0 && IsConnector(words[previous]) && IsNameWord(words[previous - 1])
                && EntityLabels.TypeOf(labels[previous - 1]) != Person && Joins(words[previous], words[previous - 1], labels[previous - 1]))
            {
                first = previous - 1;
            }
            else
            {
                break;
            }
        }

        // The tagger's own name runs on before the run: it saw more ("Moody 's Investors Service").
        if (EntityLabels.PartOf(labels[first]) is 'I' or 'L')
        {
            return head + 1;
        }

        // A capital at the sentence start says nothing, nor does an article: there the name starts at its first tagged word.
        if (first == 0 || !IsWord(words[first - 1]))
        {
            while (first < head && labels[first] == EntityLabels.Outside)
            {
                first++;
            }
        }
        else if (words[first] is "The" or "A" or "An" && labels[first] == EntityLabels.Outside)
        {
            first++;
        }

        return first;
    }

    private static bool IsNameWord(string word) => NameWords.IsCapitalised(word) || NameWords.IsInitial(word);

    private static bool IsWord(string word) => word.Length > 0 && char.IsLetterOrDigit(word[0]);

    private static bool IsConnector(string word) => word is "of" or "for" or "&" or "and";

    /// <summary>
    /// Whether a connector continues the name back to <paramref name="before"/>: "and" only from a word outside every
    /// name, "for" only from an organisation ("Monday for Labour Day" is no name).
    /// </summary>
    private static bool Joins(string connector, string before, int beforeLabel) => connector switch
    {
        "and" => beforeLabel == EntityLabels.Outside && !Heads.Value.ContainsKey(before),
        "for" => EntityLabels.TypeOf(beforeLabel) == Organisation,
        _ => true,
    };

    /// <summary>A headline in capitals, where every word looks like a name.</summary>
    private static bool Shouted(IReadOnlyList<string> words)
    {
        int capitals = 0, letters = 0;
        foreach (var word in words)
        {
            bool letter = false, lower = false;
            foreach (char c in word)
            {
                letter |= char.IsLetter(c);
                lower |= char.IsLower(c);
            }

            letters += letter ? 1 : 0;
            capitals += letter && !lower ? 1 : 0;
        }

        return letters > 0 && capitals * 2 > letters;
    }
}
