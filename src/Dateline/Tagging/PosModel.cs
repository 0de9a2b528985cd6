using Dateline.Learning;

namespace Dateline.Tagging;

/// <summary>
/// The UPOS tagger and lemmatizer behind one model file: perceptron weights over <see cref="PosFeatures"/>,
/// a tag dictionary and the lemma lexicon and rules as sections. Immutable and shared; tag through a
/// <see cref="PosSession"/> (one per thread).
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
        Lemmatizer = Lemmatizer.FromModel(model);
    }

    /// <summary>The model shipped in <c>models/</c>, read on first use.</summary>
    public static PosModel Shipped => ShippedModel.Value;

    public SequenceModel Model { get; }

    internal Upos[] Tags { get; }

    internal TagDictionary? Dictionary { get; }

    internal WordClasses? Classes { get; }

    internal Lemmatizer Lemmatizer { get; }

    public static PosModel FromModel(SequenceModel model) => new(model);

    public PosSession CreateSession() => new(this);
}

/// <summary>Scratch buffers for tagging sentences one after another on one thread.</summary>
public sealed class PosSession
{
    private readonly PosModel model;
    private readonly PosFeatures features;
    private readonly SequenceDecoder decoder;
    private int[] labels = new int[64];

    internal PosSession(PosModel model)
    {
        this.model = model;
        features = new PosFeatures(model.Dictionary, model.Classes);
        decoder = new SequenceDecoder(model.Model);
    }

    /// <summary>Tags one sentence and lemmatizes each word with its tag.</summary>
    public void Tag(ReadOnlySpan<string> words, Span<Upos> tags, Span<string> lemmas)
    {
        if (labels.Length < words.Length)
        {
            labels = new int[words.Length * 2];
        }

        features.Reset(words);
        var sentence = labels.AsSpan(0, words.Length);
        decoder.Greedy(features, sentence);
        for (int i = 0; i < words.Length; i++)
        {
            var tag = model.Tags[sentence[i]];
            tags[i] = tag;
            lemmas[i] = model.Lemmatizer.Lemmatize(words[i], features.FormHash(i), features.LowerHash(i), tag);
        }
    }
}
