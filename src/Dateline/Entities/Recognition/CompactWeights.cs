using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Dateline.Learning;

namespace Dateline.Entities.Recognition;

/// <summary>
/// The entity model's weights repacked for speed: one 32-byte slot per feature holding a 32-bit fingerprint,
/// a row scale and the label weights quantized to bytes, so scoring a feature touches one cache line instead
/// of three (key table, row index, float row). Built once per model and shared; read-only afterwards.
/// </summary>
internal sealed class CompactWeights
{
    private const int SlotBytes = 32;
    private const int WeightsOffset = 8;
    private const int MaxLabels = SlotBytes - WeightsOffset;

    private static readonly ConditionalWeakTable<SequenceModel, CompactWeights> Cache = [];

    // One bit per 2^20 hash values, set for every feature the model has: an unknown feature (most context features
    // are) is usually rejected by this 128 KB table, which stays in cache, without probing the 4 MB slot table.
    private const int FilterBits = 20;

    private readonly ulong[] filter = new ulong[(1 << FilterBits) / 64];
    private readonly byte[] slots;
    private readonly int mask;
    private readonly int labelCount;

    private CompactWeights(WeightTable table)
    {
        labelCount = table.LabelCount;
        if (labelCount > MaxLabels)
        {
            throw new ArgumentException($"At most {MaxLabels} labels fit a compact slot.", nameof(table));
        }

        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, table.FeatureCount * 4 / 3));
        slots = new byte[size * SlotBytes];
        mask = size - 1;
        for (int row = 0; row < table.FeatureCount; row++)
        {
            var (slot, fingerprint) = Locate(table.Keys[row]);
            int bit = FilterBit(table.Keys[row]);
            filter[bit >> 6] |= 1UL << bit;
            while (Fingerprint(slot) != 0)
            {
                slot = (slot + 1) & mask;
            }

            var weights = table.Row(row);
            float largest = 0;
            foreach (float weight in weights)
            {
                largest = Math.Max(largest, Math.Abs(weight));
            }

            float scale = largest == 0 ? 0 : largest / 127f;
            var target = slots.AsSpan(slot * SlotBytes, SlotBytes);
            BinaryPrimitives.WriteUInt32LittleEndian(target, fingerprint);
            BinaryPrimitives.WriteSingleLittleEndian(target[4..], scale);
            for (int label = 0; label < labelCount; label++)
            {
                target[WeightsOffset + label] = unchecked((byte)(sbyte)(scale == 0 ? 0 : Math.Round(weights[label] / scale)));
            }
        }
    }

    public static CompactWeights Of(SequenceModel model) => Cache.GetValue(model, m => new CompactWeights(m.Weights));

    /// <summary>Clears <paramref name="scores"/> and adds the weights of every known feature.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores = scores[..labelCount];
        scores.Clear();
        // Find every slot first: the look-ups are independent, so their cache misses overlap instead of queueing.
        Span<int> found = features.Length <= 256 ? stackalloc int[features.Length] : new int[features.Length];
        int count = 0;
        foreach (ulong feature in features)
        {
            int slot = Find(feature);
            if (slot >= 0)
            {
                found[count++] = slot;
            }
        }

        found = found[..count];
        if (labelCount < Vector128<float>.Count * 4)
        {
            AddScalar(found, scores);
            return;
        }

        Vector128<float> sum0 = default, sum1 = default, sum2 = default, sum3 = default;
        var rest = scores[16..];
        foreach (int slot in found)
        {
            var cell = slots.AsSpan(slot * SlotBytes, SlotBytes);
            float scalar = BinaryPrimitives.ReadSingleLittleEndian(cell[4..]);
            var scale = Vector128.Create(scalar);
            var weights = Vector128.Create<sbyte>(MemoryMarshal.Cast<byte, sbyte>(cell.Slice(WeightsOffset, 16)));
            var (low, high) = Vector128.Widen(weights);
            var (w0, w1) = Vector128.Widen(low);
            var (w2, w3) = Vector128.Widen(high);
            sum0 += scale * Vector128.ConvertToSingle(w0);
            sum1 += scale * Vector128.ConvertToSingle(w1);
            sum2 += scale * Vector128.ConvertToSingle(w2);
            sum3 += scale * Vector128.ConvertToSingle(w3);
            for (int label = 0; label < rest.Length; label++)
            {
                rest[label] += scalar * unchecked((sbyte)cell[WeightsOffset + 16 + label]);
            }
        }

        sum0.CopyTo(scores);
        sum1.CopyTo(scores[4..]);
        sum2.CopyTo(scores[8..]);
        sum3.CopyTo(scores[12..]);
    }

    /// <summary>Adds the labels one at a time (models with fewer than 16 labels).</summary>
    private void AddScalar(ReadOnlySpan<int> found, Span<float> scores)
    {
        foreach (int slot in found)
        {
            var cell = slots.AsSpan(slot * SlotBytes, SlotBytes);
            float scale = BinaryPrimitives.ReadSingleLittleEndian(cell[4..]);
            for (int label = 0; label < scores.Length; label++)
            {
                scores[label] += scale * unchecked((sbyte)cell[WeightsOffset + label]);
            }
        }
    }

    /// <summary>The slot holding <paramref name="feature"/>, or -1.</summary>
    private int Find(ulong feature)
    {
        int bit = FilterBit(feature);
        if ((filter[bit >> 6] & (1UL << bit)) == 0)
        {
            return -1;
        }

        var (slot, fingerprint) = Locate(feature);
        while (true)
        {
            uint found = Fingerprint(slot);
            if (found == fingerprint)
            {
                return slot;
            }

            if (found == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    private uint Fingerprint(int slot) => BinaryPrimitives.ReadUInt32LittleEndian(slots.AsSpan(slot * SlotBytes, 4));

    /// <summary>A filter bit from hash bits that <see cref="Locate"/> uses for neither slot nor fingerprint.</summary>
    private static int FilterBit(ulong feature) => (int)((WeightTable.Normalize(feature) * 0xD6E8FEB86659FD93UL) >> (64 - FilterBits));

    private (int Slot, uint Fingerprint) Locate(ulong feature)
    {
        ulong mixed = WeightTable.Normalize(feature) * 0x9E3779B97F4A7C15UL;
        mixed ^= mixed >> 29;
        uint fingerprint = (uint)(mixed >> 32);
        return ((int)(mixed & (ulong)mask), fingerprint == 0 ? 1u : fingerprint);
    }
}
