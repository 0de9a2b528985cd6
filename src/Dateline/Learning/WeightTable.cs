using System.Numerics;
using System.Runtime.CompilerServices;
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

    /// <summary>How many features <see cref="AddScores"/> probes together.</summary>
    private const int BatchSize = 32;

    private readonly Slot[] slots;
    private readonly int mask;

    /// <summary>
    /// A blocked Bloom filter of the keys (two bits in one 64-bit word per key, ~8 bits per key): most features a
    /// sentence produces that the model never learned are turned away here, in a cache-resident array, without the
    /// cache miss of probing the slots.
    /// </summary>
    private readonly ulong[] filter;
    private readonly int filterMask;
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
        filter = new ulong[Math.Max(16, size / 16)];
        filterMask = filter.Length - 1;
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
            ulong mixed = FeatureHash.Mix(key);
            filter[FilterWord(mixed)] |= FilterBits(mixed);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FilterWord(ulong mixed) => (int)(mixed >> 40) & filterMask;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong FilterBits(ulong mixed) => (1UL << (int)((mixed >> 28) & 63)) | (1UL << (int)((mixed >> 34) & 63));

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

        // The table is too big for the cache, so a probe usually misses. Reading the first slot of a whole batch
        // before using any lets the CPU wait for the misses together, not one by one.
        Span<int> firstSlots = stackalloc int[BatchSize];
        Span<ulong> firstKeys = stackalloc ulong[BatchSize];
        var table = slots;
        for (int from = 0; from < features.Length; from += BatchSize)
        {
            var batch = features.Slice(from, Math.Min(BatchSize, features.Length - from));
            for (int i = 0; i < batch.Length; i++)
            {
                ulong mixed = FeatureHash.Mix(Normalize(batch[i]));
                ulong bits = FilterBits(mixed);
                if ((filter[FilterWord(mixed)] & bits) != bits)
                {
                    firstKeys[i] = EmptyKey; // certainly unknown
                    continue;
                }

                int slot = (int)(mixed & (ulong)mask);
                firstSlots[i] = slot;
                firstKeys[i] = table[slot].Key;
            }

            for (int i = 0; i < batch.Length; i++)
            {
                if (firstKeys[i] == EmptyKey)
                {
                    continue;
                }

                ulong key = Normalize(batch[i]);
                int row = firstKeys[i] == key ? table[firstSlots[i]].Row : RowOf(key);
                if (row >= 0)
                {
                    AddTo(scores, weights.AsSpan(row * labels, labels));
                }
            }
        }
    }

    /// <summary><paramref name="target"/>[i] += <paramref name="source"/>[i] over the source's length, vectorised.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddTo(Span<float> target, ReadOnlySpan<float> source)
    {
        int length = source.Length;
        if (target.Length < length)
        {
            throw new ArgumentException("The target is shorter than the source.", nameof(target));
        }

        ref float to = ref MemoryMarshal.GetReference(target);
        ref float from = ref MemoryMarshal.GetReference(source);
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i + Vector<float>.Count <= length; i += Vector<float>.Count)
            {
                (Vector.LoadUnsafe(ref to, (nuint)i) + Vector.LoadUnsafe(ref from, (nuint)i)).StoreUnsafe(ref to, (nuint)i);
            }
        }

        for (; i < length; i++)
        {
            Unsafe.Add(ref to, i) += Unsafe.Add(ref from, i);
        }
    }

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct Slot(ulong Key, int Row);
}
