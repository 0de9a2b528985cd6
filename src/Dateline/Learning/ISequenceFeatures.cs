namespace Dateline.Learning;

/// <summary>
/// One sequence (a sentence) as a labeller sees it. Implementations precompute per-token hashes once and
/// combine them per position; they are used by one thread at a time.
/// </summary>
public interface ISequenceFeatures
{
    int Length { get; }

    /// <summary>A label fixed in advance (e.g. by a tag dictionary), or -1 to let the model decide.</summary>
    int FixedLabel(int position);

    /// <summary>
    /// Adds the features of <paramref name="position"/>. <paramref name="previousLabels"/> holds the labels
    /// chosen for positions 0..position-1 under greedy decoding; under Viterbi decoding it is empty and
    /// the features must not depend on labels (transitions carry that instead).
    /// </summary>
    void AddFeatures(int position, ReadOnlySpan<int> previousLabels, FeatureVector features);
}
