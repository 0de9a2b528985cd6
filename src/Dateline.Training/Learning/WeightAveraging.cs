using Dateline.Learning;

namespace Dateline.Training.Learning;

/// <summary>Averages the weights of several training runs (different shuffle seeds) into one linear model.</summary>
public static class WeightAveraging
{
    /// <summary>
    /// The mean of several runs' weights (a feature missing from a run counts as 0 there): one linear model
    /// as fast as each run, steadier than any of them. Rows keep the first run's order, then first-seen order.
    /// </summary>
    public static WeightTable Average(IReadOnlyList<WeightTable> tables)
    {
        int labelCount = tables[0].LabelCount;
        var rows = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        var sums = new List<float>();
        foreach (var table in tables)
        {
            var weights = table.Weights;
            for (int row = 0; row < table.FeatureCount; row++)
            {
                ulong key = table.Keys[row];
                if (!rows.TryGetValue(key, out int target))
                {
                    rows[key] = target = keys.Count;
                    keys.Add(key);
                    sums.AddRange(new float[labelCount]);
                }

                for (int label = 0; label < labelCount; label++)
                {
                    sums[target * labelCount + label] += weights[row * labelCount + label] / tables.Count;
                }
            }
        }

        return new WeightTable(keys.ToArray(), sums.ToArray(), labelCount);
    }
}
