namespace Dateline.Learning;

/// <summary>
/// Greedy (left to right, features may see earlier labels) and first-order Viterbi decoding over a
/// <see cref="SequenceModel"/>. Holds scratch buffers, so use one decoder per thread (e.g. one per document).
/// </summary>
public sealed class SequenceDecoder
{
    private readonly SequenceModel model;
    private readonly FeatureVector features = new();
    private readonly float[] scores;
    private float[] lattice = [];
    private int[] backPointers = [];

    public SequenceDecoder(SequenceModel model)
    {
        this.model = model;
        scores = new float[model.Labels.Count];
    }

    public SequenceModel Model => model;

    /// <summary>Labels each position in turn; transition scores are added when the model has them.</summary>
    public void Greedy(ISequenceFeatures sequence, Span<int> labels)
    {
        int length = sequence.Length;
        for (int position = 0; position < length; position++)
        {
            int fixedLabel = sequence.FixedLabel(position);
            if (fixedLabel >= 0)
            {
                labels[position] = fixedLabel;
                continue;
            }

            features.Clear();
            sequence.AddFeatures(position, labels[..position], features);
            model.Score(features.Items, scores);
            if (model.HasTransitions)
            {
                int previous = position == 0 ? -1 : labels[position - 1];
                for (int label = 0; label < scores.Length; label++)
                {
                    scores[label] += model.Transition(previous, label);
                }
            }

            labels[position] = SequenceModel.ArgMax(scores);
        }
    }

    /// <summary>The best label sequence under label-independent features plus transitions.</summary>
    public void Viterbi(ISequenceFeatures sequence, Span<int> labels)
    {
        int length = sequence.Length;
        int count = model.Labels.Count;
        if (length == 0)
        {
            return;
        }

        EnsureLattice(length * count);
        for (int position = 0; position < length; position++)
        {
            var row = lattice.AsSpan(position * count, count);
            EmissionScores(sequence, position, row);
            var back = backPointers.AsSpan(position * count, count);
            for (int label = 0; label < count; label++)
            {
                if (float.IsNegativeInfinity(row[label]))
                {
                    back[label] = 0;
                    continue;
                }

                if (position == 0)
                {
                    row[label] += model.Transition(-1, label);
                    back[label] = -1;
                    continue;
                }

                var previousRow = lattice.AsSpan((position - 1) * count, count);
                int best = 0;
                float bestScore = float.NegativeInfinity;
                for (int previous = 0; previous < count; previous++)
                {
                    float candidate = previousRow[previous] + model.Transition(previous, label);
                    if (candidate > bestScore)
                    {
                        bestScore = candidate;
                        best = previous;
                    }
                }

                row[label] += bestScore;
                back[label] = best;
            }
        }

        int last = SequenceModel.ArgMax(lattice.AsSpan((length - 1) * count, count));
        for (int position = length - 1; position >= 0; position--)
        {
            labels[position] = last;
            last = backPointers[position * count + last];
        }
    }

    /// <summary>Label scores without transitions; a fixed label leaves every other label at -∞.</summary>
    private void EmissionScores(ISequenceFeatures sequence, int position, Span<float> row)
    {
        int fixedLabel = sequence.FixedLabel(position);
        if (fixedLabel >= 0)
        {
            row.Fill(float.NegativeInfinity);
            row[fixedLabel] = 0;
            return;
        }

        features.Clear();
        sequence.AddFeatures(position, [], features);
        model.Score(features.Items, row);
    }

    private void EnsureLattice(int cells)
    {
        if (lattice.Length < cells)
        {
            lattice = new float[cells];
            backPointers = new int[cells];
        }
    }
}
