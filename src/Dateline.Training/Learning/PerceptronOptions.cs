namespace Dateline.Training.Learning;

public enum DecodingMode
{
    /// <summary>Left to right; features may use the labels predicted so far (trained on its own predictions).</summary>
    Greedy,

    /// <summary>Structured perceptron over first-order Viterbi; features must not use labels.</summary>
    Viterbi,
}

/// <param name="Epochs">Passes over the training data.</param>
/// <param name="Seed">Seed of the per-epoch shuffle; same seed and data give the same model.</param>
/// <param name="MinFeatureCount">Features seen fewer times than this (with gold history) are ignored.</param>
/// <param name="PruneBelow">Averaged weights of smaller magnitude are dropped from the model.</param>
public sealed record PerceptronOptions(
    int Epochs = 8,
    ulong Seed = 20240101,
    DecodingMode Mode = DecodingMode.Greedy,
    int MinFeatureCount = 1,
    float PruneBelow = 0f)
{
    public string Describe() =>
        $"averaged perceptron, {Mode.ToString().ToLowerInvariant()}, epochs {Epochs}, seed {Seed}, min feature count {MinFeatureCount}, prune below {PruneBelow}";
}

/// <summary>One training sentence: its features and its gold labels.</summary>
/// <param name="Unknown">
/// Positions whose label is unknown (partial annotation): greedy training keeps its own guess there and learns
/// nothing from it. Viterbi training ignores it.
/// </param>
public sealed record TrainingSequence(Dateline.Learning.ISequenceFeatures Features, int[] Gold, bool[]? Unknown = null);
