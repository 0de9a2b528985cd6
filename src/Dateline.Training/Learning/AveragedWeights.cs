using Dateline.Learning;

namespace Dateline.Training.Learning;

/// <summary>
/// Perceptron weights with lazy averaging: each (feature, label) cell keeps its current weight, the running
/// sum of past weights and the step it was last brought up to date, so an update touches only its cells.
/// </summary>
internal sealed class AveragedWeights(int labelCount)
{
    private readonly Dictionary<ulong, int> rows = [];
    private readonly List<ulong> keys = [];
    private float[] current = new float[labelCount * 1024];
    private double[] totals = new double[labelCount * 1024];
    private int[] stamps = new int[labelCount * 1024];

    public int LabelCount => labelCount;

    public int FeatureCount => keys.Count;

    /// <summary>Adds the current weights of the known features to <paramref name="scores"/>.</summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (ulong feature in features)
        {
            if (rows.TryGetValue(WeightTable.Normalize(feature), out int row))
            {
                var weights = current.AsSpan(row * labelCount, labelCount);
                for (int i = 0; i < labelCount; i++)
                {
                    scores[i] += weights[i];
                }
            }
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the weight of <paramref name="label"/> for each feature, at step <paramref name="step"/>.</summary>
    public void Update(ReadOnlySpan<ulong> features, int label, float delta, int step)
    {
        foreach (ulong feature in features)
        {
            int cell = RowOf(WeightTable.Normalize(feature)) * labelCount + label;
            totals[cell] += (double)(step - stamps[cell]) * current[cell];
            stamps[cell] = step;
            current[cell] += delta;
        }
    }

    /// <summary>
    /// The averaged weights after <paramref name="steps"/> steps, dropping weights whose magnitude is below
    /// <paramref name="pruneBelow"/> and features left with no weight; rows keep first-seen order.
    /// </summary>
    public WeightTable Average(int steps, float pruneBelow)
    {
        var keptKeys = new List<ulong>();
        var kept = new List<float>();
        var row = new float[labelCount];
        for (int r = 0; r < keys.Count; r++)
        {
            bool any = false;
            for (int label = 0; label < labelCount; label++)
            {
                int cell = r * labelCount + label;
                double total = totals[cell] + (double)(steps - stamps[cell]) * current[cell];
                float average = (float)(total / Math.Max(1, steps));
                row[label] = Math.Abs(average) < pruneBelow ? 0f : average;
                any |= row[label] != 0;
            }

            if (any)
            {
                keptKeys.Add(keys[r]);
                kept.AddRange(row);
            }
        }

        return new WeightTable(keptKeys.ToArray(), kept.ToArray(), labelCount);
    }

    /// <summary>The averaged weight of one cell, 0 when the feature was never updated.</summary>
    public float AverageOf(ulong feature, int label, int steps)
    {
        if (!rows.TryGetValue(WeightTable.Normalize(feature), out int row))
        {
            return 0f;
        }

        int cell = row * labelCount + label;
        return (float)((totals[cell] + (double)(steps - stamps[cell]) * current[cell]) / Math.Max(1, steps));
    }

    /// <summary>The current (not averaged) weight of one cell.</summary>
    public float CurrentOf(ulong feature, int label) =>
        rows.TryGetValue(WeightTable.Normalize(feature), out int row) ? current[row * labelCount + label] : 0f;

    private int RowOf(ulong key)
    {
        if (rows.TryGetValue(key, out int row))
        {
            return row;
        }

        row = keys.Count;
        rows.Add(key, row);
        keys.Add(key);
        int needed = (row + 1) * labelCount;
        if (needed > current.Length)
        {
            int size = current.Length * 2;
            Array.Resize(ref current, size);
            Array.Resize(ref totals, size);
            Array.Resize(ref stamps, size);
        }

        return row;
    }
}
