using System.Globalization;
using System.Reflection;

namespace Dateline.Learning;

/// <summary>
/// The distributional class of a word at three nested granularities: <see cref="Coarse"/> (one of 64),
/// <see cref="Medium"/> (one of 256, inside its coarse class) and <see cref="Fine"/> (one of 1024, inside its
/// medium class), like prefixes of a Brown-cluster path.
/// </summary>
public readonly record struct WordCluster(short Coarse, short Medium, short Fine);

/// <summary>
/// Word clusters learned from unlabelled text (<c>dateline train clusters</c>), shipped as the embedded data file
/// <c>data/clusters/en-clusters.txt</c> and loaded lazily once. Words are looked up case-folded with every digit
/// read as 0, the way the file was built, so "Gaza", "GAZA" and "gaza" share a class. Thread-safe and
/// allocation-free per lookup.
/// </summary>
public sealed class WordClusters
{
    /// <summary>Longer words are never in the file: they are looked up as unknown without folding.</summary>
    public const int MaxWordLength = 48;

    private const string ResourceName = "Dateline.data.clusters.en-clusters.txt";

    private static readonly Lazy<WordClusters> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, WordCluster> clusters;
    private readonly Dictionary<string, WordCluster>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private WordClusters(Dictionary<string, WordCluster> clusters)
    {
        this.clusters = clusters;
        lookup = clusters.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The clusters built from the embedded data file, loaded once on first use.</summary>
    public static WordClusters Default => Shipped.Value;

    public int Count => clusters.Count;

    /// <summary>Every normalized word and its cluster, in file order (for models that copy the clusters).</summary>
    public IEnumerable<KeyValuePair<string, WordCluster>> Entries => clusters;

    /// <summary>Reads the line format of <c>en-clusters.txt</c>: <c>word TAB c64 TAB c256 TAB c1024 [TAB count]</c>; <c>#</c> starts a comment.</summary>
    public static WordClusters Load(TextReader reader)
    {
        var clusters = new Dictionary<string, WordCluster>(1 << 16, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 4)
            {
                throw new InvalidDataException($"Word-cluster line needs word and three cluster ids: '{line}'");
            }

            clusters[fields[0]] = new WordCluster(ParseId(fields[1]), ParseId(fields[2]), ParseId(fields[3]));
        }

        return new WordClusters(clusters);
    }

    /// <summary>The key a word is stored under: invariant lowercase, every ASCII digit as '0'.</summary>
    public static string Normalize(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        Normalize(word, buffer);
        return new string(buffer);
    }

    /// <summary>Looks a word up in any casing; false when it was too rare in the unlabelled text to be clustered.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out WordCluster cluster)
    {
        if (word.IsEmpty || word.Length > MaxWordLength)
        {
            cluster = default;
            return false;
        }

        Span<char> key = stackalloc char[word.Length];
        Normalize(word, key);
        return lookup.TryGetValue(key, out cluster);
    }

    private static void Normalize(ReadOnlySpan<char> word, Span<char> into)
    {
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            into[i] = char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c);
        }
    }

    private static short ParseId(string field) => short.Parse(field, NumberStyles.None, CultureInfo.InvariantCulture);

    private static WordClusters LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Load(reader);
    }
}
