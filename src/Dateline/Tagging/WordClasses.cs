using System.Buffers.Binary;
using Dateline.Learning;

namespace Dateline.Tagging;

/// <summary>
/// Ambiguity classes: for words seen often enough in training, the set of tags they take (a bit mask over
/// label ids), by exact form and by lowercase form. A neighbour's class lets a left-to-right tagger look
/// ahead at what the next words can be. Model section <see cref="SectionName"/>: int32 count, then per
/// entry uint64 key + uint32 mask; a lowercase key is <see cref="LowerKey"/> of the lowercase form hash.
/// </summary>
internal sealed class WordClasses
{
    public const string SectionName = "word-classes";

    private readonly Dictionary<ulong, uint> masks;

    public WordClasses(Dictionary<ulong, uint> masks) => this.masks = masks;

    public int Count => masks.Count;

    public static ulong LowerKey(ulong lowerHash) => FeatureHash.Add(lowerHash, -1);

    /// <summary>The class of the exact form, 0 when unseen.</summary>
    public uint ExactClass(ulong formHash) => masks.GetValueOrDefault(formHash);

    /// <summary>The class of the lowercase form, 0 when unseen.</summary>
    public uint LowerClass(ulong lowerHash) => masks.GetValueOrDefault(LowerKey(lowerHash));

    public static WordClasses Read(byte[] section)
    {
        int count = BinaryPrimitives.ReadInt32LittleEndian(section);
        var masks = new Dictionary<ulong, uint>(count);
        for (int i = 0; i < count; i++)
        {
            int offset = 4 + i * 12;
            masks[BinaryPrimitives.ReadUInt64LittleEndian(section.AsSpan(offset))] = BinaryPrimitives.ReadUInt32LittleEndian(section.AsSpan(offset + 8));
        }

        return new WordClasses(masks);
    }

    public byte[] ToSection()
    {
        var bytes = new byte[4 + masks.Count * 12];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, masks.Count);
        int offset = 4;
        foreach (var (key, mask) in masks.OrderBy(pair => pair.Key))
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(offset), key);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(offset + 8), mask);
            offset += 12;
        }

        return bytes;
    }
}
