using Dateline.Tagging;

namespace Dateline.Training.Tagging;

/// <summary>
/// The tag lexicon <c>data/tagging/en-tag-lexicon.tsv</c>, embedded in the training assembly only: a trained POS
/// model carries its own copy, so inference never needs the data file.
/// </summary>
internal static class ShippedTagLexicon
{
    private const string ResourceName = "Dateline.Training.data.tagging.en-tag-lexicon.tsv";

    public static TagLexicon Load()
    {
        using var stream = typeof(ShippedTagLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return TagLexicon.Load(reader);
    }
}
