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
    private static readonly Lazy<CueTable> Cues = new(Load);

    private const int MaxNameWords = 6;

    private static readonly int Person = EntityLabels.TypeIndex("PER");
    private static readonly int Organisation = EntityLabels.TypeIndex("ORG");

    /// <summary>
    /// Cue phrases by side, and the words they end with (before a name) or start with (after it): most names have
    /// no such word beside them, so no phrase is built for them.
    /// </summary>
    private sealed record CueTable(HashSet<string> Before, HashSet<string> After, HashSet<string> BeforeLast, HashSet<string> AfterFirst, int Longest);

    /// <summary>Rewrites the BILOU labels of one document (its sentences' labels in order) in place.</summary>
    public static void Tag(IReadOnlyList<IReadOnlyList<string>> sentences, Span<int> labels)
    {
        var organisations = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var personFirstWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        ForEachSpan(sentences, labels, (words, first, end, type) =>
        {
            if (type == Person)
            {
                personFirstWords.Add(words[first]);
            }

            if ((type == Person || type == Organisation) && end - first == 1 && HasCue(words, first, end))
            {
                organisations.Add(words[first]);
            }
        });

        // "Roosevelt" of "Roosevelt Financial Group Inc": only prefixes that open some person mention can matter.
        ForEachSpan(sentences, labels, (words, first, end, type) =>
        {
            for (int last = first + 1; type == Organisation && last < end && last - first <= MaxNameWords && personFirstWords.Contains(words[first]); last++)
            {
                organisations.Add(Join(words, first, last));
            }
        });

        if (organisations.Count == 0)
        {
            return;
        }

        var insidePeople = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        ForEachSpan(sentences, labels, (words, first, end, type) =>
        {
            if (type == Person)
            {
                AddInnerRuns(words, first, end, insidePeople);
            }
        });

        int offset = 0;
        foreach (var words in sentences)
        {
            var sentence = labels.Slice(offset, words.Count);
            for (int first = 0, end; first < words.Count; first = end)
            {
                end = NextSpan(sentence, first, out int spanFirst, out int type);
                if (type == Person && end - spanFirst <= MaxNameWords && Join(words, spanFirst, end) is var name
                    && organisations.Contains(name) && !insidePeople.Contains(name))
                {
                    LabelSpans.Set(sentence, spanFirst, end, Organisation);
                }
            }

            offset += words.Count;
        }
    }

    /// <summary>Calls <paramref name="visit"/> with each sentence's words and each labelled span's start, end and type.</summary>
    private static void ForEachSpan(IReadOnlyList<IReadOnlyList<string>> sentences, ReadOnlySpan<int> labels, Action<IReadOnlyList<string>, int, int, int> visit)
    {
        int offset = 0;
        foreach (var words in sentences)
        {
            var sentence = labels.Slice(offset, words.Count);
            for (int first = 0, end; first < words.Count; first = end)
            {
                end = NextSpan(sentence, first, out int spanFirst, out int type);
                if (type >= 0)
                {
                    visit(words, spanFirst, end, type);
                }
            }

            offset += words.Count;
        }
    }

    /// <summary>
    /// The end of the next labelled span at or after <paramref name="from"/> (its start and type out), or the end of
    /// the sentence with type -1: the spans of <see cref="EntityLabels.Spans"/> without an array per sentence.
    /// </summary>
    private static int NextSpan(ReadOnlySpan<int> labels, int from, out int first, out int type)
    {
        int start = -1;
        for (int i = from; i < labels.Length; i++)
        {
            switch (EntityLabels.PartOf(labels[i]))
            {
                case 'U':
                    (first, type) = (i, EntityLabels.TypeOf(labels[i]));
                    return i + 1;
                case 'B':
                    start = i;
                    break;
                case 'L' when start >= 0:
                    (first, type) = (start, EntityLabels.TypeOf(labels[i]));
                    return i + 1;
                case 'O':
                    start = -1;
                    break;
            }
        }

        (first, type) = (labels.Length, -1);
        return labels.Length;
    }

    private static bool HasCue(IReadOnlyList<string> words, int first, int end)
    {
        var cues = Cues.Value;
        bool before = first > 0 && cues.BeforeLast.Contains(words[first - 1]);
        bool after = end < words.Count && cues.AfterFirst.Contains(words[end]);
        for (int length = 1; length <= cues.Longest && (before || after); length++)
        {
            if ((before && first - length >= 0 && cues.Before.Contains(Join(words, first - length, first)))
                || (after && end + length <= words.Count && cues.After.Contains(Join(words, end, end + length))))
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
        end - first == 1 ? words[first] : string.Join(' ', Enumerable.Range(first, end - first).Select(i => words[i]));

    private static CueTable Load()
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

        var beforeLast = before.Select(p => p[(p.LastIndexOf(' ') + 1)..]).ToHashSet(StringComparer.Ordinal);
        var afterFirst = after.Select(p => p.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        return new CueTable(before, after, beforeLast, afterFirst, longest);
    }
}
