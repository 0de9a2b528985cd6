using System.Runtime.CompilerServices;
using Dateline.Learning;

namespace Dateline.Entities.Recognition;

/// <summary>
/// "Frustratingly easy" domain adaptation (Daumé 2007) for the entity tagger: at training every feature fires twice,
/// once shared and once as a copy for the document's genre (<see cref="TextGenre"/>), so the shared weights learn what
/// holds across news and web text and each copy what differs. A key's top two bits say which copy it is (0 shared),
/// the other 62 are the feature's hash. At tagging the shared and the genre's weights are summed into one table per
/// genre (<see cref="Fold"/>), so scoring costs what it did; <see cref="CompactWeights"/> ignores the top bits.
/// </summary>
public static class GenreWeights
{
    /// <summary>A model section whose presence marks a model trained with genre copies; it holds the genre names.</summary>
    public const string SectionName = "genre-copies";

    public const ulong KeyMask = 0x3FFF_FFFF_FFFF_FFFFUL;

    private const int GenreShift = 62;

    private static readonly ConditionalWeakTable<SequenceModel, SequenceModel[]> Folded = [];

    /// <summary>The shared key of a feature.</summary>
    public static ulong Shared(ulong feature) => feature & KeyMask;

    /// <summary>The key of a feature's copy for <paramref name="genre"/> (1 … <see cref="TextGenre.Count"/>).</summary>
    public static ulong Copy(ulong feature, int genre) => (feature & KeyMask) | ((ulong)genre << GenreShift);

    /// <summary>A model section whose presence marks a model trained with the genre as a conjoined feature.</summary>
    public const string FeatureSectionName = "genre-features";

    public static bool HasGenreFeatures(SequenceModel model) => model.SectionNames.Contains(FeatureSectionName);

    public static bool HasCopies(SequenceModel model) => model.SectionNames.Contains(SectionName);

    public static byte[] Section() => System.Text.Encoding.UTF8.GetBytes(string.Join('\n', TextGenre.Names[1..]));

    /// <summary>The model as one genre reads it: shared plus that genre's weights, other genres' copies left out.</summary>
    public static SequenceModel Fold(SequenceModel model, int genre) =>
        Folded.GetValue(model, m => Enumerable.Range(1, TextGenre.Count).Select(g => FoldOne(m, g)).ToArray())[genre - 1];

    private static SequenceModel FoldOne(SequenceModel model, int genre)
    {
        var table = model.Weights;
        int labels = table.LabelCount;
        var rows = new Dictionary<ulong, int>();
        var keys = new List<ulong>();
        var weights = new List<float>();
        for (int row = 0; row < table.FeatureCount; row++)
        {
            ulong key = table.Keys[row];
            int owner = (int)(key >> GenreShift);
            if (owner != 0 && owner != genre)
            {
                continue;
            }

            ulong shared = WeightTable.Normalize(key & KeyMask);
            if (!rows.TryGetValue(shared, out int target))
            {
                target = keys.Count;
                rows[shared] = target;
                keys.Add(shared);
                weights.AddRange(new float[labels]);
            }

            var source = table.Row(row);
            for (int label = 0; label < labels; label++)
            {
                weights[(target * labels) + label] += source[label];
            }
        }

        var sections = model.SectionNames.Where(name => name != SectionName).ToDictionary(name => name, model.Section);
        var header = model.Header with { Training = $"{model.Header.Training}; folded for {TextGenre.Names[genre]}" };
        return new SequenceModel(header, model.Labels, new WeightTable(keys.ToArray(), weights.ToArray(), labels), null, sections);
    }
}
