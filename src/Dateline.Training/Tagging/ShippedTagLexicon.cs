using Dateline.Entities.Recognition;
using Dateline.Tagging;

namespace Dateline.Training.Tagging;

/// <summary>
/// The tag lexicon <c>data/tagging/en-tag-lexicon.tsv</c>, embedded in the training assembly only: a trained POS
/// model carries its own copy, so inference never needs the data file.
/// </summary>
internal static class ShippedTagLexicon
{
    private const string ResourceName = "Dateline.Training.data.tagging.en-tag-lexicon.tsv";
    private const string WordNetResourceName = "Dateline.Training.data.tagging.en-wordnet-lexicon.tsv";

    public static TagLexicon Load()
    {
        using var reader = Open(ResourceName);
        return TagLexicon.Load(reader);
    }

    /// <summary>The WordNet lexicon <c>data/tagging/en-wordnet-lexicon.tsv</c>, embedded the same way.</summary>
    public static WordNetLexicon LoadWordNet()
    {
        using var reader = Open(WordNetResourceName);
        return WordNetLexicon.Load(reader);
    }

    /// <summary>The same file as the entity tagger reads it (copied into the NER first-stage model).</summary>
    public static NameLexicon LoadNameLexicon()
    {
        using var reader = Open(ResourceName);
        return NameLexicon.Load(reader);
    }

    private static StreamReader Open(string resourceName) => new(
        typeof(ShippedTagLexicon).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource {resourceName} is missing."));
}
