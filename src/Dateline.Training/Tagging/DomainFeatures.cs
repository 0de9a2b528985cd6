using Dateline.Learning;
using Dateline.Tagging;

namespace Dateline.Training.Tagging;

/// <summary>
/// "Frustratingly easy" domain adaptation (Daumé 2007) for training only: every feature of a sentence from
/// treebank <see cref="Domain"/> also fires as a treebank-specific copy, so the perceptron learns shared weights
/// plus per-treebank corrections. <see cref="DomainCopies.Fold"/> then sums the target treebank's copies into
/// the shared entries and drops the rest, so the shipped table has the plain feature set.
/// </summary>
internal sealed class DomainFeatures(PosFeatures inner, int domain, DomainCopies copies) : ISequenceFeatures
{
    private readonly FeatureVector scratch = new();

    public int Domain => domain;

    public int Length => inner.Length;

    public int FixedLabel(int position) => inner.FixedLabel(position);

    public void AddFeatures(int position, ReadOnlySpan<int> previousLabels, FeatureVector features)
    {
        int start = features.Count;
        inner.AddFeatures(position, previousLabels, features);
        int end = features.Count;
        if (copies.Templates == DomainTemplates.All)
        {
            for (int i = start; i < end; i++)
            {
                features.Add(copies.Copy(features.Items[i], domain));
            }

            return;
        }

        scratch.Clear();
        PosFeatures.AddWordFeatures(in inner.At(position), scratch);
        if (copies.Templates == DomainTemplates.WordAndTags)
        {
            PosFeatures.AddTagFeatures(
                position >= 1 && previousLabels.Length >= position ? previousLabels[position - 1] : -1,
                position >= 2 && previousLabels.Length >= position ? previousLabels[position - 2] : -1,
                scratch);
        }

        foreach (ulong feature in scratch.Items)
        {
            features.Add(copies.Copy(feature, domain));
        }
    }
}

internal enum DomainTemplates
{
    All,
    Word,
    WordAndTags,
}

/// <summary>The treebank-specific copies of features, remembered so the trained table can be folded back.</summary>
internal sealed class DomainCopies(DomainTemplates templates)
{
    private readonly Dictionary<ulong, (ulong Shared, int Domain)> origins = [];

    public DomainTemplates Templates => templates;

    /// <summary>The copy of <paramref name="feature"/> for <paramref name="domain"/>.</summary>
    public ulong Copy(ulong feature, int domain)
    {
        ulong copy = WeightTable.Normalize(FeatureHash.AddHash(FeatureHash.Start(1000 + domain), feature));
        origins.TryAdd(copy, (WeightTable.Normalize(feature), domain));
        return copy;
    }

    /// <summary>
    /// One entry per feature holding its shared weights plus <paramref name="target"/>'s copy; other treebanks'
    /// copies dropped. Rows keep the table's order.
    /// </summary>
    public WeightTable Fold(WeightTable table, int target)
    {
        int labelCount = table.LabelCount;
        var rows = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        var sums = new List<float>();
        var weights = table.Weights;
        for (int row = 0; row < table.FeatureCount; row++)
        {
            ulong key = table.Keys[row];
            if (origins.TryGetValue(key, out var origin))
            {
                if (origin.Domain != target)
                {
                    continue;
                }

                key = origin.Shared;
            }

            if (!rows.TryGetValue(key, out int into))
            {
                rows[key] = into = keys.Count;
                keys.Add(key);
                sums.AddRange(new float[labelCount]);
            }

            for (int label = 0; label < labelCount; label++)
            {
                sums[into * labelCount + label] += weights[row * labelCount + label];
            }
        }

        return new WeightTable(keys.ToArray(), sums.ToArray(), labelCount);
    }
}
