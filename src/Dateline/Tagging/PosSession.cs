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
        if (EasyFirstMode is not null)
        {
            DecodeEasyFirst(length);
        }
        else
        {
            for (int position = 0; position < length; position++)
            {
                int label = features.FixedLabel(position);
                labels[position] = label >= 0 ? label : Predict(position);
            }
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

    /// <summary>Experiment switch: easy-first decoding choosing by the best score ("score") or by its margin over the runner-up ("margin").</summary>
    internal static readonly string? EasyFirstMode = Environment.GetEnvironmentVariable("DATELINE_POS_EASYFIRST") is { Length: > 0 } mode ? mode : null;

    private float[] staticScores = new float[64 * 17];
    private float[] choiceKeys = new float[64];
    private int[] bestLabels = new int[64];

    /// <summary>
    /// Easy-first decoding: every untagged position is scored with the tags already fixed on both sides; the
    /// position whose best tag is the surest is fixed first, and only its untagged neighbours within ±2 are scored again.
    /// </summary>
    private void DecodeEasyFirst(int length)
    {
        if (staticScores.Length < length * labelCount)
        {
            staticScores = new float[length * 2 * labelCount];
            leftParts = new float[length * 2 * labelCount];
            rightParts = new float[length * 2 * labelCount];
            aroundParts = new float[length * 2 * labelCount];
            choiceKeys = new float[length * 2];
            bestLabels = new int[length * 2];
            leftKeys = new int[length * 2];
            rightKeys = new int[length * 2];
            aroundKeys = new int[length * 2];
        }

        leftKeys.AsSpan(0, length).Fill(int.MinValue);
        rightKeys.AsSpan(0, length).Fill(int.MinValue);
        aroundKeys.AsSpan(0, length).Fill(int.MinValue);
        useQueue = length > QueueFrom;

        bool byMargin = EasyFirstMode == "margin";
        var tables = model.EasyFirst;
        int open = 0;
        for (int i = 0; i < length; i++)
        {
            int label = features.FixedLabel(i);
            labels[i] = label >= 0 ? label : PosFeatures.Unassigned;
        }

        for (int i = 0; i < length; i++)
        {
            if (labels[i] != PosFeatures.Unassigned)
            {
                continue;
            }

            open++;
            var target = staticScores.AsSpan(i * labelCount, labelCount);
            context.Clear();
            features.AddStaticContextFeatures(i, context);
            model.Model.Score(context.Items, target);
            WeightTable.AddTo(target, Vector(i, i == 0 ? Role.SelfAtSentenceStart : Role.Self));
            WeightTable.AddTo(target, Vector(i - 1, Role.Previous));
            WeightTable.AddTo(target, Vector(i + 1, Role.Next));
            WeightTable.AddTo(target, Vector(i - 2, Role.Previous2));
            WeightTable.AddTo(target, Vector(i + 2, Role.Next2));
        }

        for (int i = 0; i < length; i++)
        {
            if (labels[i] == PosFeatures.Unassigned)
            {
                Rescore(i, tables, byMargin);
            }
        }

        // Surest first, ties to the leftmost position. A long sentence keeps the open positions in a queue (a
        // re-scored position is queued again and its older entries are skipped as stale), so it costs n log n, not n².
        for (; open > 0; open--)
        {
            int best = -1;
            if (useQueue)
            {
                while (true)
                {
                    queue.TryDequeue(out best, out var priority);
                    if (labels[best] == PosFeatures.Unassigned && priority.Key == -choiceKeys[best])
                    {
                        break;
                    }
                }
            }
            else
            {
                float bestKey = float.NegativeInfinity;
                for (int i = 0; i < length; i++)
                {
                    if (labels[i] == PosFeatures.Unassigned && (best < 0 || choiceKeys[i] > bestKey))
                    {
                        best = i;
                        bestKey = choiceKeys[i];
                    }
                }
            }

            labels[best] = bestLabels[best];
            for (int j = Math.Max(0, best - 2); j <= Math.Min(length - 1, best + 2); j++)
            {
                if (labels[j] == PosFeatures.Unassigned)
                {
                    Rescore(j, tables, byMargin);
                }
            }
        }

        queue.Clear();
    }

    private const int QueueFrom = 48;
    private bool useQueue;

    private readonly PriorityQueue<int, (float Key, int Position)> queue = new();

    // Per open position, the summed scores of its tag × word features for the neighbouring tags they were
    // computed with: re-scoring after a neighbour two away is fixed then probes nothing.
    private float[] leftParts = new float[64 * 17];
    private float[] rightParts = new float[64 * 17];
    private float[] aroundParts = new float[64 * 17];
    private int[] leftKeys = new int[64];
    private int[] rightKeys = new int[64];
    private int[] aroundKeys = new int[64];

    private void Rescore(int position, EasyFirstTables tables, bool byMargin)
    {
        var assigned = labels.AsSpan(0, features.Length);
        int left1 = features.TagAt(position - 1, assigned), left2 = features.TagAt(position - 2, assigned);
        int right1 = features.TagAt(position + 1, assigned), right2 = features.TagAt(position + 2, assigned);
        int offset = position * labelCount;
        bool changed = false;
        var leftPart = leftParts.AsSpan(offset, labelCount);
        if (leftKeys[position] != left1)
        {
            ScorePart(leftPart, PartOf.Left, position, left1, right1);
            leftKeys[position] = left1;
            changed = true;
        }

        var rightPart = rightParts.AsSpan(offset, labelCount);
        if (rightKeys[position] != right1)
        {
            ScorePart(rightPart, PartOf.Right, position, left1, right1);
            rightKeys[position] = right1;
            changed = true;
        }

        // The tag × word parts and the (left, right) table, summed while the adjacent tags stay the same.
        var aroundPart = aroundParts.AsSpan(offset, labelCount);
        if (changed || aroundKeys[position] == int.MinValue)
        {
            ScorePart(aroundPart, PartOf.Around, position, left1, right1);
            Add(aroundPart, tables.Around(left1, right1));
            Add(aroundPart, leftPart);
            Add(aroundPart, rightPart);
            aroundKeys[position] = 0;
        }

        staticScores.AsSpan(offset, labelCount).CopyTo(scores);
        Add(scores, aroundPart);
        Add(scores, tables.LeftPair(left1, left2));
        Add(scores, tables.RightPair(right1, right2));
        if (tables.HasTrigrams)
        {
            Add(scores, tables.LeftTrigram(left2, left1, right1));
            Add(scores, tables.RightTrigram(left1, right1, right2));
        }

        int first = 0;
        float best = scores[0], second = float.NegativeInfinity;
        for (int label = 1; label < labelCount; label++)
        {
            float score = scores[label];
            if (score > best)
            {
                second = best;
                best = score;
                first = label;
            }
            else if (score > second)
            {
                second = score;
            }
        }

        bestLabels[position] = first;
        choiceKeys[position] = byMargin ? best - second : best;
        if (useQueue)
        {
            queue.Enqueue(position, (-choiceKeys[position], position));
        }
    }

    private enum PartOf
    {
        Left,
        Right,
        Around,
    }

    private void ScorePart(Span<float> target, PartOf part, int position, int left1, int right1)
    {
        context.Clear();
        switch (part)
        {
            case PartOf.Left:
                features.AddLeftWordFeatures(position, left1, context);
                break;
            case PartOf.Right:
                features.AddRightWordFeatures(position, right1, context);
                break;
            default:
                features.AddAroundWordFeatures(position, left1, right1, context);
                break;
        }

        if (context.Count == 0)
        {
            target.Clear();
        }
        else
        {
            model.Model.Score(context.Items, target);
        }
    }

    private static void Add(Span<float> target, ReadOnlySpan<float> vector) => WeightTable.AddTo(target, vector);

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
