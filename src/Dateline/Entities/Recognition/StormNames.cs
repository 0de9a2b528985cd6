namespace Dateline.Entities.Recognition;

/// <summary>
/// A storm's given name ("Hurricane Rita", "Typhoon Haiyan") is no person: CoNLL-2003 tags it MISC ("Hurricane
/// Edouard", "Hurricane Dolly" in eng.train) and UNER EWT leaves it out. The tagger read the name as a person and
/// document consistency carried that to the bare name ("Rita packed winds of …"). A one-word person name right after a
/// storm word becomes MISC, and so does every other one-word person name with that word in the document, unless the
/// document has it inside a longer person name.
/// </summary>
public static class StormNames
{
    private static readonly HashSet<string> StormWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Hurricane", "Typhoon", "Cyclone", "Storm",
    };

    private static readonly int Person = EntityLabels.TypeIndex("PER");
    private static readonly int SinglePerson = EntityLabels.Of('U', Person);
    private static readonly int SingleMisc = EntityLabels.Of('U', EntityLabels.TypeIndex("MISC"));

    /// <summary>Rewrites the BILOU labels of one document (its sentences' labels in order) in place.</summary>
    public static void Tag(IReadOnlyList<IReadOnlyList<string>> sentences, Span<int> labels)
    {
        HashSet<string>? storms = null;
        int offset = 0;
        foreach (var words in sentences)
        {
            for (int i = 1; i < words.Count; i++)
            {
                if (labels[offset + i] == SinglePerson && StormWords.Contains(words[i - 1]))
                {
                    (storms ??= new HashSet<string>(StringComparer.Ordinal)).Add(words[i]);
                }
            }

            offset += words.Count;
        }

        if (storms is null)
        {
            return;
        }

        var inLongerNames = LongerPersonNames.WordsOf(sentences, labels);
        offset = 0;
        foreach (var words in sentences)
        {
            for (int i = 0; i < words.Count; i++)
            {
                if (labels[offset + i] == SinglePerson && storms.Contains(words[i]) && !inLongerNames.Contains(words[i]))
                {
                    labels[offset + i] = SingleMisc;
                }
            }

            offset += words.Count;
        }
    }
}
