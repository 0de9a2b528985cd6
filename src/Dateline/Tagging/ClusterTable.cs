using System.Buffers.Binary;
using Dateline.Learning;

namespace Dateline.Tagging;

/// <summary>
/// The word clusters the POS model was trained with (<see cref="WordClusters"/>, copied into the model so a
/// retrained cluster file cannot silently change its features): the fine cluster (0–1023) per word, keyed by
/// the hash of the word case-folded with every ASCII digit as 0. Medium and coarse ids nest: fine / 4, fine / 16.
/// Model section <see cref="SectionName"/>: int32 count, then per word uint64 key + uint16 fine id.
/// </summary>
internal sealed class ClusterTable
{
    public const string SectionName = "word-clusters";

    private readonly Dictionary<ulong, ushort> fine;

    public ClusterTable(Dictionary<ulong, ushort> fine) => this.fine = fine;

    public int Count => fine.Count;

    /// <summary>The lookup key of a word: FNV over its case-folded characters with digits as '0'.</summary>
    public static ulong KeyOf(ReadOnlySpan<char> word)
    {
        ulong hash = FeatureHash.Start(0);
        foreach (char c in word)
        {
            hash = FeatureHash.Add(hash, char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c));
        }

        return hash;
    }

    /// <summary>The fine cluster of a word, or -1 when it was too rare in the unlabelled text.</summary>
    public int FineOf(ReadOnlySpan<char> word) =>
        word.Length <= WordClusters.MaxWordLength && fine.TryGetValue(KeyOf(word), out ushort id) ? id : -1;

    public static ClusterTable From(WordClusters clusters)
    {
        var fine = new Dictionary<ulong, ushort>(clusters.Count);
        foreach (var (word, cluster) in clusters.Entries)
        {
            fine[KeyOf(word)] = (ushort)cluster.Fine;
        }

        return new ClusterTable(fine);
    }

    public static ClusterTable Read(byte[] section)
    {
        int count = BinaryPrimitives.ReadInt32LittleEndian(section);
        var fine = new Dictionary<ulong, ushort>(count);
        for (int i = 0; i < count; i++)
        {
            int offset = 4 + i * 10;
            fine[BinaryPrimitives.ReadUInt64LittleEndian(section.AsSpan(offset))] = BinaryPrimitives.ReadUInt16LittleEndian(section.AsSpan(offset + 8));
        }

        return new ClusterTable(fine);
    }

    public byte[] ToSection()
    {
        var bytes = new byte[4 + fine.Count * 10];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, fine.Count);
        int offset = 4;
        foreach (var (key, id) in fine.OrderBy(pair => pair.Key))
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(offset), key);
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(offset + 8), id);
            offset += 10;
        }

        return bytes;
    }
}
