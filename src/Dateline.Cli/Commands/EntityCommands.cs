using System.CommandLine;
using Dateline.Entities.Recognition;
using Dateline.Learning;
using Dateline.Training.Entities;

namespace Dateline.Cli.Commands;

/// <summary>The entity recognizer's commands: <c>train ner</c>, <c>train gazetteers</c> and <c>eval ner</c>.</summary>
public static class EntityCommands
{
    public static Command TrainNer(CliContext context)
    {
        var (corpora, output) = TrainCommand.CommonOptions();
        var gum = new Option<string?>("--gum") { Description = "GUM train genres to add, comma-separated, or all / none (default: the recipe's)." };
        var gumOthers = new Option<GumOtherNames?>("--gum-others") { Description = "GUM names that are no person, organization or place: Outside, Demonyms, Unknown or Misc (default: the recipe's)." };
        var firstStageOnly = new Option<bool>("--first-stage-only") { Description = "Stop after the first stage's dev figures and write nothing (to screen data variants)." };
        var seed = new Option<ulong?>("--seed") { Description = "First-stage shuffle seed instead of the recipe's (to see how much a screening result depends on it)." };
        var secondStageSeed = new Option<ulong?>("--second-stage-seed") { Description = "Second-stage shuffle seed instead of the recipe's." };
        var gumInSecondStage = new Option<bool?>("--gum-in-second-stage") { Description = "Whether the second stage also learns from the GUM documents (default: the recipe's)." };
        var command = new Command("ner", "Train the entity tagger on CoNLL-2003 eng.train + UNER EWT train + GUM train (research use: Reuters text; non-commercial: GUM).")
        {
            corpora, output, gum, gumOthers, gumInSecondStage, firstStageOnly, seed, secondStageSeed,
        };
        command.SetAction(parsed =>
        {
            string corporaDirectory = parsed.GetValue(corpora)!;
            if (!File.Exists(Path.Combine(corporaDirectory, NerRecipe.ConllTrain)))
            {
                return context.Fail($"{Path.Combine(corporaDirectory, NerRecipe.ConllTrain)} not found (use --corpora)");
            }

            var data = NerRecipe.Shipped;
            if (parsed.GetValue(gum) is { } genres)
            {
                var chosen = genres switch
                {
                    "all" => GumEntities.AllGenres,
                    "none" => [],
                    _ => genres.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                };
                if (chosen.FirstOrDefault(g => !GumEntities.AllGenres.Contains(g)) is { } unknown)
                {
                    return context.Fail($"unknown GUM genre {unknown} (known: {string.Join(", ", GumEntities.AllGenres)})");
                }

                data = data with { GumGenres = chosen };
            }

            if (parsed.GetValue(gumOthers) is { } others)
            {
                data = data with { GumOthers = others };
            }

            if (parsed.GetValue(gumInSecondStage) is { } inSecondStage)
            {
                data = data with { GumInSecondStage = inSecondStage };
            }

            NerRecipe.Train(corporaDirectory, parsed.GetValue(output)!, context.Stderr, data, parsed.GetValue(firstStageOnly), parsed.GetValue(seed), parsed.GetValue(secondStageSeed));
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command TrainGazetteers(CliContext context)
    {
        var (corpora, _) = TrainCommand.CommonOptions();
        var output = new Option<string>("--out") { Description = "Folder to write the lists to.", DefaultValueFactory = _ => "data/gazetteers" };
        var command = new Command("gazetteers", "Derive the gazetteer lists from GeoNames, mledoze/countries, CountryInfo and the Phoenix actor dictionaries.") { corpora, output };
        command.SetAction(parsed =>
        {
            string corporaDirectory = parsed.GetValue(corpora)!;
            if (!Directory.Exists(Path.Combine(corporaDirectory, "gazetteers")))
            {
                return context.Fail($"{Path.Combine(corporaDirectory, "gazetteers")} not found (use --corpora)");
            }

            foreach (var (category, count) in new GazetteerBuilder(corporaDirectory).Build(parsed.GetValue(output)!))
            {
                context.Stderr.WriteLine($"{category}: {count:N0} names");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command EvalNer(CliContext context)
    {
        var gold = new Argument<string>("gold") { Description = "Gold file: CoNLL-2003 (IOB1 or IOB2) or UNER IOB2." };
        var model = new Option<string?>("--model") { Description = "Model file to evaluate instead of the shipped one." };
        var types = new Option<string?>("--types") { Description = "Comma-separated types to score (others count as O), e.g. PER,ORG,LOC for UNER." };
        var writeGold = new Option<string?>("--write-gold") { Description = "Also write the gold as read (tab-separated index, word, IOB2 tag), e.g. to inspect a converted GUM file." };
        var command = new Command("ner", "Entity precision, recall and F1 per type (conlleval-style) against gold IOB data, or GUM CoNLL-U (.conllu, Entity= mentions converted as the NER recipe does).")
        {
            gold, model, types, writeGold,
        };
        command.SetAction(parsed =>
        {
            string path = parsed.GetValue(gold)!;
            if (!File.Exists(path))
            {
                return context.Fail($"{path} not found");
            }

            var sequenceModel = parsed.GetValue(model) is { } modelPath ? ModelFormat.Read(modelPath) : EntityTagger.ShippedModel;
            var documents = path.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase)
                ? GumEntities.Read(path, NerRecipe.DevConversion(NerRecipe.Shipped.GumOthers))
                : NerCorpus.Read(path);
            if (parsed.GetValue(writeGold) is { } goldOut)
            {
                WriteGold(documents, goldOut);
            }

            var kept = parsed.GetValue(types)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal)
                ?? DefaultTypes(documents);
            var score = new NerTrainer(Dateline.Entities.Gazetteers.Gazetteer.Default)
                .Evaluate(sequenceModel, documents, kept is null ? null : type => kept.Contains(type) ? type : "O");
            using var output = new StreamWriter(context.Stdout, leaveOpen: true) { NewLine = "\n" };
            output.Write(score.Report());
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteGold(List<NerDocument> documents, string path)
    {
        using var writer = new StreamWriter(path) { NewLine = "\n" };
        foreach (var document in documents)
        {
            document.Preamble.ForEach(writer.WriteLine);
            foreach (var sentence in document.Sentences)
            {
                for (int i = 0; i < sentence.Words.Length; i++)
                {
                    writer.WriteLine($"{i + 1}\t{sentence.Words[i]}\t{sentence.Tags[i]}");
                }

                writer.WriteLine();
            }
        }
    }

    /// <summary>Score only the types the gold file uses (UNER has no MISC), or all when it uses MISC.</summary>
    private static HashSet<string>? DefaultTypes(List<NerDocument> documents)
    {
        var used = documents.SelectMany(d => d.Sentences).SelectMany(s => s.Tags).Where(t => t.Length > 2).Select(t => t[2..]).ToHashSet(StringComparer.Ordinal);
        return used.Contains("MISC") ? null : used;
    }
}
