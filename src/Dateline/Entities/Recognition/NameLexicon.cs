using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Dateline.Entities.Gazetteers;
using Dateline.Learning;
using Dateline.Tagging;

namespace Dateline.Entities.Recognition;

/// <summary>
/// What the outside tag lexicon (<c>data/tagging/en-tag-lexicon.tsv</c>, Brill's WSJ/Brown lexicon) says of a word
/// form, as the entity tagger reads it: whether the form was seen only as a proper noun (NNP/NNPS), as both proper and
/// common, or only as a common word, and its likeliest Penn tag. Newswire names ("Pirelli", "Magna") are proper-only;
/// the lowercase entries tell which capitalised words are common words ("Despite" → "despite" IN).
/// </summary>
/// <remarks>
/// Copied into the NER first-stage model at training (section <see cref="SectionName"/>: int32 count, the exact-form
/// hashes as sorted uint64, then one code byte each: class in bits 6–7, tag index in bits 0–5), so the model carries
/// its own copy and a changed lexicon file cannot change a trained model. Held as two arrays (~0.8 MB); looked up by
/// binary search only when a word form is first seen (the results live in <see cref="WordHashes"/>).
/// </remarks>
public sealed class NameLexicon
{
    public const string SectionName = "name-lexicon";

    /// <summary>A form's class: absent, seen only as a proper noun, as proper and common, or only as a common word.</summary>
    public const int Absent = 0, ProperOnly = 1, Mixed = 2, CommonOnly = 3;

    /// <summary>Penn tags by index (0: any other tag, punctuation); the index is part of the model, so only append.</summary>
    private static readonly string[] Tags =
    [
        "", "NNP", "NNPS", "NN", "NNS", "JJ", "JJR", "JJS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "RB", "RBR", "RBS",
        "RP", "IN", "DT", "PDT", "WDT", "PRP", "PRP$", "WP", "WP$", "WRB", "EX", "MD", "CC", "CD", "TO", "POS", "UH", "FW",
        "LS", "SYM",
    ];

    private static readonly ConditionalWeakTable<SequenceModel, NameLexicon> Lexicons = [];

    private readonly ulong[] keys;
    private readonly byte[] codes;

    private NameLexicon(ulong[] keys, byte[] codes)
    {
        this.keys = keys;
        this.codes = codes;
    }

    /// <summary>A lexicon without entries (a model trained without one).</summary>
    public static NameLexicon Empty { get; } = new([], []);

    public int Count => keys.Length;

    /// <summary>The code byte of an exact form (by <see cref="PhraseHash.OfToken"/> unfolded), 0 when absent.</summary>
    public byte Find(ulong exactHash)
    {
        int index = Array.BinarySearch(keys, exactHash);
        return index >= 0 ? codes[index] : (byte)0;
    }

    public static int ClassOf(byte code) => code >> 6;

    /// <summary>The likeliest Penn tag of a code byte ("" for a tag outside <see cref="Tags"/>).</summary>
    public static string TagOf(byte code) => Tags[code & 63];

    /// <summary>
    /// The lexicon a model reads: its own section, else (a second stage) its first stage's, else none. Loaded once
    /// per model.
    /// </summary>
    public static NameLexicon Of(SequenceModel model) => Lexicons.GetValue(model, m =>
        m.TryGetSection(SectionName, out var section) ? Read(section)
        : m.TryGetSection(EntityTagger.FirstStageSection, out _) ? Of(EntityTagger.FirstStageOf(m))
        : Empty);

    /// <summary>Reads <see cref="TagLexiconLines"/>: the first tag is the likeliest; "A|B" counts both tags.</summary>
    public static NameLexicon Load(TextReader reader)
    {
        var entries = new SortedDictionary<ulong, byte>();
        foreach (var (word, tags) in TagLexiconLines.Read(reader))
        {
            bool proper = false, common = false;
            int first = -1;
            foreach (string tag in tags)
            {
                bool isProper = tag is "NNP" or "NNPS";
                proper |= isProper;
                common |= !isProper;
                first = first < 0 ? Math.Max(0, Array.IndexOf(Tags, tag)) : first;
            }

            if (first >= 0)
            {
                int kind = proper ? (common ? Mixed : ProperOnly) : CommonOnly;
                entries.TryAdd(PhraseHash.OfToken(word, fold: false), (byte)((kind << 6) | first));
            }
        }

        return new NameLexicon(entries.Keys.ToArray(), entries.Values.ToArray());
    }

    public static NameLexicon Read(byte[] section)
    {
        int count = BinaryPrimitives.ReadInt32LittleEndian(section);
        var keys = new ulong[count];
        for (int i = 0; i < count; i++)
        {
            keys[i] = BinaryPrimitives.ReadUInt64LittleEndian(section.AsSpan(4 + (i * 8)));
        }

        var codes = section.AsSpan(4 + (count * 8), count).ToArray();
        for (int i = 1; i < count; i++)
        {
            if (keys[i] <= keys[i - 1])
            {
                throw new InvalidDataException("The name-lexicon section is not sorted.");
            }
        }

        return new NameLexicon(keys, codes);
    }

    public byte[] ToSection()
    {
        var bytes = new byte[4 + (keys.Length * 9)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, keys.Length);
        for (int i = 0; i < keys.Length; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(4 + (i * 8)), keys[i]);
        }

        codes.CopyTo(bytes.AsSpan(4 + (keys.Length * 8)));
        return bytes;
    }
}
