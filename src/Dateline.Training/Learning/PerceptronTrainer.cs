using Dateline.Learning;

namespace Dateline.Training.Learning;

/// <summary>
/// Trains a <see cref="SequenceModel"/> with the averaged perceptron. Deterministic: the data order is
/// the given order shuffled by a seeded <see cref="DeterministicRandom"/>, and every table keeps
/// insertion order.
/// </summary>
public sealed class PerceptronTrainer(LabelSet labels, PerceptronOptions options)
{
    private readonly AveragedWeights weights = new(labels.Count);
    private readonly AveragedWeights transitions = new(labels.Count);
    private readonly FeatureVector features = new();
    private readonly float[] scores = new float[labels.Count];
    private HashSet<ulong>? allowed;
    private int step;

    /// <summary>Called after each epoch with (epoch, share of positions labelled right during it).</summary>
    public Action<int, double>? EpochDone { get; init; }

    public SequenceModel Train(IReadOnlyList<TrainingSequence> data, ModelHeader header, IReadOnlyDictionary<string, byte[]> sections)
    {
        if (options.MinFeatureCount > 1)
        {
            allowed = FrequentFeatures(data);
        }

        var order = data.ToArray();
        var random = new DeterministicRandom(options.Seed);
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long right = 0, total = 0;
            foreach (var sequence in order)
            {
                step++;
                right += options.Mode == DecodingMode.Greedy ? TrainGreedy(sequence) : TrainViterbi(sequence);
                total += sequence.Gold.Length;
            }

            EpochDone?.Invoke(epoch, total == 0 ? 1 : (double)right / total);
        }

        var table = weights.Average(step, options.PruneBelow);
        float[]? transitionTable = options.Mode == DecodingMode.Viterbi ? AveragedTransitions() : null;
        return new SequenceModel(header with { Training = options.Describe() }, labels, table, transitionTable, sections);
    }

    private int TrainGreedy(TrainingSequence sequence)
    {
        var source = sequence.Features;
        var predicted = new int[source.Length];
        int right = 0;
        for (int position = 0; position < source.Length; position++)
        {
            int gold = sequence.Gold[position];
            int fixedLabel = source.FixedLabel(position);
            if (fixedLabel >= 0)
            {
                predicted[position] = fixedLabel;
                right += fixedLabel == gold ? 1 : 0;
                continue;
            }

            Collect(source, position, predicted.AsSpan(0, position));
            scores.AsSpan().Clear();
            weights.AddScores(features.Items, scores);
            int guess = SequenceModel.ArgMax(scores);
            predicted[position] = guess;
            if (sequence.Unknown?[position] == true)
            {
                continue;
            }

            if (guess != gold)
            {
                weights.Update(features.Items, gold, 1f, step);
                weights.Update(features.Items, guess, -1f, step);
            }
            else
            {
                right++;
            }
        }

        return right;
    }

    private int TrainViterbi(TrainingSequence sequence)
    {
        var source = sequence.Features;
        var model = new SequenceModel(ModelHeaderPlaceholder, labels, CurrentTable(source), CurrentTransitions(), new Dictionary<string, byte[]>());
        var predicted = new int[source.Length];
        new SequenceDecoder(model).Viterbi(source, predicted);
        int right = 0;
        for (int position = 0; position < source.Length; position++)
        {
            int gold = sequence.Gold[position];
            int guess = predicted[position];
            int goldPrevious = position == 0 ? labels.Count : sequence.Gold[position - 1];
            int guessPrevious = position == 0 ? labels.Count : predicted[position - 1];
            if (guess == gold && goldPrevious == guessPrevious)
            {
                right += 1;
                continue;
            }

            right += guess == gold ? 1 : 0;
            if (guess != gold)
            {
                Collect(source, position, []);
                weights.Update(features.Items, gold, 1f, step);
                weights.Update(features.Items, guess, -1f, step);
            }

            transitions.Update([(ulong)goldPrevious + 1], gold, 1f, step);
            transitions.Update([(ulong)guessPrevious + 1], guess, -1f, step);
        }

        return right;
    }

    private static readonly ModelHeader ModelHeaderPlaceholder = new("training", "", "", "", "");

    /// <summary>A small table holding the current weights of this sequence's features, for decoding it.</summary>
    private WeightTable CurrentTable(ISequenceFeatures source)
    {
        var keys = new List<ulong>();
        var seen = new HashSet<ulong>();
        var rows = new List<float>();
        for (int position = 0; position < source.Length; position++)
        {
            Collect(source, position, []);
            foreach (ulong feature in features.Items)
            {
                ulong key = WeightTable.Normalize(feature);
                if (!seen.Add(key))
                {
                    continue;
                }

                keys.Add(key);
                for (int label = 0; label < labels.Count; label++)
                {
                    rows.Add(weights.CurrentOf(key, label));
                }
            }
        }

        return new WeightTable(keys.ToArray(), rows.ToArray(), labels.Count);
    }

    private float[] CurrentTransitions()
    {
        var table = new float[(labels.Count + 1) * labels.Count];
        for (int previous = 0; previous <= labels.Count; previous++)
        {
            for (int label = 0; label < labels.Count; label++)
            {
                table[previous * labels.Count + label] = transitions.CurrentOf((ulong)previous + 1, label);
            }
        }

        return table;
    }

    private float[] AveragedTransitions()
    {
        var table = new float[(labels.Count + 1) * labels.Count];
        for (int previous = 0; previous <= labels.Count; previous++)
        {
            for (int label = 0; label < labels.Count; label++)
            {
                table[previous * labels.Count + label] = transitions.AverageOf((ulong)previous + 1, label, step);
            }
        }

        return table;
    }

    /// <summary>Fills <see cref="features"/> for one position, keeping only allowed features.</summary>
    private void Collect(ISequenceFeatures source, int position, ReadOnlySpan<int> previous)
    {
        features.Clear();
        source.AddFeatures(position, previous, features);
        if (allowed is null)
        {
            return;
        }

        var all = features.Items.ToArray();
        features.Clear();
        foreach (ulong feature in all)
        {
            if (allowed.Contains(WeightTable.Normalize(feature)))
            {
                features.Add(feature);
            }
        }
    }

    private HashSet<ulong> FrequentFeatures(IReadOnlyList<TrainingSequence> data)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var sequence in data)
        {
            for (int position = 0; position < sequence.Features.Length; position++)
            {
                features.Clear();
                var history = options.Mode == DecodingMode.Greedy ? sequence.Gold.AsSpan(0, position) : [];
                sequence.Features.AddFeatures(position, history, features);
                foreach (ulong feature in features.Items)
                {
                    var key = WeightTable.Normalize(feature);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        return counts.Where(pair => pair.Value >= options.MinFeatureCount).Select(pair => pair.Key).ToHashSet();
    }
}
