using System.Numerics;
using System.Runtime.InteropServices;

namespace Dateline.Learning;

/// <summary>
/// Feature hash → one row of label weights. Keys live in an open-addressing table (linear probing, load
/// ≤ 0.5) whose slot holds the key and its row index together (one cache line per probe); rows are packed
/// in one float array, so scoring a feature costs one probe and one contiguous read. Immutable after
/// construction, hence safe to share between threads.
/// </summary>
public sealed class WeightTable
{
    private const ulong EmptyKey = 0;

    private readonly Slot[] slots;
    private readonly int mask;
    private readonly ulong[] keys;
    private readonly float[] weights;

    /// <param name="keys">Feature hashes, distinct; a key of 0 is stored as 1 (see <see cref="Normalize"/>).</param>
    /// <param name="weights">Row-major weights: row i holds the <paramref name="labelCount"/> weights of key i.</param>
    public WeightTable(ulong[] keys, float[] weights, int labelCount)
    {
        if ((long)keys.Length * labelCount != weights.Length)
        {
            throw new ArgumentException("Weights must hold one row of label weights per key.", nameof(weights));
        }

        LabelCount = labelCount;
        this.keys = keys;
        this.weights = weights;
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        slots = new Slot[size];
        mask = size - 1;
        for (int row = 0; row < keys.Length; row++)
        {
            ulong key = Normalize(keys[row]);
            int slot = (int)(FeatureHash.Mix(key) & (ulong)mask);
            while (slots[slot].Key != EmptyKey)
            {
                if (slots[slot].Key == key)
                {
                    throw new ArgumentException($"Feature {key:x16} appears twice.", nameof(keys));
                }

                slot = (slot + 1) & mask;
            }

            slots[slot] = new Slot(key, row);
        }
    }

    public int LabelCount { get; }

    public int FeatureCount => keys.Length;

    /// <summary>The stored feature hashes, in row order.</summary>
    public ReadOnlySpan<ulong> Keys => keys;

    /// <summary>The weight of every (row, label), row-major.</summary>
    public ReadOnlySpan<float> Weights => weights;

    /// <summary>0 marks an empty slot, so a feature that hashes to 0 is stored as 1.</summary>
    public static ulong Normalize(ulong key) => key == EmptyKey ? 1 : key;

    /// <summary>The row of a feature, or -1 when the model never learned it.</summary>
    public int RowOf(ulong feature)
    {
        ulong key = Normalize(feature);
        var table = slots;
        int slot = (int)(FeatureHash.Mix(key) & (ulong)mask);
        while (true)
        {
            ref readonly var found = ref table[slot];
            if (found.Key == key)
            {
                return found.Row;
            }

            if (found.Key == EmptyKey)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    public ReadOnlySpan<float> Row(int row) => weights.AsSpan(row * LabelCount, LabelCount);

    /// <summary>Adds the weights of every known feature to <paramref name="scores"/> (not cleared first).</summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int labels = LabelCount;
        scores = scores[..labels];
        foreach (ulong feature in features)
        {
            int row = RowOf(feature);
            if (row >= 0)
            {
                AddRow(weights.AsSpan(row * labels, labels), scores);
            }
        }
    }

    private static void AddRow(ReadOnlySpan<float> row, Span<float> scores)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && row.Length >= Vector<float>.Count)
        {
            var target = MemoryMarshal.Cast<float, Vector<float>>(scores);
            var source = MemoryMarshal.Cast<float, Vector<float>>(row);
            for (int v = 0; v < source.Length; v++)
            {
                target[v] += source[v];
            }

            i = source.Length * Vector<float>.Count;
        }

        for (; i < row.Length; i++)
        {
            scores[i] += row[i];
        }
    }

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct Slot(ulong Key, int Row);
}
