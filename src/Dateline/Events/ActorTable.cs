using System.Collections;
using System.Runtime.CompilerServices;
using System.Text;

namespace Dateline.Events;

/// <summary>
/// The actor entries, kept as their compact-format text (UTF-8, one slice per entry) and made into an
/// <see cref="ActorEntry"/> only when a sentence matches one: of ~36,000 actors an article touches a few dozen, and
/// an object graph per entry cost megabytes and most of the dictionary's load time. Made entries are kept, so an
/// actor is the same object on every look-up; entries added as objects are kept as they are. Loading checks a line's
/// fields are there; a malformed role inside them shows only when the actor is first matched.
/// </summary>
public sealed class ActorTable : IReadOnlyList<ActorEntry>
{
    // Text is stored in chunks below the large-object threshold: growing one large buffer would allocate and copy
    // megabytes on the large-object heap, and every such allocation brings a full collection closer.
    private const int ChunkBits = 15;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly byte[][] chunks;
    private readonly int[] starts;
    private readonly int[] lengths;
    private readonly ActorEntry?[] entries;

    private ActorTable(byte[][] chunks, int[] starts, int[] lengths, ActorEntry?[] entries)
    {
        this.chunks = chunks;
        this.starts = starts;
        this.lengths = lengths;
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

    private ReadOnlySpan<byte> TextOf(int index) =>
        chunks[starts[index] >> ChunkBits].AsSpan(starts[index] & (ChunkSize - 1), lengths[index]);

    private ActorEntry Make(int index)
    {
        var entry = EventLexiconFormat.ParseActor(Encoding.UTF8.GetString(TextOf(index)));
        return Interlocked.CompareExchange(ref entries[index], entry, null) ?? entry;
    }

    /// <summary>Collects entries in order; <see cref="Build"/> makes the table and the phrase trie over it.</summary>
    internal sealed class Builder
    {
        private readonly List<byte[]> chunks = [];
        private readonly List<int> starts = [];
        private readonly List<int> lengths = [];
        private readonly List<ActorEntry?> entries = [];
        private int used = ChunkSize;
        private int words;

        /// <summary>The hashes of the words actor phrases start with (filled by <see cref="Build"/>).</summary>
        public HashSet<ulong> FirstWords { get; private set; } = [];

        public void Add(ActorEntry entry)
        {
            starts.Add(0);
            lengths.Add(0);
            entries.Add(entry);
            words += entry.Words.Length;
        }

        /// <summary>Adds an entry as its fields <c>WORDS TAB defaultCode TAB roles</c>, read when first matched.</summary>
        public void Add(ReadOnlySpan<char> fields)
        {
            int length = Encoding.UTF8.GetByteCount(fields);
            if (used + length > ChunkSize)
            {
                chunks.Add(new byte[Math.Max(ChunkSize, length)]);
                used = 0;
            }

            starts.Add(((chunks.Count - 1) << ChunkBits) | used);
            lengths.Add(length);
            Encoding.UTF8.GetBytes(fields, chunks[^1].AsSpan(used));
            used += length;
            entries.Add(null);
            words += fields.Count(' ') + 1;
        }

        // Runs once per actor (~36,000) while the dictionaries load: optimise it at once instead of after tiering.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public (ActorTable Table, PhraseTrie<ActorEntry> Trie) Build()
        {
            var table = new ActorTable([.. chunks], [.. starts], [.. lengths], [.. entries]);
            var trie = new PhraseTrieBuilder(words); // the words bound the nodes: the table is allocated once, then trimmed
            Span<char> buffer = stackalloc char[256];
            for (int i = 0; i < table.Count; i++)
            {
                if (entries[i] is { } entry)
                {
                    trie.Add(entry.Words, i);
                    continue;
                }

                var text = table.TextOf(i);
                int tab = text.IndexOf((byte)'\t');
                var phrase = tab < 0 ? text : text[..tab];
                var chars = phrase.Length <= buffer.Length ? buffer : new char[phrase.Length];
                trie.Add(chars[..Encoding.UTF8.GetChars(phrase, chars)], i);
            }

            FirstWords = trie.FirstWords;
            return (table, trie.Build<ActorEntry>(table));
        }
    }
}
