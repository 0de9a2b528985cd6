using Dateline.Learning;
using Dateline.Tagging;
using Dateline.Training.Learning;

namespace Dateline.Training.Tagging;

/// <summary>
/// Experiment (<c>DATELINE_POS_EASYFIRST</c>): guided learning for easy-first decoding (Shen, Satta and Joshi 2007).
/// Each training sentence is decoded as <see cref="PosSession"/> decodes it — the surest (position, tag) among the
/// untagged positions first, with the tags already fixed on both sides as features; when the chosen tag is wrong the
/// averaged perceptron moves towards the gold tag at that position with the features as they are then, and either
/// fixes the gold tag there or chooses again (<c>DATELINE_POS_EF_UPDATE=again</c>).
/// </summary>
internal sealed class EasyFirstTrainer(LabelSet labels, PerceptronOptions options, bool byMargin, string update)
{
    private readonly AveragedWeights weights = new(labels.Count);
    private readonly FeatureVector features = new();
    private readonly List<ulong> filtered = [];
    private HashSet<ulong>? allowed;
    private int step;

    public Action<int, double>? EpochDone { get; init; }

    public SequenceModel Train(IReadOnlyList<TrainingSequence> data, ModelHeader header, IReadOnlyDictionary<string, byte[]> sections)
    {
        if (options.MinFeatureCount > 1)
        {
            allowed = FrequentFeatures(data);
        }

        // The tag-free features of every position, filtered once: they do not change between epochs.
        var statics = data.Select(sequence => StaticFeatures((PosFeatures)sequence.Features)).ToArray();
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new DeterministicRandom(options.Seed);
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long right = 0, total = 0;
            foreach (int index in order)
            {
                step++;
                right += TrainSentence(data[index], statics[index]);
                total += data[index].Gold.Length;
            }

            EpochDone?.Invoke(epoch, total == 0 ? 1 : (double)right / total);
        }

        var table = weights.Average(step, options.PruneBelow);
        return new SequenceModel(header with { Training = $"{options.Describe()}; easy-first guided learning ({(byMargin ? "margin" : "score")}, {update})" }, labels, table, null, sections);
    }

    private ulong[][] StaticFeatures(PosFeatures source)
    {
        var result = new ulong[source.Length][];
        for (int position = 0; position < source.Length; position++)
        {
            features.Clear();
            source.AddStaticFeatures(position, features);
            result[position] = Filter(features.Items);
        }

        return result;
    }

    private ulong[] Filter(ReadOnlySpan<ulong> items)
    {
        if (allowed is null)
        {
            return items.ToArray();
        }

        filtered.Clear();
        foreach (ulong feature in items)
        {
            if (allowed.Contains(WeightTable.Normalize(feature)))
            {
                filtered.Add(feature);
            }
        }

        return filtered.ToArray();
    }

    private int TrainSentence(TrainingSequence sequence, ulong[][] statics)
    {
        var source = (PosFeatures)sequence.Features;
        int length = source.Length;
        int labelCount = labels.Count;
        var assigned = new int[length];
        var staticScores = new float[length * labelCount];
        var tagFeatures = new ulong[length][];
        var keys = new float[length];
        var best = new int[length];
        var all = new float[length * labelCount];
        bool chooseAgain = update is "again" or "ge";
        int right = 0, open = 0;
        for (int i = 0; i < length; i++)
        {
            int fixedLabel = source.FixedLabel(i);
            assigned[i] = fixedLabel >= 0 ? fixedLabel : PosFeatures.Unassigned;
            if (fixedLabel >= 0)
            {
                right += fixedLabel == sequence.Gold[i] ? 1 : 0;
            }
            else
            {
                open++;
            }
        }

        void ScoreStatics()
        {
            for (int i = 0; i < length; i++)
            {
                if (assigned[i] == PosFeatures.Unassigned)
                {
                    var target = staticScores.AsSpan(i * labelCount, labelCount);
                    target.Clear();
                    weights.AddScores(statics[i], target);
                }
            }
        }

        void Rescore(int position)
        {
            features.Clear();
            source.AddBothSidesFeatures(position, assigned, features);
            tagFeatures[position] = Filter(features.Items);
            var scores = all.AsSpan(position * labelCount, labelCount);
            staticScores.AsSpan(position * labelCount, labelCount).CopyTo(scores);
            weights.AddScores(tagFeatures[position], scores);
            int first = SequenceModel.ArgMax(scores);
            float second = float.NegativeInfinity;
            for (int label = 0; label < labelCount; label++)
            {
                if (label != first && scores[label] > second)
                {
                    second = scores[label];
                }
            }

            best[position] = first;
            keys[position] = byMargin ? scores[first] - second : scores[first];
        }

        void RescoreAll()
        {
            ScoreStatics();
            for (int i = 0; i < length; i++)
            {
                if (assigned[i] == PosFeatures.Unassigned)
                {
                    Rescore(i);
                }
            }
        }

        RescoreAll();
        int updates = 0;
        while (open > 0)
        {
            int chosen = -1;
            for (int i = 0; i < length; i++)
            {
                if (assigned[i] == PosFeatures.Unassigned && (chosen < 0 || keys[i] > keys[chosen]))
                {
                    chosen = i;
                }
            }

            int gold = sequence.Gold[chosen];
            int guess = best[chosen];
            if (guess == gold)
            {
                right++;
            }
            else
            {
                // Goldberg and Elhadad (2010): towards the best-scored right action anywhere, away from the chosen one.
                int toward = chosen;
                if (update == "ge")
                {
                    for (int i = 0; i < length; i++)
                    {
                        if (assigned[i] == PosFeatures.Unassigned && all[i * labelCount + sequence.Gold[i]] > all[toward * labelCount + sequence.Gold[toward]])
                        {
                            toward = i;
                        }
                    }
                }

                weights.Update(statics[toward], sequence.Gold[toward], 1f, step);
                weights.Update(tagFeatures[toward], sequence.Gold[toward], 1f, step);
                weights.Update(statics[chosen], guess, -1f, step);
                weights.Update(tagFeatures[chosen], guess, -1f, step);
                updates++;

                // Choosing again may find the same mistake many times; past a bound the gold tag is fixed.
                if (chooseAgain && updates <= length)
                {
                    RescoreAll();
                    continue;
                }
            }

            assigned[chosen] = gold;
            open--;
            if (guess != gold)
            {
                RescoreAll();
                continue;
            }

            for (int j = Math.Max(0, chosen - 2); j <= Math.Min(length - 1, chosen + 2); j++)
            {
                if (assigned[j] == PosFeatures.Unassigned)
                {
                    Rescore(j);
                }
            }
        }

        return right;
    }

    /// <summary>Feature counts over the training data with the gold tags on both sides and with none assigned yet.</summary>
    private HashSet<ulong> FrequentFeatures(IReadOnlyList<TrainingSequence> data)
    {
        var counts = new Dictionary<ulong, int>();
        void Count(ReadOnlySpan<ulong> items)
        {
            foreach (ulong feature in items)
            {
                var key = WeightTable.Normalize(feature);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        foreach (var sequence in data)
        {
            var source = (PosFeatures)sequence.Features;
            var none = new int[source.Length];
            for (int i = 0; i < none.Length; i++)
            {
                int fixedLabel = source.FixedLabel(i);
                none[i] = fixedLabel >= 0 ? fixedLabel : PosFeatures.Unassigned;
            }

            for (int position = 0; position < source.Length; position++)
            {
                features.Clear();
                source.AddStaticFeatures(position, features);
                source.AddBothSidesFeatures(position, sequence.Gold, features);
                Count(features.Items);
                features.Clear();
                source.AddBothSidesFeatures(position, none, features);
                Count(features.Items);
            }
        }

        return counts.Where(pair => pair.Value >= options.MinFeatureCount).Select(pair => pair.Key).ToHashSet();
    }
}
