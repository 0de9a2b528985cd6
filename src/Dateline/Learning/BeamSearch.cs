namespace Dateline.Learning;

/// <summary>
/// Left-to-right beam search over label sequences whose features may see the two previous labels: hypotheses
/// ending in the same two labels score the rest of the sentence alike, so only the best of them is kept.
/// Also drives early-update training: given the gold labels, it stops where the gold prefix leaves the beam.
/// Holds scratch buffers: one instance per thread.
/// </summary>
public sealed class BeamSearch
{
    /// <summary>Adds the label scores of <paramref name="features"/> to a zeroed <paramref name="scores"/>.</summary>
    public delegate void Scorer(ReadOnlySpan<ulong> features, Span<float> scores);

    private readonly int labelCount;
    private readonly int beamSize;
    private readonly FeatureVector features = new();
    private readonly float[] scores;
    private readonly List<Candidate> candidates = [];
    private int[][] histories;
    private int[][] nextHistories;
    private float[] totals;
    private float[] nextTotals;
    private bool[] onGold;
    private bool[] nextOnGold;

    public BeamSearch(int labelCount, int beamSize)
    {
        this.labelCount = labelCount;
        this.beamSize = beamSize;
        scores = new float[labelCount];
        histories = NewHistories(beamSize, 64);
        nextHistories = NewHistories(beamSize, 64);
        totals = new float[beamSize];
        nextTotals = new float[beamSize];
        onGold = new bool[beamSize];
        nextOnGold = new bool[beamSize];
    }

    /// <summary>
    /// Fills <paramref name="labels"/> with the best sequence found. With <paramref name="gold"/>, stops after the
    /// first position where no hypothesis is the gold prefix; returns how many positions were labelled.
    /// </summary>
    public int Decode(ISequenceFeatures sequence, Scorer score, Span<int> labels, ReadOnlySpan<int> gold = default)
    {
        int length = sequence.Length;
        if (histories[0].Length < length)
        {
            histories = NewHistories(beamSize, length * 2);
            nextHistories = NewHistories(beamSize, length * 2);
        }

        int count = 1;
        totals[0] = 0;
        onGold[0] = true;
        bool training = gold.Length == length && length > 0;
        for (int position = 0; position < length; position++)
        {
            candidates.Clear();
            int fixedLabel = sequence.FixedLabel(position);
            for (int h = 0; h < count; h++)
            {
                if (fixedLabel >= 0)
                {
                    candidates.Add(new Candidate(h, fixedLabel, totals[h], candidates.Count));
                    continue;
                }

                features.Clear();
                sequence.AddFeatures(position, histories[h].AsSpan(0, position), features);
                Array.Clear(scores);
                score(features.Items, scores);
                for (int label = 0; label < labelCount; label++)
                {
                    candidates.Add(new Candidate(h, label, totals[h] + scores[label], candidates.Count));
                }
            }

            candidates.Sort();
            int next = 0;
            bool goldKept = false;
            foreach (var candidate in candidates)
            {
                if (next == beamSize)
                {
                    break;
                }

                int previous = position >= 1 ? histories[candidate.Parent][position - 1] : -1;
                if (SameState(next, position, candidate.Label, previous))
                {
                    continue;
                }

                histories[candidate.Parent].AsSpan(0, position).CopyTo(nextHistories[next]);
                nextHistories[next][position] = candidate.Label;
                nextTotals[next] = candidate.Score;
                nextOnGold[next] = training && onGold[candidate.Parent] && candidate.Label == gold[position];
                goldKept |= nextOnGold[next];
                next++;
            }

            (histories, nextHistories) = (nextHistories, histories);
            (totals, nextTotals) = (nextTotals, totals);
            (onGold, nextOnGold) = (nextOnGold, onGold);
            count = next;
            if (training && !goldKept)
            {
                histories[0].AsSpan(0, position + 1).CopyTo(labels);
                return position + 1;
            }
        }

        histories[0].AsSpan(0, length).CopyTo(labels);
        return length;
    }

    /// <summary>Whether a kept hypothesis already ends in (<paramref name="previous"/>, <paramref name="label"/>).</summary>
    private bool SameState(int kept, int position, int label, int previous)
    {
        for (int h = 0; h < kept; h++)
        {
            if (nextHistories[h][position] == label && (position == 0 || nextHistories[h][position - 1] == previous))
            {
                return true;
            }
        }

        return false;
    }

    private static int[][] NewHistories(int count, int length) => Enumerable.Range(0, count).Select(_ => new int[length]).ToArray();

    /// <summary>One extension of a hypothesis; sorts best first, ties in the order added (deterministic).</summary>
    private readonly record struct Candidate(int Parent, int Label, float Score, int Order) : IComparable<Candidate>
    {
        public int CompareTo(Candidate other)
        {
            int byScore = other.Score.CompareTo(Score);
            return byScore != 0 ? byScore : Order.CompareTo(other.Order);
        }
    }
}
