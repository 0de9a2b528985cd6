using System.Runtime.CompilerServices;
using Dateline.Entities.Gazetteers;
using Dateline.Learning;
using Dateline.Tagging;

namespace Dateline.Entities.Recognition;

/// <summary>
/// Tags the sentences of one document with BILOU entity labels: greedy, left to right, never choosing a label
/// that breaks the BILOU grammar. The model and gazetteer are shared; an instance holds scratch buffers, so
/// create one per document (or per thread).
/// </summary>
public sealed class EntityTagger
{
    /// <summary>
    /// The feature extractor of the shipped, second-stage model: <see cref="FirstStageFeatureSetId"/> plus the
    /// first stage's document-wide predictions (<see cref="FirstStage"/>). A model with another id is refused.
    /// </summary>
    public const string FeatureSetId = "ner-features-8";

    /// <summary>The first stage's features (no <see cref="FirstStage"/> input); such a model also tags on its own.</summary>
    public const string FirstStageFeatureSetId = "ner-features-7";

    /// <summary>The section of a second-stage model that holds the first-stage model file.</summary>
    public const string FirstStageSection = "first-stage";

    public const string ModelFileName = "ner" + ModelFormat.FileExtension;

    private static readonly Lazy<SequenceModel> Shipped = ModelLocator.Lazy(ModelFileName);

    /// <summary><see cref="EntityLabels.MayFollow"/> and <see cref="EntityLabels.MayEnd"/> as tables: [previous × label], [label].</summary>
    private static readonly bool[] Follows = Enumerable.Range(0, EntityLabels.Count * EntityLabels.Count)
        .Select(i => EntityLabels.MayFollow(i / EntityLabels.Count, i % EntityLabels.Count)).ToArray();

    private static readonly ConditionalWeakTable<SequenceModel, SequenceModel> FirstStageModels = [];

    private static readonly bool[] Ends = Enumerable.Range(0, EntityLabels.Count).Select(EntityLabels.MayEnd).ToArray();

    private readonly CompactWeights weights;
    private readonly EntityWordCache cache;
    private readonly Gazetteer gazetteer;
    private readonly NameLexicon lexicon;
    private readonly FeatureVector features = new();
    private readonly float[] scores;
    private readonly EntityTagger? firstStage;

    public EntityTagger(SequenceModel model, Gazetteer gazetteer)
    {
        if (model.Header.FeatureSetId == FeatureSetId)
        {
            firstStage = new EntityTagger(FirstStageOf(model), gazetteer);
            if (firstStage.firstStage is not null)
            {
                throw new InvalidDataException("The NER first-stage model must not have a first stage of its own.");
            }
        }
        else if (model.Header.FeatureSetId != FirstStageFeatureSetId)
        {
            throw new InvalidDataException($"NER model uses feature set '{model.Header.FeatureSetId}', this code implements '{FeatureSetId}'.");
        }

        weights = CompactWeights.Of(model);
        cache = EntityWordCache.Of(model);
        this.gazetteer = gazetteer;
        lexicon = NameLexicon.Of(model);
        scores = new float[model.Labels.Count];
        if (!model.Labels.Names.SequenceEqual(EntityLabels.All))
        {
            throw new InvalidDataException("NER model labels are not the BILOU labels this code expects.");
        }
    }

    /// <summary>The first-stage model inside a second-stage model file, read once.</summary>
    internal static SequenceModel FirstStageOf(SequenceModel model) =>
        FirstStageModels.GetValue(model, m => ModelFormat.Read(new MemoryStream(m.Section(FirstStageSection))));

    /// <summary>The shipped model (models/ner.dlm), loaded once on first use.</summary>
    public static SequenceModel ShippedModel => Shipped.Value;

    /// <summary>BILOU labels (<see cref="EntityLabels"/>) for every token of every sentence, in document order.</summary>
    public int[] Tag(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<Upos[]>? pos = null)
    {
        sentences = HeadlineCase.Normalize(sentences);
        var labels = firstStage is null ? TagInOneStage(sentences, pos) : TagInTwoStages(sentences, pos);
        int offset = 0;
        foreach (var sentence in sentences)
        {
            AmpersandNames.Join(sentence, labels.AsSpan(offset, sentence.Count));
            CompanySuffixes.Join(sentence, labels.AsSpan(offset, sentence.Count));
            ArticleNames.Join(sentence, labels.AsSpan(offset, sentence.Count));
            NameHeads.Tag(sentence, labels.AsSpan(offset, sentence.Count));
            ResultLines.Tag(sentence, labels.AsSpan(offset, sentence.Count), gazetteer);
            Datelines.Tag(sentence, labels.AsSpan(offset, sentence.Count), gazetteer);
            QuotedTitles.Tag(sentence, labels.AsSpan(offset, sentence.Count));
            NameCompounds.Tag(sentence, labels.AsSpan(offset, sentence.Count), gazetteer);
            TrailingDates.Tag(sentence, labels.AsSpan(offset, sentence.Count));
            InvertedNames.Join(sentence, labels.AsSpan(offset, sentence.Count), gazetteer);
            CityStatePairs.Split(sentence, labels.AsSpan(offset, sentence.Count), gazetteer, lexicon);
            ListedPeoples.Tag(sentence, labels.AsSpan(offset, sentence.Count), gazetteer);
            offset += sentence.Count;
        }

        OrganisationCues.Tag(sentences, labels);
        ListedPlaces.Tag(sentences, labels, gazetteer);
        StormNames.Tag(sentences, labels);
        LowerCasePlaces.Tag(sentences, labels, gazetteer, lexicon);
        return labels;
    }

    private int[] TagInOneStage(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<Upos[]>? pos)
    {
        var prepared = Prepare(sentences, pos);
        var document = new DocumentFeatures(prepared);
        var labels = new int[document.Length];
        for (int s = 0; s < prepared.Length; s++)
        {
            Decode(document, s, sentences[s], labels);
        }

        return labels;
    }

    /// <summary>
    /// The first stage tags the whole document; the second re-tags only around the capitalised words the first gave
    /// more than one entity type in this document, where its view of every occurrence can settle the type.
    /// </summary>
    private int[] TagInTwoStages(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<Upos[]>? pos)
    {
        var first = firstStage!;
        var firstPrepared = first.Prepare(sentences, pos);
        var firstDocument = new DocumentFeatures(firstPrepared);
        var labels = new int[firstDocument.Length];
        for (int s = 0; s < firstPrepared.Length; s++)
        {
            first.Decode(firstDocument, s, sentences[s], labels);
        }

        var stage = new FirstStage(firstPrepared, labels.ToArray());
        var mixed = firstPrepared.ToArray();
        var starts = firstDocument.SentenceStarts;
        var disputed = new (int From, int Last)[mixed.Length];
        for (int s = 0; s < mixed.Length; s++)
        {
            int from = -1, last = -1;
            for (int position = starts[s]; position < starts[s + 1]; position++)
            {
                if (stage.Disputes(position))
                {
                    from = from < 0 ? position : from;
                    last = position;
                }
            }

            disputed[s] = (from, last);
            if (from >= 0)
            {
                mixed[s] = firstPrepared[s].WithCache(sentences[s], cache);
            }
        }

        var second = new DocumentFeatures(mixed, useMemory: true, stage, firstDocument.Case);
        for (int s = 0; s < mixed.Length; s++)
        {
            if (disputed[s].From >= 0)
            {
                Redecode(second, s, sentences[s], labels, disputed[s].From, disputed[s].Last);
            }
        }

        return labels;
    }

    private SentenceFeatures[] Prepare(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<Upos[]>? pos)
    {
        var prepared = new SentenceFeatures[sentences.Count];
        for (int s = 0; s < sentences.Count; s++)
        {
            prepared[s] = new SentenceFeatures(sentences[s], gazetteer, pos?[s], cache);
        }

        return prepared;
    }

    /// <summary>
    /// Re-labels the tokens of sentence <paramref name="s"/> around <paramref name="from"/>…<paramref name="last"/>:
    /// from the start of the first-stage mention before <paramref name="from"/> up to where, past
    /// <paramref name="last"/>, the new label agrees with the old one again (the rest then stays grammatical).
    /// </summary>
    private void Redecode(DocumentFeatures document, int s, IReadOnlyList<string> words, int[] labels, int from, int last)
    {
        var starts = document.SentenceStarts;
        int start = starts[s], end = starts[s + 1];
        from = Math.Max(start, from - 1);
        while (from > start && EntityLabels.PartOf(labels[from]) is 'I' or 'L')
        {
            from--;
        }

        for (int position = from; position < end; position++)
        {
            int label = Choose(document, s, position, start, end, words, labels);
            bool same = label == labels[position];
            labels[position] = label;
            if (same && position > last)
            {
                break;
            }
        }
    }

    /// <summary>Labels sentence <paramref name="s"/> greedily.</summary>
    private void Decode(DocumentFeatures document, int s, IReadOnlyList<string> words, int[] labels)
    {
        var starts = document.SentenceStarts;
        int end = starts[s + 1];
        for (int position = starts[s]; position < end; position++)
        {
            labels[position] = Choose(document, s, position, starts[s], end, words, labels);
        }
    }

    /// <summary>
    /// The best well-formed label at <paramref name="position"/>. A greedy tagger that opened a name one word too
    /// early is otherwise trapped: every later word must continue or end it, so "Wells Fargo CEO John Stumpf" ran
    /// on through "on Tuesday for his role". When a lower-case word would rather be outside every name, the open
    /// name is closed at the word before (B → U, I → L) and the word is scored again with that history. (Closing
    /// before capitalised words as well, or whenever any label beat the continuation, cost eng.testa 0.3–0.4.)
    /// </summary>
    private int Choose(DocumentFeatures document, int s, int position, int start, int end, IReadOnlyList<string> words, int[] labels)
    {
        document.Score(s, position, labels.AsSpan(0, position), weights, cache, features, scores);
        int previous = position == start ? EntityLabels.Outside : labels[position - 1];
        bool last = position == end - 1, mustEnd = EndsBeforeComma(words, position - start);
        int label = Best(previous, last, mustEnd);
        if (!ClosesOpenName(previous, words[position - start], scores))
        {
            return label;
        }

        labels[position - 1] = EntityLabels.Closed(previous);
        document.Score(s, position, labels.AsSpan(0, position), weights, cache, features, scores);
        return Best(labels[position - 1], last, mustEnd);
    }

    /// <summary>Whether a lower-case <paramref name="word"/> after an open name would rather be outside every name.</summary>
    internal static bool ClosesOpenName(int previous, string word, ReadOnlySpan<float> scores)
    {
        if (EntityLabels.PartOf(previous) is not ('B' or 'I') || word.Length == 0 || !char.IsLower(word[0]))
        {
            return false;
        }

        for (int label = 1; label < scores.Length; label++)
        {
            if (scores[label] > scores[EntityLabels.Outside])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a name must end at word <paramref name="i"/>: a comma follows, and no capitalised word after it.
    /// Every comma inside a name in the CoNLL-2003 and UNER training data comes before a capital ("Goldman, Sachs",
    /// "Washington, D.C."), while a greedy I- early on would otherwise carry a name on through an apposition
    /// ("United Nations Agency for Palestinian Refugees, the main distributor").
    /// </summary>
    private static bool EndsBeforeComma(IReadOnlyList<string> words, int i) =>
        i + 1 < words.Count && words[i + 1] == "," && (i + 2 == words.Count || words[i + 2].Length == 0 || !char.IsUpper(words[i + 2][0]));

    private int Best(int previous, bool lastInSentence, bool mustEnd)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        var follows = Follows.AsSpan(previous * EntityLabels.Count, EntityLabels.Count);
        for (int label = 0; label < follows.Length; label++)
        {
            if (!follows[label] || ((lastInSentence || mustEnd) && !Ends[label]))
            {
                continue;
            }

            float score = scores[label];
            if (best < 0 || score > bestScore)
            {
                best = label;
                bestScore = score;
            }
        }

        return best;
    }
}
