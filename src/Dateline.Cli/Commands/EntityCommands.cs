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
        var command = new Command("ner", "Train the entity tagger on CoNLL-2003 eng.train + UNER EWT train (research use: Reuters text).") { corpora, output };
        command.SetAction(parsed =>
        {
            string corporaDirectory = parsed.GetValue(corpora)!;
            if (!File.Exists(Path.Combine(corporaDirectory, NerRecipe.ConllTrain)))
            {
                return context.Fail($"{Path.Combine(corporaDirectory, NerRecipe.ConllTrain)} not found (use --corpora)");
            }

            NerRecipe.Train(corporaDirectory, parsed.GetValue(output)!, context.Stderr);
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
        var command = new Command("ner", "Entity precision, recall and F1 per type (conlleval-style) against gold IOB data.") { gold, model, types };
        command.SetAction(parsed =>
        {
            string path = parsed.GetValue(gold)!;
            if (!File.Exists(path))
            {
                return context.Fail($"{path} not found");
            }

            var sequenceModel = parsed.GetValue(model) is { } modelPath ? ModelFormat.Read(modelPath) : EntityTagger.ShippedModel;
            var documents = NerCorpus.Read(path);
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

    /// <summary>Score only the types the gold file uses (UNER has no MISC), or all when it uses MISC.</summary>
    private static HashSet<string>? DefaultTypes(List<NerDocument> documents)
    {
        var used = documents.SelectMany(d => d.Sentences).SelectMany(s => s.Tags).Where(t => t.Length > 2).Select(t => t[2..]).ToHashSet(StringComparer.Ordinal);
        return used.Contains("MISC") ? null : used;
    }
}
