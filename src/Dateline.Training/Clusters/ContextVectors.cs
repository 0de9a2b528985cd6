namespace Dateline.Training.Clusters;

/// <summary>
/// One sparse, unit-length vector per vocabulary word: positive PMI between the word and the frequent words seen
/// at offsets −2, −1, +1 and +2 (sentence edges count as context words too), with the context distribution
/// smoothed (power 0.75) so rare contexts do not dominate, and the ±2 offsets weighted half.
/// Stored row-compressed; rows follow <see cref="Words"/>, most frequent first.
/// </summary>
public sealed class ContextVectors
{
    private static readonly int[] Offsets = [-2, -1, 1, 2];

    private ContextVectors(string[] words, int[] counts, int[] rowStarts, int[] columns, float[] values, int dimensions)
    {
        Words = words;
        Counts = counts;
        RowStarts = rowStarts;
        Columns = columns;
        Values = values;
        Dimensions = dimensions;
    }

    public string[] Words { get; }

    public int[] Counts { get; }

    public int[] RowStarts { get; }

    public int[] Columns { get; }

    public float[] Values { get; }

    public int Dimensions { get; }

    public int Count => Words.Length;

    public static ContextVectors Build(IReadOnlyList<string[]> sentences, int minCount, int contextWords)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var word in sentence)
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        var ranked = frequency.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToArray();
        var words = ranked.TakeWhile(p => p.Value >= minCount).Select(p => p.Key).ToArray();
        var counts = ranked.TakeWhile(p => p.Value >= minCount).Select(p => p.Value).ToArray();
        var row = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++)
        {
            row[words[i]] = i;
        }

        // Context ids: 0 = sentence edge, 1.. = the most frequent words.
        var context = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, _) in ranked.Take(contextWords))
        {
            context[word] = context.Count + 1;
        }

        int perOffset = context.Count + 1;
        int dimensions = Offsets.Length * perOffset;
        var cooccurrence = new Dictionary<int, float>[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            cooccurrence[i] = [];
        }

        var contextTotals = new double[dimensions];
        foreach (var sentence in sentences)
        {
            for (int i = 0; i < sentence.Length; i++)
            {
                if (!row.TryGetValue(sentence[i], out int r))
                {
                    continue;
                }

                for (int o = 0; o < Offsets.Length; o++)
                {
                    int j = i + Offsets[o];
                    int id = j < 0 || j >= sentence.Length ? 0 : context.GetValueOrDefault(sentence[j], -1);
                    if (id < 0)
                    {
                        continue;
                    }

                    int column = (o * perOffset) + id;
                    var cells = cooccurrence[r];
                    cells[column] = cells.GetValueOrDefault(column) + 1;
                    contextTotals[column]++;
                }
            }
        }

        return Weighted(words, counts, cooccurrence, contextTotals, dimensions);
    }

    private static ContextVectors Weighted(string[] words, int[] counts, Dictionary<int, float>[] cooccurrence, double[] contextTotals, int dimensions)
    {
        var smoothed = contextTotals.Select(c => Math.Pow(c, 0.75)).ToArray();
        double smoothedSum = smoothed.Sum();
        var rowStarts = new int[words.Length + 1];
        var columns = new List<int>();
        var values = new List<float>();
        for (int r = 0; r < words.Length; r++)
        {
            rowStarts[r] = columns.Count;
            double rowTotal = cooccurrence[r].Values.Sum();
            var cells = new List<(int Column, float Value)>();
            foreach (var (column, count) in cooccurrence[r].OrderBy(p => p.Key))
            {
                double pmi = Math.Log(count / rowTotal / (smoothed[column] / smoothedSum));
                if (pmi > 0)
                {
                    int offset = column / (dimensions / Offsets.Length);
                    bool far = Offsets[offset] is -2 or 2;
                    cells.Add((column, (float)(far ? pmi * 0.5 : pmi)));
                }
            }

            double norm = Math.Max(1e-9, Math.Sqrt(cells.Sum(c => (double)c.Value * c.Value)));
            foreach (var (column, value) in cells)
            {
                columns.Add(column);
                values.Add((float)(value / norm));
            }
        }

        rowStarts[words.Length] = columns.Count;
        return new ContextVectors(words, counts, rowStarts, columns.ToArray(), values.ToArray(), dimensions);
    }
}
