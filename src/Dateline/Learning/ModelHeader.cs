namespace Dateline.Learning;

/// <summary>
/// What a model file says about itself. <see cref="FeatureSetId"/> names the feature extractor the weights
/// were trained with; a component refuses a model whose id it does not implement.
/// </summary>
/// <param name="Kind">What the model is, e.g. <c>pos-tagger</c> or <c>ner</c>.</param>
/// <param name="FeatureSetId">The feature extractor's name and version, e.g. <c>pos-features-1</c>.</param>
/// <param name="Corpora">Training corpora, e.g. <c>UD_English-EWT 2.16 train; UD_English-GUM train</c>.</param>
/// <param name="Licences">Licences of the training data, which the weights inherit.</param>
/// <param name="DevScore">The score measured on development data when the model was written.</param>
public sealed record ModelHeader(string Kind, string FeatureSetId, string Corpora, string Licences, string DevScore)
{
    /// <summary>Free-form training settings (epochs, seed, pruning), for reproduction.</summary>
    public string Training { get; init; } = "";
}
