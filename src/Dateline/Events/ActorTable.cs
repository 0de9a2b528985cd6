using System.Collections;
using System.Text;

namespace Dateline.Events;

/// <summary>
/// The actor entries, kept as their compact-format text (UTF-8, one slice per entry) and made into an
/// <see cref="ActorEntry"/> only when a sentence matches one: of ~36,000 actors an article touches a few dozen, and
/// an object graph per entry cost megabytes and most of the dictionary's load time. Made entries are kept, so an
/// actor is the same object on every look-up; entries added as objects are kept as they are.
/// </summary>
public sealed class ActorTable : IReadOnlyList<ActorEntry>
{
    private readonly byte[] text;
    private readonly int[] starts;
    private readonly ActorEntry?[] entries;

    private ActorTable(byte[] text, int[] starts, ActorEntry?[] entries)
    {
        this.text = text;
        this.starts = starts;
        this.entries = entries;
    }

    public int Count => entries.Length;

    public ActorEntry this[int index] => entries[index] ?? Make(index);

    public IEnumerator<ActorEntry> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private ActorEntry Make(int index)
    {
        var fields = Encoding.UTF8.GetString(text, starts[index], starts[index + 1] - starts[index]);
        var entry = EventLexiconFormat.ParseActor(fields);
        return Interlocked.CompareExchange(ref entries[index], entry, null) ?? entry;
    }

    /// <summary>Collects entries in order and the phrase trie over them.</summary>
    internal sealed class Builder
    {
        private readonly List<byte> text = [];
        private readonly List<int> starts = [];
        private readonly List<ActorEntry?> entries = [];
        private readonly PhraseTrieBuilder trie = new();

        public HashSet<ulong> FirstWords => trie.FirstWords;

        public void Add(ActorEntry entry)
        {
            trie.Add(entry.Words, entries.Count);
            starts.Add(text.Count);
            entries.Add(entry);
        }

        /// <summary>Adds an entry as its fields <c>WORDS TAB defaultCode TAB roles</c>, read when first matched.</summary>
        public void Add(ReadOnlySpan<char> words, ReadOnlySpan<char> fields)
        {
            trie.Add(words, entries.Count);
            starts.Add(text.Count);
            Span<byte> buffer = stackalloc byte[1024];
            int length = Encoding.UTF8.GetMaxByteCount(fields.Length);
            var bytes = length <= buffer.Length ? buffer : new byte[length];
            int written = Encoding.UTF8.GetBytes(fields, bytes);
            text.AddRange(bytes[..written]);
            entries.Add(null);
        }

        public (ActorTable Table, PhraseTrie<ActorEntry> Trie) Build()
        {
            var table = new ActorTable([.. text], [.. starts, text.Count], [.. entries]);
            return (table, trie.Build<ActorEntry>(table));
        }
    }
}
