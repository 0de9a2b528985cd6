using System.Reflection;
using System.Runtime.CompilerServices;

namespace Dateline.Entities.Gazetteers;

/// <summary>
/// Lists of names (countries, demonyms, cities, people, organisations, …) matched against token sequences.
/// Phrases are stored as hashes of their tokens, exactly and case-folded, so matching allocates nothing.
/// The shipped lists are the embedded <c>data/gazetteers/*.txt</c> files: the part of a file name before the
/// first dot names its <see cref="GazetteerCategory"/> (<c>org.curated.txt</c> adds to Org).
/// </summary>
public sealed class Gazetteer
{
    private const string ResourcePrefix = "Dateline.data.gazetteers.";

    private static readonly Lazy<Gazetteer> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    // Sized for the shipped lists, so loading does not rehash as they grow.
    private readonly Dictionary<ulong, ushort> exact = new(1 << 17);
    private readonly Dictionary<ulong, ushort> folded = new(1 << 17);
    private readonly HashSet<ulong> exactPrefixes = new(1 << 16);
    private readonly HashSet<ulong> foldedPrefixes = new(1 << 16);

    // One bit per 2^21 hash values, set for every phrase and phrase prefix (exact or folded): most tokens start no
    // listed phrase, and this 256 KB table rejects them without touching the large dictionaries.
    private const int FilterBits = 21;
    private readonly ulong[] filter = new ulong[(1 << FilterBits) / 64];

    /// <summary>The gazetteer built from the embedded data files, loaded once on first use.</summary>
    public static Gazetteer Default => Shipped.Value;

    public int PhraseCount => exact.Count;

    /// <summary>The longest phrase, in tokens.</summary>
    public int MaxTokens { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Gazetteer Load(IEnumerable<(GazetteerCategory Category, TextReader Reader)> lists)
    {
        var gazetteer = new Gazetteer();
        foreach (var (category, reader) in lists)
        {
            while (reader.ReadLine() is { } line)
            {
                gazetteer.Add(category, line);
            }
        }

        return gazetteer;
    }

    /// <summary>Maps a file name such as <c>org.curated.txt</c> to its category, or null when it names none.</summary>
    public static GazetteerCategory? CategoryOfFileName(string fileName)
    {
        int dot = fileName.IndexOf('.', StringComparison.Ordinal);
        var stem = dot < 0 ? fileName : fileName[..dot];
        return Enum.TryParse<GazetteerCategory>(stem, ignoreCase: true, out var category) ? category : null;
    }

    /// <summary>Adds one line of a list file; comments (<c>#</c>) and blank lines are ignored.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(GazetteerCategory category, string line)
    {
        var text = line.AsSpan().Trim();
        if (text.IsEmpty || text[0] == '#')
        {
            return;
        }

        var bit = (ushort)(1 << (int)category);
        AddPhrase(text, fold: false, exact, exactPrefixes, bit);
        AddPhrase(text, fold: true, folded, foldedPrefixes, bit);
        if (category == GazetteerCategory.Person)
        {
            // Name parts let a bare "Scholz" or "Olaf" count as name-like though only full names are listed.
            int firstSpace = text.IndexOf(' '), lastSpace = text.LastIndexOf(' ');
            if (firstSpace > 0)
            {
                AddNamePart(text[..firstSpace], GazetteerCategory.GivenName);
                AddNamePart(text[(lastSpace + 1)..], GazetteerCategory.Surname);
            }
        }
    }

    private void AddNamePart(ReadOnlySpan<char> word, GazetteerCategory category)
    {
        if (word.Length > 2)
        {
            var bit = (ushort)(1 << (int)category);
            AddPhrase(word, fold: false, exact, exactPrefixes, bit);
            AddPhrase(word, fold: true, folded, foldedPrefixes, bit);
        }
    }

    /// <summary>The categories of exactly this token sequence (0 when it is in no list), as a bit mask.</summary>
    public ushort CategoriesOf(IReadOnlyList<string> tokens, int start, int end, bool fold = false)
    {
        ulong hash = PhraseHash.Empty;
        for (int i = start; i < end; i++)
        {
            hash = PhraseHash.Extend(hash, PhraseHash.OfToken(tokens[i], fold));
        }

        return MayBeListed(hash) ? (fold ? folded : exact).GetValueOrDefault(hash) : (ushort)0;
    }

    /// <summary>
    /// Marks every listed phrase in <paramref name="tokens"/>: for each token, the categories of phrases that
    /// begin there (<paramref name="begins"/>) and of phrases that continue through it (<paramref name="insides"/>).
    /// </summary>
    public void Match(IReadOnlyList<string> tokens, bool fold, Span<ushort> begins, Span<ushort> insides)
    {
        var phrases = fold ? folded : exact;
        var prefixes = fold ? foldedPrefixes : exactPrefixes;
        int count = tokens.Count;
        Span<ulong> tokenHashes = count <= 256 ? stackalloc ulong[count] : new ulong[count];
        for (int i = 0; i < count; i++)
        {
            tokenHashes[i] = PhraseHash.OfToken(tokens[i], fold);
        }

        begins[..count].Clear();
        insides[..count].Clear();
        for (int start = 0; start < count; start++)
        {
            ulong hash = PhraseHash.Empty;
            for (int end = start + 1; end <= count && end - start <= MaxTokens; end++)
            {
                hash = PhraseHash.Extend(hash, tokenHashes[end - 1]);
                if (!MayBeListed(hash))
                {
                    break;
                }

                if (phrases.TryGetValue(hash, out var mask))
                {
                    begins[start] |= mask;
                    for (int k = start + 1; k < end; k++)
                    {
                        insides[k] |= mask;
                    }
                }

                if (!prefixes.Contains(hash))
                {
                    break;
                }
            }
        }
    }

    // Runs ~200,000 times while the lists load, once per process: optimise it at once instead of after tiering.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddPhrase(ReadOnlySpan<char> text, bool fold, Dictionary<ulong, ushort> phrases, HashSet<ulong> prefixes, ushort bit)
    {
        ulong hash = PhraseHash.Empty;
        int tokens = 0;
        foreach (var range in text.Split(' '))
        {
            var token = text[range];
            if (token.IsEmpty)
            {
                continue;
            }

            if (tokens > 0)
            {
                prefixes.Add(hash);
                MarkListed(hash);
            }

            hash = PhraseHash.Extend(hash, PhraseHash.OfToken(token, fold));
            tokens++;
        }

        if (tokens == 0)
        {
            return;
        }

        phrases[hash] = (ushort)(phrases.GetValueOrDefault(hash) | bit);
        MarkListed(hash);
        MaxTokens = Math.Max(MaxTokens, tokens);
    }

    private static int FilterBit(ulong hash) => (int)((hash * 0xD6E8FEB86659FD93UL) >> (64 - FilterBits));

    private void MarkListed(ulong hash)
    {
        int bit = FilterBit(hash);
        filter[bit >> 6] |= 1UL << bit;
    }

    private bool MayBeListed(ulong hash)
    {
        int bit = FilterBit(hash);
        return (filter[bit >> 6] & (1UL << bit)) != 0;
    }

    private static Gazetteer LoadShipped()
    {
        var assembly = typeof(Gazetteer).Assembly;
        var lists = new List<(GazetteerCategory, TextReader)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            if (CategoryOfFileName(name[ResourcePrefix.Length..]) is { } category)
            {
                lists.Add((category, new StreamReader(OpenResource(assembly, name))));
            }
        }

        try
        {
            return Load(lists);
        }
        finally
        {
            foreach (var (_, reader) in lists)
            {
                reader.Dispose();
            }
        }
    }

    private static Stream OpenResource(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing.");
}
