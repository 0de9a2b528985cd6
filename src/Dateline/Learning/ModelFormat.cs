using System.Text;

namespace Dateline.Learning;

/// <summary>
/// The binary model file (little-endian, strings as .NET BinaryWriter writes them: 7-bit length + UTF-8):
/// <code>
/// magic "DLNMODEL" (8 bytes), int32 format version
/// header: string kind, feature-set id, corpora, licences, dev score, training settings
/// int32 label count, label strings
/// byte has-transitions; if 1: float[(labels + 1) × labels]
/// int32 feature count; per feature: uint64 hash, byte n, n × (byte label, float32 weight) — zero weights omitted
/// int32 section count; per section: string name, int32 length, bytes
/// magic "DLNMODEL" again (a truncated file fails loudly)
/// </code>
/// </summary>
public static class ModelFormat
{
    public const int Version = 1;

    public const string FileExtension = ".dlm";

    public static ReadOnlySpan<byte> Magic => "DLNMODEL"u8;

    public static SequenceModel Read(string path)
    {
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        try
        {
            return Read(stream);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"Model file {path} is truncated.", e);
        }
    }

    public static SequenceModel Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        ExpectMagic(reader);
        int version = reader.ReadInt32();
        if (version != Version)
        {
            throw new InvalidDataException($"Model format version {version} is not supported (expected {Version}).");
        }

        var header = new ModelHeader(reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString())
        {
            Training = reader.ReadString(),
        };
        var labels = new LabelSet(Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadString()).ToArray());
        int labelCount = labels.Count;
        float[]? transitions = null;
        if (reader.ReadByte() == 1)
        {
            transitions = new float[(labelCount + 1) * labelCount];
            for (int i = 0; i < transitions.Length; i++)
            {
                transitions[i] = reader.ReadSingle();
            }
        }

        var weights = ReadWeights(reader, labelCount);
        var sections = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        int sectionCount = reader.ReadInt32();
        for (int i = 0; i < sectionCount; i++)
        {
            string name = reader.ReadString();
            sections[name] = reader.ReadBytes(reader.ReadInt32());
        }

        ExpectMagic(reader);
        return new SequenceModel(header, labels, weights, transitions, sections);
    }

    private static WeightTable ReadWeights(BinaryReader reader, int labelCount)
    {
        int featureCount = reader.ReadInt32();
        var keys = new ulong[featureCount];
        var weights = new float[(long)featureCount * labelCount];
        for (int row = 0; row < featureCount; row++)
        {
            keys[row] = reader.ReadUInt64();
            int nonZero = reader.ReadByte();
            for (int i = 0; i < nonZero; i++)
            {
                int label = reader.ReadByte();
                if (label >= labelCount)
                {
                    throw new InvalidDataException($"Feature {row} has a weight for label {label} of {labelCount}.");
                }

                weights[row * labelCount + label] = reader.ReadSingle();
            }
        }

        return new WeightTable(keys, weights, labelCount);
    }

    private static void ExpectMagic(BinaryReader reader)
    {
        Span<byte> found = stackalloc byte[8];
        reader.BaseStream.ReadExactly(found);
        if (!found.SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a Dateline model file (bad magic).");
        }
    }
}
