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
    public static PosModel Train(string corporaDirectory, string outputDirectory, TextWriter log, IReadOnlyList<ulong> seeds, int epochs, SelfTrainingOptions? selfTraining = null)
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
        TrainingSequence[] GoldSequences(bool reversed) => train.Select((sentence, index) =>
        {
            var forms = reversed ? sentence.Forms.Reverse().ToArray() : sentence.Forms;
            var tags = reversed ? sentence.Upos.Reverse().ToArray() : sentence.Upos;
            var features = new PosFeatures(foldDictionaries[index % Folds], foldClasses[index % Folds], clusters, lexicon, forms.Length);
            features.Reset(forms);
            return new TrainingSequence(features, tags.Select(labels.IdOf).ToArray());
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
        var sequences = GoldSequences(reversed: false).ToList();
        var gate = new EpochGate();
        // Trial: DATELINE_POS_AUTO_FIRST=K keeps the auto-tagged sentences to the first K epochs.
        int autoEpochs = int.TryParse(Environment.GetEnvironmentVariable("DATELINE_POS_AUTO_FIRST"), out int k) ? k : int.MaxValue;
        selfTraining ??= SelfTrainingOptions.FromEnvironment(SelfTrainingOptions.None);
        if (selfTraining.Words > 0)
        {
            // Auto-tagged sentences are new text to the gold data: they see its whole tag dictionary and classes,
            // which they never feed.
            bool third = selfTraining.Rule is AgreementRule.Outvoted or AgreementRule.Vote;
            var tagged = AutoTagged(corporaDirectory, selfTraining, labels, third, mode =>
            {
                var labeller = new PerceptronTrainer(labels, Options with { Seed = selfTraining.LabellerSeed, Epochs = selfTraining.LabellerEpochs, Mode = mode == 2 ? DecodingMode.Viterbi : DecodingMode.Greedy });
                var model = labeller.Train(GoldSequences(mode == 1), header, sections);
                log.WriteLine($"labeller {mode} trained ({clock.Elapsed.TotalSeconds:F0} s)");
                return model;
            });
            // Trial: DATELINE_POS_AUTO_NOVEL=N keeps only sentences with a word the gold data holds fewer than N times.
            int novel = int.TryParse(Environment.GetEnvironmentVariable("DATELINE_POS_AUTO_NOVEL"), out int n) ? n : 0;
            var selected = TaggedSentence.Select(tagged.Where(s => novel == 0 || s.Words.Any(w => counts.GetValueOrDefault(w)?.Sum() is not int c || c < novel)), selfTraining);
            foreach (var sentence in selected)
            {
                var features = new PosFeatures(dictionary, classes, clusters, lexicon, sentence.Words.Length);
                features.Reset(sentence.Words);
                var majority = sentence.Majority();
                bool[]? unknown = selfTraining.Rule == AgreementRule.Token ? sentence.Unknown() : null;
                if (novel > 0 && Environment.GetEnvironmentVariable("DATELINE_POS_AUTO_ONLYNOVEL") is { Length: > 0 })
                {
                    // Trial: learn only at the positions of words the gold data holds fewer than N times.
                    unknown = sentence.Words.Select((w, i) => unknown?[i] == true || (counts.GetValueOrDefault(w)?.Sum() ?? 0) >= novel).ToArray();
                }
                sequences.Add(new TrainingSequence(gate.Wrap(features), majority, unknown));
            }

            log.WriteLine($"self-training: {selected.Count:N0} of {tagged.Count:N0} tagged sentences, {selected.Sum(s => s.Words.Length):N0} words, {selected.Sum(s => s.Disagreements):N0} untrained positions ({clock.Elapsed.TotalSeconds:F0} s)");
        }

        var runs = seeds.Select(seed =>
        {
            gate.Open = true;
            var trainer = new PerceptronTrainer(labels, Options with { Seed = seed, Epochs = epochs })
            {
                EpochDone = (epoch, accuracy) =>
                {
                    gate.Open = epoch < autoEpochs;
                    log.WriteLine($"seed {seed} epoch {epoch}: train accuracy {accuracy:P2} ({clock.Elapsed.TotalSeconds:F0} s)");
                },
            };
            return trainer.Train(sequences, header, sections);
        }).ToArray();
        var trained = new SequenceModel(
            runs[0].Header with { Training = $"{runs[0].Header.Training}; weights averaged over seeds {string.Join(", ", seeds)}; classes and tag dictionary of training sentences jackknifed over {Folds} folds; {selfTraining.Describe()}" },
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

    /// <summary>
    /// Every usable unlabelled sentence tagged by a left-to-right and a right-to-left labeller
    /// (<paramref name="trainLabeller"/>(reversed)). DATELINE_POS_AUTO_CACHE names a file that keeps them between trial runs.
    /// </summary>
    private static List<TaggedSentence> AutoTagged(string corporaDirectory, SelfTrainingOptions options, LabelSet labels, bool third, Func<int, SequenceModel> trainLabeller)
    {
        string? cache = Environment.GetEnvironmentVariable("DATELINE_POS_AUTO_CACHE") is { Length: > 0 } file ? file : null;
        if (cache is not null && File.Exists(cache))
        {
            return TaggedSentence.Read(cache);
        }

        // Trial: DATELINE_POS_AUTO_DEVCHECK=1 tags EWT dev in place of the unlabelled text (the log then gives each
        // labeller's and the majority's dev accuracy).
        var devGold = Environment.GetEnvironmentVariable("DATELINE_POS_AUTO_DEVCHECK") is { Length: > 0 }
            ? Conllu.ReadGold(Path.Combine(corporaDirectory, EwtDev)).ToArray()
            : null;
        var sentences = devGold is not null ? devGold.Select(g => g.Forms).ToArray() : Environment.GetEnvironmentVariable("DATELINE_POS_AUTO_MAIL") is { Length: > 0 } datasets
            ? UnlabelledText.MailSentences(datasets, options.OrderSeed)
            : UnlabelledText.Sentences(corporaDirectory, options.OrderSeed);
        var left = PosModel.FromModel(trainLabeller(0)).CreateSession();
        var right = PosModel.FromModel(trainLabeller(1)).CreateSession();
        var global = third ? PosModel.FromModel(trainLabeller(2)) : null;
        var decoder = global is null ? null : new SequenceDecoder(global.Model);
        var tagged = new List<TaggedSentence>(sentences.Length);
        var tags = new Upos[sentences.Max(words => words.Length)];
        var lemmas = new string[tags.Length];
        foreach (var words in sentences)
        {
            int n = words.Length;
            left.Tag(words, tags.AsSpan(0, n), lemmas.AsSpan(0, n));
            var leftIds = tags.Take(n).Select(tag => labels.IdOf(tag.ToString())).ToArray();
            right.Tag(words.Reverse().ToArray(), tags.AsSpan(0, n), lemmas.AsSpan(0, n));
            var rightIds = tags.Take(n).Reverse().Select(tag => labels.IdOf(tag.ToString())).ToArray();
            int[]? thirdIds = null;
            if (decoder is not null)
            {
                var features = new PosFeatures(global!.Dictionary, global.Classes, global.Clusters, global.TagLexicon, n);
                features.Reset(words);
                thirdIds = new int[n];
                decoder.Viterbi(features, thirdIds);
            }

            tagged.Add(new TaggedSentence(words, leftIds, rightIds, thirdIds));
        }

        if (devGold is not null)
        {
            var gold = devGold.SelectMany(g => g.Upos.Select(labels.IdOf)).ToArray();
            double Accuracy(Func<TaggedSentence, int[]> pick) => (double)tagged.SelectMany(pick).Zip(gold).Count(p => p.First == p.Second) / gold.Length;
            Console.Error.WriteLine($"dev: left {Accuracy(t => t.Left):P2}, right {Accuracy(t => t.Right):P2}, third {Accuracy(t => t.Third ?? t.Left):P2}, majority {Accuracy(t => t.Majority()):P2}");
            var agreeing = tagged.SelectMany(t => t.Left.Zip(t.Right, (l, r) => l == r)).ToArray();
            var both = tagged.SelectMany(t => t.Left).Zip(gold).Where((_, i) => agreeing[i]).ToArray();
            Console.Error.WriteLine($"dev: left and right agree on {both.Length:N0} of {gold.Length:N0} words, right on {(double)both.Count(p => p.First == p.Second) / both.Length:P2} of them");
            return [];
        }

        if (cache is not null)
        {
            TaggedSentence.Write(cache, tagged);
        }

        return tagged;
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
