using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dateline.Training.Learning;

namespace Dateline.Training.Clusters;

/// <summary>
/// How <c>data/clusters/en-clusters.txt</c> is made (<c>dateline train clusters</c>): context vectors
/// (<see cref="ContextVectors"/>) of every word seen <see cref="MinCount"/> times in <see cref="ClusterText"/>,
/// split top-down by spherical k-means into 64 classes, each class into 4 (256), each of those into 4 (1024),
/// so the three ids nest like prefixes of a Brown-cluster path. Fixed seed: identical bytes on every run.
/// </summary>
public static class ClusterRecipe
{
    public const string FileName = "en-clusters.txt";
    public const int MinCount = 2;
    public const int ContextWords = 1000;
    public const int CoarseClasses = 64;
    public const int SplitFactor = 4;
    public const ulong Seed = 20240101;

    /// <summary>
    /// Builds the cluster file from the train splits under <paramref name="corporaDirectory"/> and, when
    /// <paramref name="extraDirectory"/> is given, also the unlabelled text of <see cref="ClusterText.ExtraSentences"/>
    /// (all clustered together; the shipped file does not use it, see models/README.md).
    /// </summary>
    public static void Build(string corporaDirectory, string? extraDirectory, string outputDirectory, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var sentences = ClusterText.Sentences(corporaDirectory).ToList();
        log.WriteLine($"read {sentences.Count:N0} sentences, {sentences.Sum(s => s.Length):N0} words from the train splits");
        if (extraDirectory is not null)
        {
            var extra = ClusterText.ExtraSentences(extraDirectory).ToList();
            log.WriteLine($"read {extra.Count:N0} sentences, {extra.Sum(s => s.Length):N0} words from {extraDirectory}");
            sentences.AddRange(extra);
        }

        var vectors = ContextVectors.Build(sentences, MinCount, ContextWords);
        log.WriteLine($"{vectors.Count:N0} words seen at least {MinCount} times; {vectors.Columns.Length:N0} context cells");

        var kmeans = new SphericalKMeans(vectors, new DeterministicRandom(Seed));
        var all = Enumerable.Range(0, vectors.Count).ToArray();
        var coarse = kmeans.Cluster(all, CoarseClasses, iterations: 25);
        var medium = Refine(kmeans, coarse, CoarseClasses);
        var fine = Refine(kmeans, medium, CoarseClasses * SplitFactor);
        log.WriteLine($"clustered in {clock.Elapsed.TotalSeconds:F0} s");

        Directory.CreateDirectory(outputDirectory);
        var path = Path.Combine(outputDirectory, FileName);
        File.WriteAllText(path, Render(vectors, coarse, medium, fine, extraDirectory is not null), new UTF8Encoding(false));
        log.WriteLine($"wrote {path} ({vectors.Count:N0} words)");
    }

    /// <summary>Splits every class of <paramref name="parent"/> into <see cref="SplitFactor"/>; child id = parent × 4 + part.</summary>
    private static int[] Refine(SphericalKMeans kmeans, int[] parent, int classes)
    {
        var child = new int[parent.Length];
        for (int c = 0; c < classes; c++)
        {
            var members = Enumerable.Range(0, parent.Length).Where(i => parent[i] == c).ToArray();
            var parts = kmeans.Cluster(members, SplitFactor, iterations: 15);
            for (int i = 0; i < members.Length; i++)
            {
                child[members[i]] = (c * SplitFactor) + parts[i];
            }
        }

        return child;
    }

    private static string Render(ContextVectors vectors, int[] coarse, int[] medium, int[] fine, bool extra)
    {
        var text = new StringBuilder();
        text.Append(
            $"""
            # Dateline English word clusters, made by `dateline train clusters` (src/Dateline.Training/Clusters).
            # Source text: {ClusterText.Sources}{(extra ? "; " + ClusterText.ExtraSources : "")}.
            # Method: words seen >= {MinCount} times; positive-PMI vectors over the {ContextWords} most frequent words at offsets -2,-1,+1,+2;
            # spherical k-means split top-down into {CoarseClasses} classes, each into {SplitFactor}, each again into {SplitFactor} (seed {Seed}).
            # Line format: word TAB c64 TAB c256 TAB c1024 TAB count
            #   word  = lower-case form with every ASCII digit as 0 (WordClusters.Normalize)
            #   c64   = coarse class 0-63; c256 = c64*4 + part (0-255); c1024 = c256*4 + part (0-1023): ids nest like Brown-path prefixes
            #   count = occurrences in the source text
            # Lines are grouped by c1024, most frequent word first.

            """);
        var order = Enumerable.Range(0, vectors.Count).OrderBy(i => fine[i]).ThenByDescending(i => vectors.Counts[i])
            .ThenBy(i => vectors.Words[i], StringComparer.Ordinal);
        foreach (int i in order)
        {
            text.Append(CultureInfo.InvariantCulture, $"{vectors.Words[i]}\t{coarse[i]}\t{medium[i]}\t{fine[i]}\t{vectors.Counts[i]}\n");
        }

        return text.ToString();
    }
}
