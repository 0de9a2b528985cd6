using Dateline.Learning;

namespace Dateline.Tagging;

/// <summary>
/// The UPOS tagger and lemmatizer behind one model file: perceptron weights over <see cref="PosFeatures"/>,
/// a tag dictionary, ambiguity classes, word clusters, an outside tag lexicon and the lemma lexicon and rules as sections. Immutable and shared;
/// tag through a <see cref="PosSession"/> (one per thread).
/// </summary>
public sealed class PosModel
{
    public const string FileName = "en-pos.dlm";
    public const string Kind = "pos-tagger";

    private static readonly Lazy<PosModel> ShippedModel =
        new(() => FromModel(ModelFormat.Read(ModelLocator.PathOf(FileName))), LazyThreadSafetyMode.ExecutionAndPublication);

    private PosModel(SequenceModel model)
    {
        if (model.Header.Kind != Kind || model.Header.FeatureSetId != PosFeatures.Id)
        {
            throw new InvalidDataException(
                $"Model '{model.Header.Kind}' with features '{model.Header.FeatureSetId}' is not a {Kind} with {PosFeatures.Id}.");
        }

        Model = model;
        Tags = model.Labels.Names.Select(Enum.Parse<Upos>).ToArray();
        Dictionary = model.TryGetSection(TagDictionary.SectionName, out var section) ? TagDictionary.Read(section) : null;
        Classes = model.TryGetSection(WordClasses.SectionName, out section) ? WordClasses.Read(section) : null;
        Clusters = model.TryGetSection(ClusterTable.SectionName, out section) ? ClusterTable.Read(section) : null;
        TagLexicon = model.TryGetSection(TagLexicon.SectionName, out section) ? TagLexicon.Read(section) : null;
        var wordNet = model.TryGetSection(WordNetLexicon.SectionName, out section) ? WordNetLexicon.Read(section) : null;
        Lemmatizer = Lemmatizer.FromModel(model, wordNet);
        Cache = new WordScoreCache(Lemmatizer, Dictionary, Classes, Clusters, TagLexicon, model, Tags);
    }

    /// <summary>The model shipped in <c>models/</c>, read on first use.</summary>
    public static PosModel Shipped => ShippedModel.Value;

    public SequenceModel Model { get; }

    internal Upos[] Tags { get; }

    internal TagDictionary? Dictionary { get; }

    internal WordClasses? Classes { get; }

    internal ClusterTable? Clusters { get; }

    internal TagLexicon? TagLexicon { get; }

    internal Lemmatizer Lemmatizer { get; }

    internal WordScoreCache Cache { get; }

    public static PosModel FromModel(SequenceModel model) => new(model);

    public PosSession CreateSession() => new(this);
}
