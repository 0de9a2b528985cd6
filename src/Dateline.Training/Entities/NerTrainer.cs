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

    public SequenceModel Train(IReadOnlyList<NerDocument> documents, PerceptronOptions options, ModelHeader header)
    {
        var data = documents.Where(d => d.Sentences.Count > 0).Select(ToTrainingSequence).ToList();
        var trainer = new PerceptronTrainer(Labels, options)
        {
            EpochDone = (epoch, accuracy) => Log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: token accuracy {accuracy:P2}")),
        };
        return trainer.Train(data, header with { FeatureSetId = EntityTagger.FeatureSetId }, new Dictionary<string, byte[]>());
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

    private TrainingSequence ToTrainingSequence(NerDocument document)
    {
        var sentences = document.Sentences.Select(s => new SentenceFeatures(s.Words, gazetteer)).ToList();
        var gold = new List<int>();
        foreach (var sentence in document.Sentences)
        {
            var spans = NerCorpus.Spans(sentence.Tags)
                .Select(s => (s.First, s.End, Type: EntityLabels.TypeIndex(s.Type)))
                .Where(s => s.Type >= 0);
            gold.AddRange(EntityLabels.FromSpans(sentence.Words.Length, spans));
        }

        return new TrainingSequence(new DocumentFeatures(sentences), gold.ToArray());
    }
}
