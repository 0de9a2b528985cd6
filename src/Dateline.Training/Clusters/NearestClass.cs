namespace Dateline.Training.Clusters;

/// <summary>
/// Gives words that were not clustered a class of an existing clustering: each class's centroid is the
/// count-weighted (log(1 + count), as in <see cref="SphericalKMeans"/>) sum of its members' context vectors,
/// and a new word takes the class whose centroid is most similar to its own vector (lowest id on a tie).
/// </summary>
public static class NearestClass
{
    /// <summary>
    /// For every row of <paramref name="vectors"/>: its class in <paramref name="known"/> if listed there, else the
    /// nearest of the <paramref name="classes"/> classes by cosine.
    /// </summary>
    public static int[] Assign(ContextVectors vectors, IReadOnlyDictionary<string, int> known, int classes)
    {
        int dimensions = vectors.Dimensions;
        var centroids = new float[dimensions * classes];
        var assignment = new int[vectors.Count];
        for (int row = 0; row < vectors.Count; row++)
        {
            if (known.TryGetValue(vectors.Words[row], out int c))
            {
                assignment[row] = c;
                float weight = (float)Math.Log(1 + vectors.Counts[row]);
                for (int j = vectors.RowStarts[row]; j < vectors.RowStarts[row + 1]; j++)
                {
                    centroids[(vectors.Columns[j] * classes) + c] += weight * vectors.Values[j];
                }
            }
        }

        Normalize(centroids, dimensions, classes);
        var scores = new float[classes];
        for (int row = 0; row < vectors.Count; row++)
        {
            if (known.ContainsKey(vectors.Words[row]))
            {
                continue;
            }

            Array.Clear(scores);
            for (int j = vectors.RowStarts[row]; j < vectors.RowStarts[row + 1]; j++)
            {
                float value = vectors.Values[j];
                int offset = vectors.Columns[j] * classes;
                for (int k = 0; k < classes; k++)
                {
                    scores[k] += value * centroids[offset + k];
                }
            }

            int best = 0;
            for (int k = 1; k < classes; k++)
            {
                if (scores[k] > scores[best])
                {
                    best = k;
                }
            }

            assignment[row] = best;
        }

        return assignment;
    }

    private static void Normalize(float[] centroids, int dimensions, int classes)
    {
        var norms = new double[classes];
        for (int d = 0; d < dimensions; d++)
        {
            for (int k = 0; k < classes; k++)
            {
                norms[k] += (double)centroids[(d * classes) + k] * centroids[(d * classes) + k];
            }
        }

        for (int d = 0; d < dimensions; d++)
        {
            for (int k = 0; k < classes; k++)
            {
                centroids[(d * classes) + k] = norms[k] > 0 ? (float)(centroids[(d * classes) + k] / Math.Sqrt(norms[k])) : 0f;
            }
        }
    }
}
