using System.Diagnostics;
using System.Text;
using Dateline.Learning;
using Dateline.Tagging;
using Dateline.Training.Corpora;
using Dateline.Training.Learning;

namespace Dateline.Training.Tagging;

/// <summary>
/// Trains the shipped UPOS tagger + lemmatizer (<c>dateline train pos</c>) from the UD treebanks in a
/// corpora folder laid out as <c>../shared/corpora</c>, scores it on EWT dev and writes <see cref="PosModel.FileName"/>.
/// </summary>
public static class PosTrainer
{
    public const string EwtTrain = "ud/UD_English-EWT/en_ewt-ud-train.conllu";
    public const string GumTrain = "ud/UD_English-GUM/en_gum-ud-train.conllu";
    public const string EwtDev = "ud/UD_English-EWT/en_ewt-ud-dev.conllu";

    /// <summary>Words seen at least this often with one tag in at least <see cref="DictionaryShare"/> of cases skip scoring.</summary>
    public const int DictionaryMinCount = 5;
    public const double DictionaryShare = 0.99;

    /// <summary>Words seen at least this often get an ambiguity class of the tags with at least this share.</summary>
    public const int ClassMinCount = 3;
    public const double ClassMinShare = 0.02;

    /// <summary>Seeds of the shuffles of the runs whose weights are averaged.</summary>
    public static readonly ulong[] Seeds = [20240101, 7, 1234];

    public static readonly PerceptronOptions Options = new(Epochs: 15, Seed: 20240101, MinFeatureCount: 2, PruneBelow: 0f);

    /// <summary>
    /// Training sentences see ambiguity classes and a tag dictionary built from the other folds only (sentence
    /// index mod <see cref="Folds"/>), so a rare word's class is as incomplete as it is on new text.
    /// </summary>
    public const int Folds = 10;

    public static PosModel Train(string corporaDirectory, string outputDirectory, TextWriter log) =>
        Train(corporaDirectory, outputDirectory, log, Seeds, Options.Epochs);

    /// <summary>The shipped recipe with other seeds or epochs (quicker trial runs).</summary>
    public static PosModel Train(string corporaDirectory, string outputDirectory, TextWriter log, IReadOnlyList<ulong> seeds, int epochs)
    {
        var clock = Stopwatch.StartNew();
        var ewt = Conllu.ReadGold(Path.Combine(corporaDirectory, EwtTrain)).ToArray();
        var gum = Conllu.ReadGold(Path.Combine(corporaDirectory, GumTrain)).ToArray();
        var train = ewt.Concat(gum).ToArray();
        log.WriteLine($"read {train.Length:N0} sentences, {train.Sum(s => s.Forms.Length):N0} words");

        var labels = new LabelSet(Enum.GetNames<Upos>());
        var counts = TagCounts(train, labels);
        var dictionary = BuildTagDictionary(counts);
        var classes = BuildWordClasses(counts);
        var clusters = ClusterTable.From(WordClusters.Default);
        var lexicon = ShippedTagLexicon.Load();
        var foldCounts = Enumerable.Range(0, Folds).Select(fold => TagCounts(train.Where((_, i) => i % Folds != fold).ToArray(), labels)).ToArray();
        var foldClasses = foldCounts.Select(BuildWordClasses).ToArray();
        var foldDictionaries = foldCounts.Select(BuildTagDictionary).ToArray();
        var sequences = train.Select((sentence, index) =>
        {
            var features = new PosFeatures(foldDictionaries[index % Folds], foldClasses[index % Folds], clusters, lexicon, sentence.Forms.Length);
            features.Reset(sentence.Forms);
            return new TrainingSequence(features, sentence.Upos.Select(labels.IdOf).ToArray());
        }).ToArray();

        var sections = new Dictionary<string, byte[]>
        {
            [TagDictionary.SectionName] = dictionary.ToSection(),
            [WordClasses.SectionName] = classes.ToSection(),
            [ClusterTable.SectionName] = clusters.ToSection(),

            [Lemmatizer.LexiconSection] = Encoding.UTF8.GetBytes(LemmaRulesBuilder.Lexicon(ewt, gum)),
            [Lemmatizer.RulesSection] = Encoding.UTF8.GetBytes(LemmaRulesBuilder.Rules(train)),
            [TagLexicon.SectionName] = lexicon.ToSection(),
            [WordNetLexicon.SectionName] = ShippedTagLexicon.LoadWordNet().ToSection(),
        };
        var header = new ModelHeader(
            PosModel.Kind,
            PosFeatures.Id,
            "UD_English-EWT 2.16 train (12,544 sentences); UD_English-GUM train (10,224 sentences); word clusters of data/clusters/en-clusters.txt; tag lexicon data/tagging/en-tag-lexicon.tsv (Brill tagger lexicon); WordNet lexicon data/tagging/en-wordnet-lexicon.tsv (WordNet 3.1)",
            "UD English EWT: CC BY-SA 4.0; GUM: CC BY-NC-SA 4.0 (annotations CC BY 4.0); word clusters learned partly from research-use text (CoNLL-2003 Reuters, PolNeAR): research use; tag lexicon: Brill tagger lexicon via npm brill 3.1.0 (MIT); WordNet 3.1 lexicon: WordNet licence, (c) 2011 Princeton University (see THIRD-PARTY-NOTICES.md)",
            "not measured");
        var runs = seeds.Select(seed =>
        {
            var trainer = new PerceptronTrainer(labels, Options with { Seed = seed, Epochs = epochs })
            {
                EpochDone = (epoch, accuracy) => log.WriteLine($"seed {seed} epoch {epoch}: train accuracy {accuracy:P2} ({clock.Elapsed.TotalSeconds:F0} s)"),
            };
            return trainer.Train(sequences, header, sections);
        }).ToArray();
        var trained = new SequenceModel(
            runs[0].Header with { Training = $"{runs[0].Header.Training}; weights averaged over seeds {string.Join(", ", seeds)}; classes and tag dictionary of training sentences jackknifed over {Folds} folds" },
            labels,
            WeightAveraging.Average(runs.Select(run => run.Weights).ToArray()),
            null,
            sections);

        var score = PosEvaluator.Evaluate(PosModel.FromModel(trained), Conllu.ReadGold(Path.Combine(corporaDirectory, EwtDev)));
        var model = new SequenceModel(trained.Header with { DevScore = $"EWT dev, gold tokens: {score}" }, trained.Labels, trained.Weights, null, sections);
        string path = Path.Combine(outputDirectory, PosModel.FileName);
        ModelWriter.Write(model, path);
        log.WriteLine($"{score}; {model.Weights.FeatureCount:N0} features, {dictionary.Count:N0} dictionary words; wrote {path} ({new FileInfo(path).Length / 1e6:F1} MB) in {clock.Elapsed.TotalSeconds:F0} s");
        return PosModel.FromModel(model);
    }

    /// <summary>Tag counts per exact form.</summary>
    private static Dictionary<string, int[]> TagCounts(GoldSentence[] train, LabelSet labels)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var sentence in train)
        {
            for (int i = 0; i < sentence.Forms.Length; i++)
            {
                if (!counts.TryGetValue(sentence.Forms[i], out var tagCounts))
                {
                    counts[sentence.Forms[i]] = tagCounts = new int[labels.Count];
                }

                tagCounts[labels.IdOf(sentence.Upos[i])]++;
            }
        }

        return counts;
    }

    private static TagDictionary BuildTagDictionary(Dictionary<string, int[]> counts)
    {
        var entries = new Dictionary<ulong, byte>();
        foreach (var (form, tagCounts) in counts)
        {
            int total = tagCounts.Sum();
            int best = SequenceModel.ArgMax(tagCounts.Select(c => (float)c).ToArray());
            if (total >= DictionaryMinCount && tagCounts[best] >= DictionaryShare * total)
            {
                entries[PosFeatures.FormHashOf(form)] = (byte)best;
            }
        }

        return new TagDictionary(entries);
    }

    private static WordClasses BuildWordClasses(Dictionary<string, int[]> counts)
    {
        var lowercase = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (form, tagCounts) in counts)
        {
            string lower = form.ToLowerInvariant();
            if (!lowercase.TryGetValue(lower, out var sum))
            {
                lowercase[lower] = sum = new int[tagCounts.Length];
            }

            for (int i = 0; i < sum.Length; i++)
            {
                sum[i] += tagCounts[i];
            }
        }

        var masks = new Dictionary<ulong, uint>();
        foreach (var (form, tagCounts) in counts)
        {
            AddClass(masks, PosFeatures.FormHashOf(form), tagCounts);
        }

        foreach (var (lower, tagCounts) in lowercase)
        {
            AddClass(masks, WordClasses.LowerKey(PosFeatures.LowerHashOf(lower)), tagCounts);
        }

        return new WordClasses(masks);
    }

    private static void AddClass(Dictionary<ulong, uint> masks, ulong key, int[] tagCounts)
    {
        int total = tagCounts.Sum();
        if (total < ClassMinCount)
        {
            return;
        }

        uint mask = 0;
        for (int tag = 0; tag < tagCounts.Length; tag++)
        {
            if (tagCounts[tag] > 0 && tagCounts[tag] >= ClassMinShare * total)
            {
                mask |= 1u << tag;
            }
        }

        masks[key] = mask;
    }
}
