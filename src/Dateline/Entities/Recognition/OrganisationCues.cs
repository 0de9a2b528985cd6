using Dateline.Cleaning;

namespace Dateline.Entities.Recognition;

/// <summary>
/// One document names one thing by one name: a name the tagger called a person is an organisation in the whole
/// document when one of its mentions stands where only organisations stand — a one-word name beside a cue of
/// <c>data/entities/organisation-cues.txt</c> ("tyre and cables giant Pirelli", "40 percent of Ruch", "Petofi 's
/// board") — or when it opens a longer organisation name there ("Roosevelt" of "Roosevelt Financial Group Inc",
/// "Pirelli" of "Pirelli SpA"). Company names that look like surnames (Pirelli, Petofi, Ruch) are otherwise tagged
/// persons at every mention, and the tagger's document features then agree with the error. A name that the
/// document also uses inside a longer person's name stays a person ("Ford" beside "Gerald Ford"). Names match
/// whatever their case, so a headline's "PIRELLI" follows the body.
/// </summary>
public static class OrganisationCues
{
    private static readonly Lazy<(HashSet<string> Before, HashSet<string> After, int Longest)> Cues = new(Load);

    private const int MaxNameWords = 6;

    private static readonly int Person = EntityLabels.TypeIndex("PER");
    private static readonly int Organisation = EntityLabels.TypeIndex("ORG");

    /// <summary>Rewrites the BILOU labels of one document (its sentences' labels in order) in place.</summary>
    public static void Tag(IReadOnlyList<IReadOnlyList<string>> sentences, Span<int> labels)
    {
        var insidePeople = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var organisations = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int offset = 0;
        foreach (var words in sentences)
        {
            foreach (var (first, end, type) in EntityLabels.Spans(labels.Slice(offset, words.Count).ToArray()))
            {
                if (type == Person)
                {
                    AddInnerRuns(words, first, end, insidePeople);
                }

                if ((type == Person || type == Organisation) && end - first == 1 && HasCue(words, first, end))
                {
                    organisations.Add(words[first]);
                }

                if (type == Organisation && end - first > 1)
                {
                    for (int last = first + 1; last < end && last - first <= MaxNameWords; last++)
                    {
                        organisations.Add(Join(words, first, last));
                    }
                }
            }

            offset += words.Count;
        }

        if (organisations.Count == 0)
        {
            return;
        }

        offset = 0;
        foreach (var words in sentences)
        {
            var sentence = labels.Slice(offset, words.Count);
            foreach (var (first, end, type) in EntityLabels.Spans(sentence.ToArray()))
            {
                string name = Join(words, first, end);
                if (type == Person && organisations.Contains(name) && !insidePeople.Contains(name))
                {
                    LabelSpans.Set(sentence, first, end, Organisation);
                }
            }

            offset += words.Count;
        }
    }

    private static bool HasCue(IReadOnlyList<string> words, int first, int end)
    {
        var (before, after, longest) = Cues.Value;
        for (int length = 1; length <= longest; length++)
        {
            if ((first - length >= 0 && before.Contains(Join(words, first - length, first)))
                || (end + length <= words.Count && after.Contains(Join(words, end, end + length))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds every shorter run of words inside a person's name ("Pirelli" of "Giovanni Pirelli"), so a word that is part
    /// of a longer person's name in the document stays a person. A set, not a scan of all names per mention: a
    /// document of many thousand names stays linear. Runs of more than <see cref="MaxNameWords"/> words are no names.
    /// </summary>
    private static void AddInnerRuns(IReadOnlyList<string> words, int first, int end, HashSet<string> runs)
    {
        int length = end - first;
        if (length < 2 || length > MaxNameWords)
        {
            return;
        }

        for (int start = first; start < end; start++)
        {
            for (int stop = start + 1; stop <= end; stop++)
            {
                if (stop - start < length)
                {
                    runs.Add(Join(words, start, stop));
                }
            }
        }
    }

    private static string Join(IReadOnlyList<string> words, int first, int end) =>
        string.Join(' ', Enumerable.Range(first, end - first).Select(i => words[i]));

    private static (HashSet<string> Before, HashSet<string> After, int Longest) Load()
    {
        var before = new HashSet<string>(StringComparer.Ordinal);
        var after = new HashSet<string>(StringComparer.Ordinal);
        int longest = 0;
        foreach (var line in LexiconFile.Lines("entities/organisation-cues.txt"))
        {
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            string side = line[..space], phrase = string.Join(' ', line[(space + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
            (side == "before" ? before : side == "after" ? after : throw new InvalidDataException($"organisation-cues.txt: '{line}'")).Add(phrase);
            longest = Math.Max(longest, phrase.Count(c => c == ' ') + 1);
        }

        return (before, after, longest);
    }
}
