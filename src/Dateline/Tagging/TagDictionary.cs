using System.Buffers.Binary;

namespace Dateline.Tagging;

/// <summary>
/// Frequent words that (almost) always take one tag, keyed by the hash of their exact form: the tagger
/// labels them without scoring, which is most of its speed. Stored as the model section <see cref="SectionName"/>:
/// int32 count, then per word uint64 form hash + byte label.
/// </summary>
internal sealed class TagDictionary
{
    public const string SectionName = "tag-dictionary";

    private readonly Dictionary<ulong, byte> labels;

    public TagDictionary(Dictionary<ulong, byte> labels) => this.labels = labels;

    public int Count => labels.Count;

    public int LabelOf(ulong formHash) => labels.TryGetValue(formHash, out byte label) ? label : -1;

    public static TagDictionary Read(byte[] section)
    {
        int count = BinaryPrimitives.ReadInt32LittleEndian(section);
        var labels = new Dictionary<ulong, byte>(count);
        for (int i = 0; i < count; i++)
        {
            int offset = 4 + i * 9;
            labels[BinaryPrimitives.ReadUInt64LittleEndian(section.AsSpan(offset))] = section[offset + 8];
        }

        return new TagDictionary(labels);
    }

    public byte[] ToSection()
    {
        var bytes = new byte[4 + labels.Count * 9];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, labels.Count);
        int offset = 4;
        foreach (var (hash, label) in labels.OrderBy(pair => pair.Key))
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(offset), hash);
            bytes[offset + 8] = label;
            offset += 9;
        }

        return bytes;
    }
}
