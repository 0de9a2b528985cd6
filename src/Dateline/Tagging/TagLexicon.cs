using System.Buffers.Binary;

namespace Dateline.Tagging;

/// <summary>
/// An outside tag lexicon (<c>data/tagging/en-tag-lexicon.tsv</c>: the Penn Treebank tags each of ~90k words can
/// take, most likely first), so words too rare in the treebanks still come with the tags they can have. Copied
/// into the POS model at training (section <see cref="SectionName"/>: int32 count, then per word uint64 exact-form
/// hash, uint64 tag mask, byte first tag); a word is looked up by its exact form, then by its lowercase.
/// </summary>
internal sealed class TagLexicon
{
    public const string SectionName = "tag-lexicon";

    private const int EntrySize = 21;

    private readonly Dictionary<ulong, Entry> entries;

    private TagLexicon(Dictionary<ulong, Entry> entries) => this.entries = entries;

    public int Count => entries.Count;

    /// <summary>What the lexicon says of one word: its tag mask, likeliest tag, and the UPOS tags those map to (bit = <see cref="Dateline.Tagging.Upos"/> value).</summary>
    public readonly record struct Entry(ulong Mask, int First, uint Upos);

    /// <summary>The entry of a word by its exact-form hash, else its lowercase hash; <paramref name="match"/> 0 when absent.</summary>
    public Entry Find(ulong exact, ulong lower, out int match)
    {
        if (entries.TryGetValue(exact, out var entry))
        {
            match = 1;
            return entry;
        }

        if (lower != exact && entries.TryGetValue(lower, out entry))
        {
            match = 2;
            return entry;
        }

        match = 0;
        return default;
    }

    /// <summary>Reads <see cref="TagLexiconLines"/>; tag bits are given in order of first appearance.</summary>
    public static TagLexicon Load(TextReader reader)
    {
        var tagBits = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new Dictionary<ulong, Entry>();
        foreach (var (word, tags) in TagLexiconLines.Read(reader))
        {
            ulong mask = 0;
            uint upos = 0;
            int first = -1;
            foreach (string tag in tags)
            {
                if (!tagBits.TryGetValue(tag, out int bit))
                {
                    tagBits[tag] = bit = tagBits.Count;
                    if (bit >= 64)
                    {
                        throw new InvalidDataException("The tag lexicon uses more than 64 tags.");
                    }
                }

                mask |= 1UL << bit;
                upos |= UposOf(tag);
                first = first < 0 ? bit : first;
            }

            entries.TryAdd(PosFeatures.FormHashOf(word), new Entry(mask, first, upos));
        }

        return new TagLexicon(entries);
    }

    public static TagLexicon Read(byte[] section)
    {
        int count = BinaryPrimitives.ReadInt32LittleEndian(section);
        var entries = new Dictionary<ulong, Entry>(count);
        for (int i = 0; i < count; i++)
        {
            int offset = 4 + i * EntrySize;
            entries[BinaryPrimitives.ReadUInt64LittleEndian(section.AsSpan(offset))] = new Entry(
                BinaryPrimitives.ReadUInt64LittleEndian(section.AsSpan(offset + 8)),
                section[offset + 16],
                BinaryPrimitives.ReadUInt32LittleEndian(section.AsSpan(offset + 17)));
        }

        return new TagLexicon(entries);
    }

    /// <summary>The UPOS tags a Penn Treebank tag becomes under UD English conventions, as a mask.</summary>
    private static uint UposOf(string tag) => tag switch
    {
        "NN" or "NNS" => Bit(Upos.NOUN),
        "NNP" or "NNPS" => Bit(Upos.PROPN),
        "VB" or "VBD" or "VBG" or "VBN" or "VBP" or "VBZ" => Bit(Upos.VERB),
        "MD" => Bit(Upos.AUX),
        "JJ" or "JJR" or "JJS" => Bit(Upos.ADJ),
        "RB" or "RBR" or "RBS" or "WRB" => Bit(Upos.ADV),
        "IN" => Bit(Upos.ADP) | Bit(Upos.SCONJ),
        "RP" => Bit(Upos.ADP) | Bit(Upos.ADV),
        "DT" or "PDT" => Bit(Upos.DET),
        "WDT" => Bit(Upos.DET) | Bit(Upos.PRON),
        "PRP" or "PRP$" or "WP" or "WP$" or "EX" => Bit(Upos.PRON),
        "CD" => Bit(Upos.NUM),
        "CC" => Bit(Upos.CCONJ),
        "UH" => Bit(Upos.INTJ),
        "TO" => Bit(Upos.PART) | Bit(Upos.ADP),
        "POS" => Bit(Upos.PART),
        "FW" or "LS" => Bit(Upos.X),
        "SYM" or "$" or "#" => Bit(Upos.SYM),
        _ => Bit(Upos.PUNCT),
    };

    private static uint Bit(Upos tag) => 1u << (int)tag;

    public byte[] ToSection()
    {
        var bytes = new byte[4 + entries.Count * EntrySize];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, entries.Count);
        int offset = 4;
        foreach (var (key, entry) in entries.OrderBy(pair => pair.Key))
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(offset), key);
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(offset + 8), entry.Mask);
            bytes[offset + 16] = (byte)entry.First;
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(offset + 17), entry.Upos);
            offset += EntrySize;
        }

        return bytes;
    }
}
