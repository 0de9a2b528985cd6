using System.Globalization;
using Dateline.Entities.Gazetteers;
using Dateline.Entities.Recognition;
using Dateline.Learning;
using Dateline.Training.Learning;

namespace Dateline.Training.Entities;

/// <summary>Trains the entity tagger (<see cref="EntityTagger"/>) on IOB2 corpora and measures it.</summary>
public sealed class NerTrainer(Gazetteer gazetteer)
{
    public static readonly LabelSet Labels = new(EntityLabels.All);

    public Action<string>? Log { get; init; }

    /// <summary>The tag lexicon the features read at training; a first-stage model carries it (<see cref="NameLexicon.SectionName"/>).</summary>
    public NameLexicon Lexicon { get; init; } = NameLexicon.Empty;

    /// <summary>
    /// A first-stage model, or with <paramref name="firstStageLabels"/> (BILOU labels per document, as an unseen
    /// first stage gave them: <see cref="Jackknife"/>) the second stage, still without its first-stage section.
    /// </summary>
    /// <remarks>
    /// With more than one of <paramref name="seeds"/> (default: the options' own seed), one run per shuffle seed,
    /// their averaged weights averaged again into one table.
    /// </remarks>
    public SequenceModel Train(IReadOnlyList<NerDocument> documents, PerceptronOptions options, ModelHeader header, IReadOnlyList<int[]>? firstStageLabels = null, IReadOnlyList<ulong>? seeds = null)
    {
        var data = documents.Select((d, index) => (d, index)).Where(p => p.d.Sentences.Count > 0)
            .Select(p => ToTrainingSequence(p.d, firstStageLabels?[p.index])).ToList();
        var featureSet = firstStageLabels is null ? EntityTagger.FirstStageFeatureSetId : EntityTagger.FeatureSetId;
        seeds ??= [options.Seed];
        // The second stage reads its first stage's copy.
        var sections = firstStageLabels is null
            ? new Dictionary<string, byte[]> { [NameLexicon.SectionName] = Lexicon.ToSection() }
            : new Dictionary<string, byte[]>();
        var runs = seeds.Select(seed =>
        {
            var trainer = new PerceptronTrainer(Labels, options with { Seed = seed })
            {
                EpochDone = (epoch, accuracy) => Log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"seed {seed} epoch {epoch}: token accuracy {accuracy:P2}")),
            };
            return trainer.Train(data, header with { FeatureSetId = featureSet }, sections);
        }).ToArray();
        if (runs.Length == 1)
        {
            return runs[0];
        }

        var training = $"{runs[0].Header.Training}; weights averaged over seeds {string.Join(", ", seeds)}";
        return new SequenceModel(runs[0].Header with { Training = training }, Labels, WeightAveraging.Average(runs.Select(run => run.Weights).ToArray()), null, sections);
    }

    /// <summary>
    /// First-stage labels for every training document from a model that did not see it: documents are dealt into
    /// <paramref name="folds"/> folds by index, and each fold is tagged by a model trained on the others.
    /// </summary>
    public List<int[]> Jackknife(IReadOnlyList<NerDocument> documents, PerceptronOptions options, int folds, ModelHeader header, Func<int, SequenceModel?>? cached = null, Action<int, SequenceModel>? trained = null)
    {
        var labels = new int[documents.Count][];
        for (int fold = 0; fold < folds; fold++)
        {
            var model = cached?.Invoke(fold);
            if (model is null)
            {
                var rest = documents.Where((_, index) => index % folds != fold).ToList();
                Log?.Invoke($"first-stage fold {fold + 1}/{folds}: training on {rest.Count:N0} documents");
                model = Train(rest, options, header);
                trained?.Invoke(fold, model);
            }

            var tagger = new EntityTagger(model, gazetteer);
            for (int index = fold; index < documents.Count; index += folds)
            {
                labels[index] = tagger.Tag(documents[index].Sentences.Select(s => (IReadOnlyList<string>)s.Words).ToList());
            }
        }

        return labels.ToList();
    }

    /// <summary>IOB2 predictions of <paramref name="model"/> for every sentence of every document.</summary>
    public List<string[]> Predict(SequenceModel model, IReadOnlyList<NerDocument> documents)
    {
        var tagger = new EntityTagger(model, gazetteer);
        var result = new List<string[]>();
        foreach (var document in documents)
        {
            var labels = tagger.Tag(document.Sentences.Select(s => (IReadOnlyList<string>)s.Words).ToList());
            int position = 0;
            foreach (var sentence in document.Sentences)
            {
                result.Add(labels.AsSpan(position, sentence.Words.Length).ToArray().Select(EntityLabels.ToIob2).ToArray());
                position += sentence.Words.Length;
            }
        }

        return result;
    }

    /// <summary>Scores the model on gold documents; <paramref name="mapType"/> renames types on both sides ("O" drops one).</summary>
    public NerScore Evaluate(SequenceModel model, IReadOnlyList<NerDocument> documents, Func<string, string>? mapType = null)
    {
        var predictions = Predict(model, documents);
        var score = new NerScore();
        int index = 0;
        foreach (var sentence in documents.SelectMany(d => d.Sentences))
        {
            var predicted = predictions[index++];
            var gold = mapType is null ? sentence.Tags : sentence.Tags.Select(t => MapTag(t, mapType)).ToArray();
            score.Add(gold, mapType is null ? predicted : predicted.Select(t => MapTag(t, mapType)).ToArray());
        }

        return score;
    }

    private static string MapTag(string tag, Func<string, string> map) =>
        tag.Length > 2 && map(tag[2..]) is var type && type != "O" ? tag[..2] + type : tag.Length > 2 ? "O" : tag;

    private TrainingSequence ToTrainingSequence(NerDocument document, int[]? firstStageLabels)
    {
        var sentences = document.Sentences.Select(s => new SentenceFeatures(s.Words, gazetteer, Lexicon)).ToList();
        var gold = new List<int>();
        var unknown = new List<bool>();
        foreach (var sentence in document.Sentences)
        {
            var allSpans = NerCorpus.Spans(sentence.Tags);
            var spans = allSpans
                .Select(s => (s.First, s.End, Type: EntityLabels.TypeIndex(s.Type)))
                .Where(s => s.Type >= 0);
            gold.AddRange(EntityLabels.FromSpans(sentence.Words.Length, spans));
            var unknownHere = new bool[sentence.Words.Length];
            foreach (var span in allSpans.Where(s => s.Type == GumEntities.UnknownType))
            {
                unknownHere.AsSpan(span.First, span.End - span.First).Fill(true);
            }

            unknown.AddRange(unknownHere);
        }

        var firstStage = firstStageLabels is null ? null : new FirstStage(sentences, firstStageLabels);
        return new TrainingSequence(new DocumentFeatures(sentences, firstStage: firstStage), gold.ToArray(), unknown.Contains(true) ? unknown.ToArray() : null);
    }
}
