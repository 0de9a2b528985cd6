namespace Dateline.Events;

/// <summary>A word trie for longest-match phrase lookup over upper-case token words.</summary>
internal sealed class PhraseTrie<T>
    where T : class
{
    private readonly Dictionary<string, PhraseTrie<T>> children = new(StringComparer.Ordinal);

    private T? value;

    public static PhraseTrie<T> Build(IEnumerable<(string[] Words, T Value)> entries)
    {
        var root = new PhraseTrie<T>();
        foreach (var (words, entry) in entries)
        {
            if (words.Length == 0)
            {
                continue;
            }

            var node = root;
            foreach (var word in words)
            {
                if (!node.children.TryGetValue(word, out var next))
                {
                    next = new PhraseTrie<T>();
                    node.children[word] = next;
                }

                node = next;
            }

            node.value ??= entry; // the first entry wins, as in PETRARCH
        }

        return root;
    }

    /// <summary>The longest phrase starting at <paramref name="start"/>; returns its length in words (0 when none).</summary>
    public int LongestMatch(IReadOnlyList<string> words, int start, int end, out T? found)
    {
        found = null;
        int length = 0;
        var node = this;
        for (int i = start; i < end; i++)
        {
            if (!node.children.TryGetValue(words[i], out var next))
            {
                break;
            }

            node = next;
            if (node.value is not null)
            {
                found = node.value;
                length = i - start + 1;
            }
        }

        return length;
    }
}
