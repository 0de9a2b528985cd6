using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Dateline.Entities.Gazetteers;

namespace Dateline.Events;

/// <summary>
/// Longest-match phrase lookup over upper-case token words. The trie is one table keyed by the hash of each
/// phrase prefix (<see cref="PhraseHash"/>, as the NER gazetteer stores its phrases) instead of a dictionary per
/// node: the actor dictionary has ~90,000 nodes, and per-node objects cost tens of megabytes and most of the load.
/// A 64-bit collision between a listed prefix and a sentence's words is possible in principle, not in practice.
/// </summary>
internal sealed class PhraseTrie<T>
    where T : class
{
    // Per prefix hash: 1 + the index in values of the phrase that ends there, or 0 for a prefix only.
    private readonly Dictionary<ulong, int> nodes;
    private readonly T[] values;

    private PhraseTrie(Dictionary<ulong, int> nodes, T[] values)
    {
        this.nodes = nodes;
        this.values = values;
    }

    // Runs ~100,000 times while the dictionaries load, once per process: optimise it at once instead of after tiering.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PhraseTrie<T> Build(IEnumerable<(string[] Words, T Value)> entries, int capacity = 0)
    {
        var nodes = new Dictionary<ulong, int>(capacity);
        var values = new List<T>();
        foreach (var (words, entry) in entries)
        {
            if (words.Length == 0)
            {
                continue;
            }

            ulong hash = PhraseHash.Empty;
            for (int i = 0; i < words.Length - 1; i++)
            {
                hash = PhraseHash.Extend(hash, PhraseHash.OfToken(words[i], fold: false));
                nodes.TryAdd(hash, 0);
            }

            hash = PhraseHash.Extend(hash, PhraseHash.OfToken(words[^1], fold: false));
            ref int slot = ref CollectionsMarshal.GetValueRefOrAddDefault(nodes, hash, out _);
            if (slot == 0)
            {
                // The first entry wins, as in PETRARCH.
                values.Add(entry);
                slot = values.Count;
            }
        }

        nodes.TrimExcess(); // growth doubles the table: up to half of it would stay empty
        return new PhraseTrie<T>(nodes, [.. values]);
    }

    /// <summary>The longest phrase starting at <paramref name="start"/>; returns its length in words (0 when none).</summary>
    public int LongestMatch(IReadOnlyList<string> words, int start, int end, out T? found)
    {
        found = null;
        int length = 0;
        ulong hash = PhraseHash.Empty;
        for (int i = start; i < end; i++)
        {
            hash = PhraseHash.Extend(hash, PhraseHash.OfToken(words[i], fold: false));
            if (!nodes.TryGetValue(hash, out int node))
            {
                break;
            }

            if (node > 0)
            {
                found = values[node - 1];
                length = i - start + 1;
            }
        }

        return length;
    }
}
