using System.Diagnostics;
using System.Globalization;
using Dateline.Documents;
using Dateline.Learning;
using Dateline.Quotes;
using Dateline.Tagging;
using Dateline.Text;
using Dateline.Training.Learning;

namespace Dateline.Training.Quotes;

/// <summary>
/// How <c>models/quote-cues.dlm</c> is made (<c>dateline train quote-cue-model</c>): every verb of PolNeAR train,
/// tagged by the shipped pipeline, labelled CUE when it lies inside a gold attribution cue; an averaged perceptron
/// over <see cref="CueFeatures"/>. Deterministic (fixed seed, ordered files). The token-level cue score on PolNeAR
/// dev goes into the header.
/// </summary>
public static class QuoteCueTrainer
{
    public const string TrainSplit = "quotes/polnear/data/train";
    public const string DevSplit = "quotes/polnear/data/dev";

    public static readonly PerceptronOptions Options = new(Epochs: 12, Seed: 20261127, MinFeatureCount: 2, PruneBelow: 0.05f);

    public const string Corpora = "PolNeAR train (Newell, Margolin & Ruths 2018; 2016 US election news, brat attributions), tagged by models/en-pos.dlm";

    public const string Licences = "PolNeAR: no licence stated, research use; so this model is for research use";

    private static readonly LabelSet Labels = new([LearnedCues.OtherLabel, LearnedCues.CueLabel]);

    public static SequenceModel Train(string corporaDirectory, string outputDirectory, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var train = Read(Path.Combine(corporaDirectory, TrainSplit));
        var sentences = train.SelectMany(d => d.Sentences).ToArray();
        log.WriteLine($"read {train.Length:N0} documents, {sentences.Length:N0} sentences, {sentences.Sum(s => s.Gold.Length):N0} verbs, {sentences.Sum(s => s.Gold.Count(g => g == 1)):N0} cues ({clock.Elapsed.TotalSeconds:F0} s)");
        var header = new ModelHeader(LearnedCues.Kind, CueFeatures.Id, Corpora, Licences, "");
        var model = TrainCues(train, header, log);

        // The filter learns from output the cue model did not see in training (two folds), as it will be at run time.
        var folds = Enumerable.Range(0, 2).Select(fold => train.Where((_, i) => i % 2 == fold).ToArray()).ToArray();
        var crossFitted = folds.Select((_, fold) => TrainCues(folds[1 - fold], header, TextWriter.Null)).ToArray();
        var devDocuments = Read(Path.Combine(corporaDirectory, DevSplit));
        var dev = Score(model, devDocuments);
        log.WriteLine($"PolNeAR dev cue verbs: {dev}");

        // Content ends are learned from the sieves' output under the full cue model; the filter then sees re-drawn ends.
        var extents = ContentExtentTrainer.Train(train, model, log);
        string extentScore = ContentExtentTrainer.Score(extents, devDocuments, model);
        log.WriteLine($"PolNeAR dev content extents: {extentScore}");
        extents = new SequenceModel(extents.Header with { DevScore = $"PolNeAR dev: {extentScore}" }, extents.Labels, extents.Weights, null, new Dictionary<string, byte[]>());
        var filter = AttributionFilterTrainer.Train(folds, crossFitted, extents, log);
        string filterScore = AttributionFilterTrainer.Score(filter, devDocuments, model, extents);
        log.WriteLine($"PolNeAR dev attribution filter: {filterScore}");
        filter = new SequenceModel(filter.Header with { DevScore = $"PolNeAR dev: {filterScore}" }, filter.Labels, filter.Weights, null, new Dictionary<string, byte[]>());
        model = new SequenceModel(
            model.Header with { DevScore = $"PolNeAR dev verbs inside gold cues: {dev}; content extents: {extentScore}; attribution filter: {filterScore}" },
            model.Labels,
            model.Weights,
            null,
            new Dictionary<string, byte[]> { [AttributionFilter.Section] = Bytes(filter), [ContentExtent.Section] = Bytes(extents) });
        string path = Path.Combine(outputDirectory, LearnedCues.ModelFileName);
        ModelWriter.Write(model, path);
        log.WriteLine($"wrote {path} ({new FileInfo(path).Length:N0} bytes, {model.Weights.FeatureCount:N0} features) in {clock.Elapsed.TotalSeconds:F0} s");
        return model;
    }

    private static byte[] Bytes(SequenceModel model)
    {
        using var bytes = new MemoryStream();
        ModelWriter.Write(model, bytes);
        return bytes.ToArray();
    }

    private static SequenceModel TrainCues(IReadOnlyList<LabelledDocument> documents, ModelHeader header, TextWriter log)
    {
        var trainer = new PerceptronTrainer(Labels, Options)
        {
            EpochDone = (epoch, accuracy) => log.WriteLine($"epoch {epoch}: train accuracy {accuracy:P2}"),
        };
        return trainer.Train(documents.SelectMany(Sequences).ToArray(), header, new Dictionary<string, byte[]>());
    }

    /// <summary>Precision, recall and F1 of CUE on every verb (margin above <see cref="LearnedCues.AcceptAbove"/>).</summary>
    public static string Score(SequenceModel model, IEnumerable<LabelledDocument> documents)
    {
        int truePositive = 0, falsePositive = 0, falseNegative = 0;
        foreach (var document in documents)
        {
            var features = new CueFeatures(document.Document, document.Document.Get<TokenLayer>(), document.Document.Get<PosLayer>());
            var classifier = LearnedCues.For(model, features);
            foreach (var sentence in document.Sentences)
            {
                for (int k = 0; k < sentence.Verbs.Length; k++)
                {
                    bool predicted = classifier.Margin(sentence.Verbs[k], sentence.Start, sentence.End) > LearnedCues.AcceptAbove;
                    bool gold = sentence.Gold[k] == 1;
                    truePositive += predicted && gold ? 1 : 0;
                    falsePositive += predicted && !gold ? 1 : 0;
                    falseNegative += !predicted && gold ? 1 : 0;
                }
            }
        }

        double precision = truePositive / Math.Max(1.0, truePositive + falsePositive), recall = truePositive / Math.Max(1.0, truePositive + falseNegative);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return string.Create(CultureInfo.InvariantCulture, $"P {precision:F3} R {recall:F3} F1 {f1:F3} ({truePositive + falseNegative} gold cue verbs)");
    }

    /// <summary>One sentence's verbs and whether each lies inside a gold cue.</summary>
    public sealed record LabelledSentence(int Start, int End, int[] Verbs, int[] Gold);

    public sealed record LabelledDocument(Document Document, IReadOnlyList<LabelledSentence> Sentences, IReadOnlyList<GoldAttribution> Gold);

    /// <summary>The annotated documents of a PolNeAR split, tagged, with their verbs labelled.</summary>
    public static LabelledDocument[] Read(string directory)
    {
        var annotations = Directory.GetFiles(Path.Combine(directory, "attributions"), "*.ann").Order(StringComparer.Ordinal).ToArray();
        return annotations.AsParallel().AsOrdered().Select(annotation =>
        {
            string name = Path.GetFileNameWithoutExtension(annotation);
            name = name[..name.LastIndexOf('_')];
            string text = File.ReadAllText(Path.Combine(directory, "text", name + ".txt"));
            var document = QuotePipeline.Prepare(new Document(name, text, new ArticleInfo(), new TextSpan(0, text.Length)));
            return Label(document, BratAttributions.Parse(File.ReadLines(annotation)));
        }).ToArray();
    }

    private static LabelledDocument Label(Document document, IReadOnlyList<GoldAttribution> gold)
    {
        var (tokens, sentences, tags) = (document.Get<TokenLayer>(), document.Get<SentenceLayer>(), document.Get<PosLayer>());
        var inCue = new bool[tokens.Count];
        foreach (var span in gold.SelectMany(g => g.Cue))
        {
            for (int i = tokens.FirstEndingAfter(span.Start); i < tokens.Count && tokens.Starts[i] < span.End; i++)
            {
                inCue[i] = true;
            }
        }

        var features = new CueFeatures(document, tokens, tags);
        var labelled = new List<LabelledSentence>(sentences.Count);
        for (int s = 0; s < sentences.Count; s++)
        {
            int start = sentences.FirstTokens[s], end = sentences.EndTokens[s];
            var verbs = Enumerable.Range(start, end - start).Where(features.IsCandidate).ToArray();
            if (verbs.Length > 0)
            {
                labelled.Add(new LabelledSentence(start, end, verbs, verbs.Select(v => inCue[v] ? 1 : 0).ToArray()));
            }
        }

        return new LabelledDocument(document, labelled, gold);
    }

    private static IEnumerable<TrainingSequence> Sequences(LabelledDocument document)
    {
        var features = new CueFeatures(document.Document, document.Document.Get<TokenLayer>(), document.Document.Get<PosLayer>());
        return document.Sentences.Select(sentence => new TrainingSequence(new SentenceVerbs(features, sentence), sentence.Gold));
    }

    /// <summary>A sentence's verbs as one training sequence; features never read labels.</summary>
    private sealed class SentenceVerbs(CueFeatures features, LabelledSentence sentence) : ISequenceFeatures
    {
        public int Length => sentence.Verbs.Length;

        public int FixedLabel(int position) => -1;

        public void AddFeatures(int position, ReadOnlySpan<int> previousLabels, FeatureVector vector) =>
            features.Add(sentence.Verbs[position], sentence.Start, sentence.End, vector);
    }
}
