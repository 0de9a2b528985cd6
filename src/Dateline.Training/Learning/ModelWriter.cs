using System.Text;
using Dateline.Learning;

namespace Dateline.Training.Learning;

/// <summary>Writes a <see cref="SequenceModel"/> in the layout <see cref="ModelFormat"/> reads.</summary>
public static class ModelWriter
{
    public static void Write(SequenceModel model, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = new BufferedStream(File.Create(path), 1 << 16);
        Write(model, stream);
    }

    public static void Write(SequenceModel model, Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(ModelFormat.Magic);
        writer.Write(ModelFormat.Version);
        var header = model.Header;
        writer.Write(header.Kind);
        writer.Write(header.FeatureSetId);
        writer.Write(header.Corpora);
        writer.Write(header.Licences);
        writer.Write(header.DevScore);
        writer.Write(header.Training);
        writer.Write(model.Labels.Count);
        foreach (string label in model.Labels.Names)
        {
            writer.Write(label);
        }

        writer.Write((byte)(model.HasTransitions ? 1 : 0));
        foreach (float transition in model.Transitions)
        {
            writer.Write(transition);
        }

        WriteWeights(writer, model.Weights);
        var names = model.SectionNames.Order(StringComparer.Ordinal).ToArray();
        writer.Write(names.Length);
        foreach (string name in names)
        {
            byte[] content = model.Section(name);
            writer.Write(name);
            writer.Write(content.Length);
            writer.Write(content);
        }

        writer.Write(ModelFormat.Magic);
    }

    private static void WriteWeights(BinaryWriter writer, WeightTable table)
    {
        writer.Write(table.FeatureCount);
        int labels = table.LabelCount;
        for (int row = 0; row < table.FeatureCount; row++)
        {
            writer.Write(table.Keys[row]);
            var weights = table.Row(row);
            int nonZero = 0;
            foreach (float weight in weights)
            {
                nonZero += weight != 0 ? 1 : 0;
            }

            writer.Write((byte)nonZero);
            for (int label = 0; label < labels; label++)
            {
                if (weights[label] != 0)
                {
                    writer.Write((byte)label);
                    writer.Write(weights[label]);
                }
            }
        }
    }
}
