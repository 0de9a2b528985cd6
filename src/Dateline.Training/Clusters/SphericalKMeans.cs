using Dateline.Training.Learning;

namespace Dateline.Training.Clusters;

/// <summary>
/// K-means on unit vectors by cosine similarity (centroids renormalized each round), seeded k-means++ style from a
/// <see cref="DeterministicRandom"/> and run in a fixed order, so the same input always gives the same clusters.
/// Frequent words pull their centroid harder (weight log(1 + count)): their context vectors are the reliable ones.
/// </summary>
public sealed class SphericalKMeans(ContextVectors vectors, DeterministicRandom random)
{
    /// <summary>Splits <paramref name="members"/> (row indices) into at most <paramref name="k"/> clusters; returns each member's cluster.</summary>
    public int[] Cluster(int[] members, int k, int iterations)
    {
        var assignment = new int[members.Length];
        if (members.Length <= k)
        {
            for (int i = 0; i < members.Length; i++)
            {
                assignment[i] = i;
            }

            return assignment;
        }

        int dimensions = vectors.Dimensions;
        // Centroids stored column-major (dimension × k) so one sparse row scores against all k at once.
        var centroids = Seed(members, k);
        var scores = new float[k];
        for (int round = 0; round < iterations; round++)
        {
            int changed = 0;
            for (int i = 0; i < members.Length; i++)
            {
                Score(members[i], centroids, k, scores);
                int best = ArgMax(scores);
                if (best != assignment[i] || round == 0)
                {
                    changed++;
                    assignment[i] = best;
                }
            }

            if (changed == 0)
            {
                break;
            }

            var updated = new float[dimensions * k];
            for (int i = 0; i < members.Length; i++)
            {
                AddRow(members[i], updated, k, assignment[i], (float)Math.Log(1 + vectors.Counts[members[i]]));
            }

            for (int c = 0; c < k; c++)
            {
                if (!Normalize(updated, k, c))
                {
                    // An emptied cluster keeps its old centroid rather than vanishing.
                    for (int d = 0; d < dimensions; d++)
                    {
                        updated[(d * k) + c] = centroids[(d * k) + c];
                    }
                }
            }

            centroids = updated;
        }

        return assignment;
    }

    private float[] Seed(int[] members, int k)
    {
        var centroids = new float[vectors.Dimensions * k];
        var closest = new float[members.Length];
        Array.Fill(closest, float.MaxValue);
        int chosen = members[random.Next(members.Length)];
        for (int c = 0; c < k; c++)
        {
            AddRow(chosen, centroids, k, c, 1f);
            if (c == k - 1)
            {
                break;
            }

            double total = 0;
            for (int i = 0; i < members.Length; i++)
            {
                float distance = Math.Max(0f, 1f - Dot(members[i], centroids, k, c));
                closest[i] = Math.Min(closest[i], distance * distance);
                total += closest[i];
            }

            double target = random.NextUInt64() / (double)ulong.MaxValue * total;
            int pick = members.Length - 1;
            for (int i = 0; i < members.Length; i++)
            {
                target -= closest[i];
                if (target <= 0)
                {
                    pick = i;
                    break;
                }
            }

            chosen = members[pick];
        }

        return centroids;
    }

    private void Score(int row, float[] centroids, int k, float[] scores)
    {
        Array.Clear(scores);
        for (int j = vectors.RowStarts[row]; j < vectors.RowStarts[row + 1]; j++)
        {
            float value = vectors.Values[j];
            int offset = vectors.Columns[j] * k;
            for (int c = 0; c < k; c++)
            {
                scores[c] += value * centroids[offset + c];
            }
        }
    }

    private float Dot(int row, float[] centroids, int k, int c)
    {
        float sum = 0;
        for (int j = vectors.RowStarts[row]; j < vectors.RowStarts[row + 1]; j++)
        {
            sum += vectors.Values[j] * centroids[(vectors.Columns[j] * k) + c];
        }

        return sum;
    }

    private void AddRow(int row, float[] centroids, int k, int c, float weight)
    {
        for (int j = vectors.RowStarts[row]; j < vectors.RowStarts[row + 1]; j++)
        {
            centroids[(vectors.Columns[j] * k) + c] += weight * vectors.Values[j];
        }
    }

    private bool Normalize(float[] centroids, int k, int c)
    {
        double sum = 0;
        for (int d = 0; d < vectors.Dimensions; d++)
        {
            sum += (double)centroids[(d * k) + c] * centroids[(d * k) + c];
        }

        if (sum <= 0)
        {
            return false;
        }

        float scale = (float)(1 / Math.Sqrt(sum));
        for (int d = 0; d < vectors.Dimensions; d++)
        {
            centroids[(d * k) + c] *= scale;
        }

        return true;
    }

    private static int ArgMax(float[] scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }
}
