using Dateline.Learning;
using Role = Dateline.Tagging.WordScoreCache.Role;

namespace Dateline.Tagging;

/// <summary>
/// Tags sentences one after another on one thread, greedily left to right. A position's scores are the
/// cached per-word vectors of the word and its ±2 neighbours (<see cref="WordScoreCache"/>; computed on the
/// spot for unknown words) plus the few features that combine words or look at earlier tags.
/// </summary>
public sealed class PosSession
{
    /// <summary>Bounds the memory of unknown-word vectors (each RoleCount × labels floats) on hostile input.</summary>
    private const int MaxRememberedWords = 4096;

    private readonly PosModel model;
    private readonly WordScoreCache cache;
    private readonly PosFeatures features;
    private readonly FeatureVector context = new();
    private readonly float[] scores;
    private readonly Dictionary<ulong, int> remembered = [];
    private readonly int labelCount;
    private int[] labels = new int[64];
    private int[] cacheEntries = new int[64];
    private int[] scratchOffsets = new int[64];
    private float[] scratch = new float[64 * WordScoreCache.RoleCount * 17];
    private byte[] computedRoles = new byte[64];
    private int used;

    internal PosSession(PosModel model)
    {
        this.model = model;
        cache = model.Cache;
        features = new PosFeatures(model.Dictionary, model.Classes, model.Clusters, model.TagLexicon);
        labelCount = model.Model.Labels.Count;
        scores = new float[labelCount];
    }

    /// <summary>Tags one sentence and lemmatizes each word with its tag.</summary>
    public void Tag(ReadOnlySpan<string> words, Span<Upos> tags, Span<string> lemmas)
    {
        EnsureCapacity(words.Length);
        for (int i = 0; i < words.Length; i++)
        {
            cache.Read(words[i], null, out cacheEntries[i]);
        }

        TagRead(words, tags, lemmas);
    }

    /// <summary>The word of a token, read as <see cref="WordScoreCache.Read"/> does; pass its entry to <see cref="Tag(ReadOnlySpan{string}, ReadOnlySpan{int}, Span{Upos}, Span{string})"/>.</summary>
    internal string Read(ReadOnlySpan<char> text, string? norm, out int entry) => cache.Read(text, norm, out entry);

    /// <summary>Like <see cref="Tag(ReadOnlySpan{string}, Span{Upos}, Span{string})"/> with the words' cache entries from <see cref="Read"/>.</summary>
    internal void Tag(ReadOnlySpan<string> words, ReadOnlySpan<int> entries, Span<Upos> tags, Span<string> lemmas)
    {
        EnsureCapacity(words.Length);
        entries.CopyTo(cacheEntries);
        TagRead(words, tags, lemmas);
    }

    private void TagRead(ReadOnlySpan<string> words, Span<Upos> tags, Span<string> lemmas)
    {
        int length = words.Length;
        features.Reset(words, cache, cacheEntries.AsSpan(0, length));
        ComputeUnknownWords(length);
        for (int position = 0; position < length; position++)
        {
            int label = features.FixedLabel(position);
            labels[position] = label >= 0 ? label : Predict(position);
        }

        for (int i = 0; i < length; i++)
        {
            int label = labels[i];
            var tag = model.Tags[label];
            tags[i] = tag;
            int entry = cacheEntries[i];
            lemmas[i] = entry < 0
                ? model.Lemmatizer.Lemmatize(words[i], features.FormHash(i), features.LowerHash(i), tag)
                : cache.Lemma(entry, label) ?? model.Lemmatizer.LemmatizeInexact(words[i], features.LowerHash(i), tag); // the cache holds every exact pair
        }

        for (int i = 0; i < length; i++)
        {
            if (tags[i] == Upos.PRON && words[i].Equals("her", StringComparison.OrdinalIgnoreCase))
            {
                lemmas[i] = Lemmatizer.IsDeterminerHer(words, tags, i) ? "her" : "she";
            }
        }
    }

    private int Predict(int position)
    {
        context.Clear();
        features.AddContextFeatures(position, labels.AsSpan(0, position), context);
        model.Model.Score(context.Items, scores);
        Add(cache.TagPairVector(position >= 1 ? labels[position - 1] : -1, position >= 2 ? labels[position - 2] : -1));
        Add(Vector(position, position == 0 ? Role.SelfAtSentenceStart : Role.Self));
        Add(Vector(position - 1, Role.Previous));
        Add(Vector(position + 1, Role.Next));
        Add(Vector(position - 2, Role.Previous2));
        Add(Vector(position + 2, Role.Next2));
        return SequenceModel.ArgMax(scores);
    }

    private void Add(ReadOnlySpan<float> vector) => WeightTable.AddTo(scores, vector);

    private ReadOnlySpan<float> Vector(int token, Role role)
    {
        if (token < 0)
        {
            return cache.BoundaryVector(token == -1 ? 0 : 1, role);
        }

        if (token >= features.Length)
        {
            return cache.BoundaryVector(token == features.Length ? 2 : 3, role);
        }

        int entry = cacheEntries[token];
        if (entry >= 0)
        {
            return cache.Vector(entry, role);
        }

        // An unknown word's role vectors are computed on first use: a role towards a tag-dictionary neighbour,
        // which is never scored, is never needed.
        int offset = scratchOffsets[token];
        var vector = scratch.AsSpan(offset + (int)role * labelCount, labelCount);
        int word = offset / (WordScoreCache.RoleCount * labelCount);
        if ((computedRoles[word] & (1 << (int)role)) == 0)
        {
            WordScoreCache.ComputeRole(model.Model, in features.At(token), role, context, vector);
            computedRoles[word] |= (byte)(1 << (int)role);
        }

        return vector;
    }

    /// <summary>
    /// Room for the role vectors of words the cache does not know (filled on first use by <see cref="Vector"/>).
    /// A document repeats its rare words (names above all), so the vectors are kept for the session, up to
    /// <see cref="MaxRememberedWords"/> words.
    /// </summary>
    private void ComputeUnknownWords(int length)
    {
        int size = WordScoreCache.RoleCount * labelCount;
        if (remembered.Count + length > MaxRememberedWords)
        {
            remembered.Clear();
            used = 0;
        }

        for (int i = 0; i < length; i++)
        {
            if (cacheEntries[i] >= 0)
            {
                continue;
            }

            ref readonly var word = ref features.At(i);
            ulong key = i == 0 ? ~word.Exact : word.Exact; // the sentence's first word has its own self vector
            if (remembered.TryGetValue(key, out int offset))
            {
                scratchOffsets[i] = offset;
                continue;
            }

            if (scratch.Length < used + size)
            {
                Array.Resize(ref scratch, (used + size) * 2);
            }

            int slot = used / size;
            if (computedRoles.Length <= slot)
            {
                Array.Resize(ref computedRoles, computedRoles.Length * 2);
            }

            computedRoles[slot] = 0;
            remembered[key] = scratchOffsets[i] = used;
            used += size;
        }
    }

    private void EnsureCapacity(int length)
    {
        if (labels.Length < length)
        {
            labels = new int[length * 2];
            cacheEntries = new int[length * 2];
            scratchOffsets = new int[length * 2];
        }
    }
}
