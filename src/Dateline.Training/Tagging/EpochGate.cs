using Dateline.Learning;

namespace Dateline.Training.Tagging;

/// <summary>
/// Lets a group of training sentences take part in some epochs only: while the gate is shut they have no
/// positions, so the perceptron neither predicts nor learns on them.
/// </summary>
public sealed class EpochGate
{
    public bool Open { get; set; } = true;

    public ISequenceFeatures Wrap(ISequenceFeatures inner) => new Gated(this, inner);

    private sealed class Gated(EpochGate gate, ISequenceFeatures inner) : ISequenceFeatures
    {
        public int Length => gate.Open ? inner.Length : 0;

        public int FixedLabel(int position) => inner.FixedLabel(position);

        public void AddFeatures(int position, ReadOnlySpan<int> previousLabels, FeatureVector features) =>
            inner.AddFeatures(position, previousLabels, features);
    }
}
