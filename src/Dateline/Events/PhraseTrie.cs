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
    private readonly IReadOnlyList<T> values;

    internal PhraseTrie(Dictionary<ulong, int> nodes, IReadOnlyList<T> values)
    {
        this.nodes = nodes;
        this.values = values;
    }

    public static PhraseTrie<T> Build(IReadOnlyList<T> entries, Func<T, string[]> words, PhraseTrieBuilder? builder = null)
    {
        builder ??= new PhraseTrieBuilder();
        for (int i = 0; i < entries.Count; i++)
        {
            builder.Add(words(entries[i]), i);
        }

        return builder.Build(entries);
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

/// <summary>Collects phrases (as word lists or space-separated text) with the index of their entry.</summary>
internal sealed class PhraseTrieBuilder(int capacity = 0)
{
    private readonly Dictionary<ulong, int> nodes = new(capacity);

    /// <summary>The hashes of the words phrases start with.</summary>
    public HashSet<ulong> FirstWords { get; } = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(string[] words, int index)
    {
        ulong hash = PhraseHash.Empty;
        for (int i = 0; i < words.Length; i++)
        {
            hash = Step(hash, words[i], i == 0);
        }

        End(hash, words.Length, index);
    }

    /// <summary>Adds a phrase written as words separated by spaces.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<char> text, int index)
    {
        ulong hash = PhraseHash.Empty;
        int count = 0;
        foreach (var range in text.Split(' '))
        {
            if (!text[range].IsEmpty)
            {
                hash = Step(hash, text[range], count++ == 0);
            }
        }

        End(hash, count, index);
    }

    public PhraseTrie<T> Build<T>(IReadOnlyList<T> values)
        where T : class
    {
        nodes.TrimExcess(); // growth doubles the table, and a capacity is an upper bound: part of it would stay empty
        return new PhraseTrie<T>(nodes, values);
    }

    private ulong Step(ulong hash, ReadOnlySpan<char> word, bool first)
    {
        ulong token = PhraseHash.OfToken(word, fold: false);
        if (first)
        {
            FirstWords.Add(token);
        }
        else
        {
            nodes.TryAdd(hash, 0);
        }

        return PhraseHash.Extend(hash, token);
    }

    private void End(ulong hash, int words, int index)
    {
        if (words == 0)
        {
            return;
        }

        ref int slot = ref CollectionsMarshal.GetValueRefOrAddDefault(nodes, hash, out _);
        if (slot == 0)
        {
            slot = index + 1; // the first entry wins, as in PETRARCH
        }
    }
}
