using Dateline.Learning;

namespace Dateline.Tagging;

/// <summary>
/// Most POS features look at one word only (the word itself, or a neighbour in a fixed role), so their
/// summed label scores are a property of the word form. This cache holds, for the frequent forms of the
/// lemma lexicon, its <see cref="TokenHashes"/> and one score vector per <see cref="Role"/>: tagging a known word
/// then costs one lookup instead of ~26 feature probes. The word list is built when the model loads; a word's hashes
/// and vectors on its first use, so loading stays fast (most of the ~10,000 forms never occur in a given run). Filling
/// an entry twice from two threads writes the same values, and an entry counts as filled only after its values are
/// written, so the cache is safe to share without locks.
/// </summary>
internal sealed class WordScoreCache
{
    private readonly Dictionary<ulong, int> entries;
    private readonly TokenHashes[] hashes;
    private readonly string[] forms;
    private readonly float[] vectors;
    private readonly float[] boundaryVectors;
    private readonly float[] tagPairs;
    private readonly int[] fixedLabels;
    private readonly string?[] lemmas;
    private readonly int labels;
    private readonly SequenceModel model;
    private readonly WordClasses? classes;
    private readonly ClusterTable? clusters;
    private readonly TagLexicon? tagLexicon;

    // 1 once an entry's hashes and role vectors are written.
    private readonly int[] filled;

    /// <param name="lexicon">The lemma lexicon: its forms are cached, with their lemma per tag.</param>
    public WordScoreCache(Lemmatizer lexicon, TagDictionary? dictionary, WordClasses? classes, ClusterTable? clusters, TagLexicon? tagLexicon, SequenceModel model, Upos[] tags)
    {
        labels = model.Labels.Count;
        this.model = model;
        this.classes = classes;
        this.clusters = clusters;
        this.tagLexicon = tagLexicon;
        // Forms seen at least ClassMinCount times (those with an ambiguity class) cover nearly every running
        // word at a third of the lexicon's size, which keeps the load fast.
        var distinct = lexicon.Entries.Select(e => e.Form)
            .Where(form => classes is null || classes.ExactClass(PosFeatures.FormHashOf(form)) != 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        entries = new Dictionary<ulong, int>(distinct.Length);
        hashes = new TokenHashes[distinct.Length];
        forms = distinct;
        vectors = new float[distinct.Length * RoleCount * labels];
        fixedLabels = new int[distinct.Length];
        filled = new int[distinct.Length];
        for (int entry = 0; entry < distinct.Length; entry++)
        {
            ulong exact = PosFeatures.FormHashOf(distinct[entry]);
            fixedLabels[entry] = dictionary?.LabelOf(exact) ?? -1;
            entries.TryAdd(exact, entry);
        }

        var scratch = new FeatureVector();

        lemmas = new string?[distinct.Length * labels];
        var labelOfTag = new int[Enum.GetValues<Upos>().Length];
        Array.Fill(labelOfTag, -1);
        for (int label = 0; label < tags.Length; label++)
        {
            labelOfTag[(int)tags[label]] = label;
        }

        foreach (var (form, upos, lemma) in lexicon.Entries)
        {
            if (entries.TryGetValue(PosFeatures.FormHashOf(form), out int entry) && labelOfTag[(int)upos] >= 0)
            {
                lemmas[entry * labels + labelOfTag[(int)upos]] ??= lemma;
            }
        }

        tagPairs = new float[(labels + 1) * (labels + 1) * labels];
        for (int tag1 = -1; tag1 < labels; tag1++)
        {
            for (int tag2 = -1; tag2 < labels; tag2++)
            {
                scratch.Clear();
                PosFeatures.AddTagFeatures(tag1, tag2, scratch);
                model.Score(scratch.Items, tagPairs.AsSpan(TagPairOffset(tag1, tag2), labels));
            }
        }

        boundaryVectors = new float[4 * RoleCount * labels];
        for (int boundary = 0; boundary < 4; boundary++)
        {
            ComputeRoles(model, in PosFeatures.Boundary(boundary), scratch, boundaryVectors.AsSpan(boundary * RoleCount * labels, RoleCount * labels));
        }
    }

    /// <summary>The score vectors kept per word: how it scores as the tagged word and as each neighbour.</summary>
    public enum Role
    {
        Self,
        SelfAtSentenceStart,
        Previous,
        Next,
        Previous2,
        Next2,
    }

    public const int RoleCount = 6;

    public int Count => entries.Count;

    public bool TryGet(ulong formHash, out int entry) => entries.TryGetValue(formHash, out entry);

    public ref readonly TokenHashes Hashes(int entry)
    {
        Fill(entry);
        return ref hashes[entry];
    }

    /// <summary>The word form of an entry, so a cached word needs no string of its own.</summary>
    public string Form(int entry) => forms[entry];

    /// <summary>
    /// The word of a token (<paramref name="text"/> unless a repaired <paramref name="norm"/> wins): the cached
    /// form's string when the word is cached (<paramref name="entry"/>), else a new one (entry -1).
    /// </summary>
    public string Read(ReadOnlySpan<char> text, string? norm, out int entry)
    {
        ReadOnlySpan<char> word = norm ?? text;
        if (entries.TryGetValue(PosFeatures.FormHashOf(word), out entry))
        {
            return forms[entry];
        }

        entry = -1;
        return norm ?? text.ToString();
    }

    /// <summary>The tag-dictionary label of a cached word, or -1.</summary>
    public int FixedLabel(int entry) => fixedLabels[entry];

    /// <summary>The lexicon's lemma of a cached word under a label, or null when the lexicon lacks the pair.</summary>
    public string? Lemma(int entry, int label) => lemmas[entry * labels + label];

    /// <summary>Summed scores of the previous-two-tags features (-1: before the sentence).</summary>
    public ReadOnlySpan<float> TagPairVector(int tag1, int tag2) => tagPairs.AsSpan(TagPairOffset(tag1, tag2), labels);

    public ReadOnlySpan<float> Vector(int entry, Role role)
    {
        Fill(entry);
        return vectors.AsSpan((entry * RoleCount + (int)role) * labels, labels);
    }

    /// <summary>Vectors of the sentence-boundary markers: 0 = one before, 1 = two before, 2 = one after, 3 = two after.</summary>
    public ReadOnlySpan<float> BoundaryVector(int boundary, Role role) =>
        boundaryVectors.AsSpan((boundary * RoleCount + (int)role) * labels, labels);

    private void Fill(int entry)
    {
        if (Volatile.Read(ref filled[entry]) != 0)
        {
            return;
        }

        hashes[entry] = PosFeatures.Hash(forms[entry], sentenceStart: false, classes, clusters, tagLexicon);
        ComputeRoles(model, in hashes[entry], new FeatureVector(), vectors.AsSpan(entry * RoleCount * labels, RoleCount * labels));
        Volatile.Write(ref filled[entry], 1);
    }

    private int TagPairOffset(int tag1, int tag2) => (((tag1 + 1) * (labels + 1)) + tag2 + 1) * labels;

    /// <summary>Fills <paramref name="target"/> (<see cref="RoleCount"/> × labels) with a word's role vectors.</summary>
    public static void ComputeRoles(SequenceModel model, in TokenHashes word, FeatureVector scratch, Span<float> target)
    {
        int labels = model.Labels.Count;
        var atStart = word;
        atStart.Traits |= TokenHashes.SentenceStartTrait;
        for (int role = 0; role < RoleCount; role++)
        {
            if (role == (int)Role.SelfAtSentenceStart)
            {
                RoleFeatures(in atStart, Role.Self, scratch);
            }
            else
            {
                RoleFeatures(in word, (Role)role, scratch);
            }

            model.Score(scratch.Items, target.Slice(role * labels, labels));
        }
    }

    /// <summary>
    /// One role vector of a word of the sentence being tagged (the self roles read the word's own traits, so
    /// <paramref name="word"/> carries the sentence-start trait exactly when the role is <see cref="Role.SelfAtSentenceStart"/>).
    /// </summary>
    public static void ComputeRole(SequenceModel model, in TokenHashes word, Role role, FeatureVector scratch, Span<float> target)
    {
        RoleFeatures(in word, role, scratch);
        model.Score(scratch.Items, target);
    }

    private static void RoleFeatures(in TokenHashes word, Role role, FeatureVector scratch)
    {
        scratch.Clear();
        if (role is Role.Self or Role.SelfAtSentenceStart)
        {
            PosFeatures.AddWordFeatures(in word, scratch);
        }
        else
        {
            PosFeatures.AddNeighbourFeatures(in word, (NeighbourRole)(role - Role.Previous), scratch);
        }
    }
}
