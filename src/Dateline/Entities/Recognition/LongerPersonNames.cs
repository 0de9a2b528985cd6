namespace Dateline.Entities.Recognition;

/// <summary>
/// The words a document uses inside a person name of two or more words ("Malivai Washington"), so a rule retyping a
/// one-word person ("Washington" as a place, "Rita" as a storm) can leave the ones that are that person alone.
/// </summary>
internal static class LongerPersonNames
{
    private static readonly int Person = EntityLabels.TypeIndex("PER");
    private static readonly int SinglePerson = EntityLabels.Of('U', Person);

    /// <param name="labels">The BILOU labels of the document's sentences, in order.</param>
    public static HashSet<string> WordsOf(IReadOnlyList<IReadOnlyList<string>> sentences, ReadOnlySpan<int> labels)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        int offset = 0;
        foreach (var sentence in sentences)
        {
            for (int i = 0; i < sentence.Count; i++)
            {
                int label = labels[offset + i];
                if (EntityLabels.TypeOf(label) == Person && label != SinglePerson)
                {
                    words.Add(sentence[i]);
                }
            }

            offset += sentence.Count;
        }

        return words;
    }
}
