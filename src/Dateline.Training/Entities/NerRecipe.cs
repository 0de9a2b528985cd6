using System.Diagnostics;
using System.Globalization;
using Dateline.Entities.Gazetteers;
using Dateline.Entities.Recognition;
using Dateline.Learning;
using Dateline.Training.Learning;
using Dateline.Training.Tagging;

namespace Dateline.Training.Entities;

/// <summary>
/// How the shipped entity tagger (<c>models/ner.dlm</c>) is made (<c>dateline train ner</c>): CoNLL-2003 eng.train
/// plus UNER English-EWT train (OTH mapped to O) plus GUM train (names converted by <see cref="GumEntities"/>, see
/// <see cref="Shipped"/>), with the embedded gazetteers; scored on CoNLL-2003 eng.testa and UNER EWT dev, whose
/// figures go into the model header, and on GUM dev converted the same way.
/// </summary>
public static class NerRecipe
{
    public const string ConllTrain = "conll2003/eng.train";
    public const string ConllDev = "conll2003/eng.testa";
    public const string UnerTrain = "uner/UNER_English-EWT/en_ewt-ud-train.prerelease-0c7ce0d.mapped.iob2";
    public const string UnerDev = "uner/UNER_English-EWT/en_ewt-ud-dev.iob2";
    public const string GumTrain = "ud/UD_English-GUM/en_gum-ud-train.conllu";
    public const string GumDev = "ud/UD_English-GUM/en_gum-ud-dev.conllu";

    /// <summary>
    /// The shipped data choices: GUM train, all genres; its other named mentions unknown (no training signal), demonyms
    /// MISC; GUM in the first stage and its folds only (the second stage learns on CoNLL and UNER).
    /// </summary>
    public static readonly NerData Shipped = new(GumEntities.AllGenres, GumOtherNames.Unknown, GumInSecondStage: false);

    public static readonly PerceptronOptions Options = new(Epochs: 20, Seed: 20240101, MinFeatureCount: 2, PruneBelow: 0.05f);

    /// <summary>The jackknifed first-stage models that label the second stage's training data.</summary>
    public static readonly PerceptronOptions FoldOptions = Options with { Epochs = 10 };

    public const int Folds = 8;

    /// <summary>Shuffle seeds of the runs whose weights are averaged, per stage (the jackknife folds use one run each).</summary>
    public static readonly ulong[] FirstStageSeeds = [20240101];

    public static readonly ulong[] SecondStageSeeds = [20240101];

    /// <summary>
    /// When set, a directory where first-stage models are kept between runs (they depend only on the first-stage
    /// features and data; the file names do not record the data, so use one directory per <c>--gum</c> variant).
    /// </summary>
    private const string StageCacheVariable = "DATELINE_NER_STAGE_CACHE";

    public const string Corpora =
        "CoNLL-2003 English eng.train (Reuters RCV1, 14,041 sentences); UNER English-EWT train pre-release 0c7ce0d, OTH mapped to O (12,543 sentences); "
        + "tag lexicon data/tagging/en-tag-lexicon.tsv (Brill tagger lexicon)";

    public const string Licences =
        "CoNLL-2003 / Reuters RCV1 text: research use only, so this model is for research use; UNER English-EWT: CC BY-SA 4.0; "
        + "gazetteer features: GeoNames CC BY 4.0, mledoze/countries ODbL 1.0, CountryInfo CC BY-SA 3.0, PETRARCH2 MIT, "
        + "name lists: US SSA and 1990 Census names public domain, Moby names CC0, compromise MIT; "
        + "tag lexicon: Brill's lexicon (npm brill 3.1.0) MIT";

    /// <summary>The header's corpus line: the base corpora plus the GUM part, if any.</summary>
    public static string CorporaOf(NerData data) => data.GumGenres.Count == 0
        ? Corpora
        : $"{Corpora}; GUM train (UD English GUM, Entity= mentions converted by GumEntities: {data})";

    public static string LicencesOf(NerData data) => data.GumGenres.Count == 0
        ? Licences
        : $"{Licences}; GUM: annotations CC BY 4.0, texts CC BY / CC BY-SA / CC BY-NC-SA (release CC BY-NC-SA 4.0)";

    /// <summary>How GUM dev is converted for scoring: as for training, but unknown names (nothing to score) are O.</summary>
    public static GumOtherNames DevConversion(GumOtherNames others) => others == GumOtherNames.Unknown ? GumOtherNames.Demonyms : others;

    /// <summary>UNER has no MISC: drop it on both sides when scoring there.</summary>
    public static string UnerTypes(string type) => type == "MISC" ? "O" : type;

    /// <summary>Trains the model; with <paramref name="firstStageOnly"/> it stops after the first stage's dev figures (for screening data variants) and writes nothing.</summary>
    /// <remarks>
    /// <paramref name="seed"/> and <paramref name="secondStageSeed"/> replace the stages' shuffle seeds (to see how far
    /// a result depends on the shuffle).
    /// </remarks>
    public static SequenceModel Train(string corporaDirectory, string outputDirectory, TextWriter log, NerData? data = null, bool firstStageOnly = false, ulong? seed = null, ulong? secondStageSeed = null)
    {
        data ??= Shipped;
        var clock = Stopwatch.StartNew();
        var train = NerCorpus.Read(Path.Combine(corporaDirectory, ConllTrain));
        train.AddRange(NerCorpus.Read(Path.Combine(corporaDirectory, UnerTrain)));
        int baseDocuments = train.Count;
        if (data.GumGenres.Count > 0)
        {
            train.AddRange(GumEntities.Read(Path.Combine(corporaDirectory, GumTrain), data.GumOthers, data.GumGenres));
        }

        log.WriteLine($"read {train.Count:N0} documents, {train.Sum(d => d.Sentences.Count):N0} sentences ({data})");

        var trainer = new NerTrainer(Gazetteer.Default) { Log = log.WriteLine, Lexicon = ShippedTagLexicon.LoadNameLexicon() };
        var cacheDirectory = Environment.GetEnvironmentVariable(StageCacheVariable);
        var firstHeader = new ModelHeader("ner-first-stage", EntityTagger.FirstStageFeatureSetId, CorporaOf(data), LicencesOf(data), "");
        ulong[] firstSeeds = seed is { } given ? [given] : FirstStageSeeds;
        string firstName = seed is null ? $"first-{FirstStageSeeds.Length}.dlm" : $"first-seed-{seed}.dlm";
        var first = Cached(cacheDirectory, firstName) ?? trainer.Train(train, Options, firstHeader, seeds: firstSeeds);
        Store(cacheDirectory, firstName, first);
        var conllDev = NerCorpus.Read(Path.Combine(corporaDirectory, ConllDev));
        var unerDev = NerCorpus.Read(Path.Combine(corporaDirectory, UnerDev));
        var gumDevOthers = DevConversion(data.GumOthers);
        var gumDev = GumEntities.Read(Path.Combine(corporaDirectory, GumDev), gumDevOthers);
        string DevScoreLogged(SequenceModel scored, string which)
        {
            var conll = trainer.Evaluate(scored, conllDev);
            var uner = trainer.Evaluate(scored, unerDev, UnerTypes);
            log.WriteLine($"{which}CoNLL-2003 eng.testa:");
            log.Write(conll.Report());
            log.WriteLine($"{which}UNER English-EWT dev (PER/ORG/LOC):");
            log.Write(uner.Report());
            log.WriteLine($"{which}GUM dev (converted, {gumDevOthers}):");
            log.Write(trainer.Evaluate(scored, gumDev).Report());
            return DevScore(conll, uner);
        }

        first = new SequenceModel(first.Header with { DevScore = DevScoreLogged(first, "first stage alone, ") }, first.Labels, first.Weights, null,
            first.SectionNames.ToDictionary(name => name, first.Section));
        if (firstStageOnly)
        {
            log.WriteLine($"first stage only: nothing written ({clock.Elapsed.TotalSeconds:F0} s)");
            return first;
        }

        var jackknifed = trainer.Jackknife(train, FoldOptions, Folds, firstHeader,
            fold => Cached(cacheDirectory, $"fold-{fold}.dlm"), (fold, model) => Store(cacheDirectory, $"fold-{fold}.dlm", model));
        var header = new ModelHeader("ner", EntityTagger.FeatureSetId, CorporaOf(data), LicencesOf(data), "");
        // Without GUM in the second stage it learns when to overrule the first stage on CoNLL and UNER documents only.
        int secondDocuments = data.GumInSecondStage ? train.Count : baseDocuments;
        var second = trainer.Train(train.Take(secondDocuments).ToList(), Options, header, jackknifed.Take(secondDocuments).ToList(),
            secondStageSeed is { } secondSeed ? [secondSeed] : SecondStageSeeds);
        var sections = new Dictionary<string, byte[]> { [EntityTagger.FirstStageSection] = ToBytes(first) };
        var model = new SequenceModel(second.Header, second.Labels, second.Weights, null, sections);

        model = new SequenceModel(model.Header with { DevScore = DevScoreLogged(model, "") }, model.Labels, model.Weights, null, sections);

        var path = Path.Combine(outputDirectory, EntityTagger.ModelFileName);
        ModelWriter.Write(model, path);
        log.WriteLine($"wrote {path} ({new FileInfo(path).Length:N0} bytes, {model.Weights.FeatureCount:N0} features) in {clock.Elapsed.TotalSeconds:F0} s");
        return model;
    }

    private static string DevScore(NerScore conll, NerScore uner) => string.Create(
        CultureInfo.InvariantCulture,
        $"CoNLL-2003 eng.testa F1 {conll.Overall.F1:F2}; UNER English-EWT dev F1 {uner.Overall.F1:F2} (PER/ORG/LOC)");

    private static byte[] ToBytes(SequenceModel model)
    {
        using var stream = new MemoryStream();
        ModelWriter.Write(model, stream);
        return stream.ToArray();
    }

    private static SequenceModel? Cached(string? directory, string name) =>
        directory is not null && File.Exists(Path.Combine(directory, name)) ? ModelFormat.Read(Path.Combine(directory, name)) : null;

    private static void Store(string? directory, string name, SequenceModel model)
    {
        if (directory is not null && !File.Exists(Path.Combine(directory, name)))
        {
            ModelWriter.Write(model, Path.Combine(directory, name));
        }
    }
}

/// <summary>
/// The NER training data beyond CoNLL-2003 and UNER: GUM train documents of these genres (none: no GUM), what their
/// other names become, and whether the second stage learns from them too (else only the first stage and its folds).
/// </summary>
public sealed record NerData(IReadOnlyList<string> GumGenres, GumOtherNames GumOthers, bool GumInSecondStage = true)
{
    public override string ToString() => GumGenres.Count == 0
        ? "no GUM"
        : $"GUM {(GumGenres.Count == GumEntities.AllGenres.Length ? "all genres" : string.Join(",", GumGenres))}, other names {GumOthers}"
            + (GumInSecondStage ? "" : ", not in the second stage");
}
