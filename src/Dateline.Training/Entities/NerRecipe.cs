using System.Diagnostics;
using System.Globalization;
using Dateline.Entities.Gazetteers;
using Dateline.Entities.Recognition;
using Dateline.Learning;
using Dateline.Training.Learning;

namespace Dateline.Training.Entities;

/// <summary>
/// How the shipped entity tagger (<c>models/ner.dlm</c>) is made (<c>dateline train ner</c>): CoNLL-2003 eng.train
/// plus UNER English-EWT train (OTH mapped to O), with the embedded gazetteers; scored on CoNLL-2003 eng.testa
/// and UNER EWT dev, whose figures go into the model header.
/// </summary>
public static class NerRecipe
{
    public const string ConllTrain = "conll2003/eng.train";
    public const string ConllDev = "conll2003/eng.testa";
    public const string UnerTrain = "uner/UNER_English-EWT/en_ewt-ud-train.prerelease-0c7ce0d.mapped.iob2";
    public const string UnerDev = "uner/UNER_English-EWT/en_ewt-ud-dev.iob2";

    public static readonly PerceptronOptions Options = new(Epochs: 20, Seed: 20240101, MinFeatureCount: 2, PruneBelow: 0.05f);

    public const string Corpora =
        "CoNLL-2003 English eng.train (Reuters RCV1, 14,041 sentences); UNER English-EWT train pre-release 0c7ce0d, OTH mapped to O (12,543 sentences)";

    public const string Licences =
        "CoNLL-2003 / Reuters RCV1 text: research use only, so this model is for research use; UNER English-EWT: CC BY-SA 4.0; "
        + "gazetteer features: GeoNames CC BY 4.0, mledoze/countries ODbL 1.0, CountryInfo CC BY-SA 3.0, PETRARCH2 MIT";

    /// <summary>UNER has no MISC: drop it on both sides when scoring there.</summary>
    public static string UnerTypes(string type) => type == "MISC" ? "O" : type;

    public static SequenceModel Train(string corporaDirectory, string outputDirectory, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var train = NerCorpus.Read(Path.Combine(corporaDirectory, ConllTrain));
        train.AddRange(NerCorpus.Read(Path.Combine(corporaDirectory, UnerTrain)));
        log.WriteLine($"read {train.Count:N0} documents, {train.Sum(d => d.Sentences.Count):N0} sentences");

        var trainer = new NerTrainer(Gazetteer.Default) { Log = log.WriteLine };
        var header = new ModelHeader("ner", EntityTagger.FeatureSetId, Corpora, Licences, "");
        var model = trainer.Train(train, Options, header);

        var conll = trainer.Evaluate(model, NerCorpus.Read(Path.Combine(corporaDirectory, ConllDev)));
        var uner = trainer.Evaluate(model, NerCorpus.Read(Path.Combine(corporaDirectory, UnerDev)), UnerTypes);
        log.WriteLine("CoNLL-2003 eng.testa:");
        log.Write(conll.Report());
        log.WriteLine("UNER English-EWT dev (PER/ORG/LOC):");
        log.Write(uner.Report());
        var devScore = string.Create(
            CultureInfo.InvariantCulture,
            $"CoNLL-2003 eng.testa F1 {conll.Overall.F1:F2}; UNER English-EWT dev F1 {uner.Overall.F1:F2} (PER/ORG/LOC)");
        model = new SequenceModel(model.Header with { DevScore = devScore }, model.Labels, model.Weights, null, new Dictionary<string, byte[]>());

        var path = Path.Combine(outputDirectory, EntityTagger.ModelFileName);
        ModelWriter.Write(model, path);
        log.WriteLine($"wrote {path} ({new FileInfo(path).Length:N0} bytes, {model.Weights.FeatureCount:N0} features) in {clock.Elapsed.TotalSeconds:F0} s");
        return model;
    }
}
