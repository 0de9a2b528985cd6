namespace Dateline.Entities.Recognition;

/// <summary>
/// What the tagger has said so far in one document about each word (case-folded): how often it was tagged with
/// each type. Lets a later bare "Blinken" agree with an earlier "Antony Blinken", and a headline's "BLINKEN" with
/// the body. One instance per document; not shared between threads.
/// </summary>
public sealed class DocumentMemory
{
    private readonly Dictionary<ulong, int[]> typeCounts = [];

    /// <summary>Counts per type for a word, or null when it was never inside an entity.</summary>
    public int[]? CountsOf(ulong foldedWord) => typeCounts.GetValueOrDefault(foldedWord);

    /// <summary>Records the entities of a tagged sentence. Only capitalised words count: "the" in "the Hague" says nothing.</summary>
    public void Remember(SentenceFeatures sentence, ReadOnlySpan<int> labels)
    {
        for (int i = 0; i < labels.Length; i++)
        {
            int type = EntityLabels.TypeOf(labels[i]);
            if (type < 0 || !sentence.Capitalized[i])
            {
                continue;
            }

            var key = sentence.LowerHashes[i];
            if (!typeCounts.TryGetValue(key, out var counts))
            {
                counts = new int[EntityLabels.Types.Length];
                typeCounts[key] = counts;
            }

            counts[type]++;
        }
    }
}
