using System.CommandLine;
using Dateline.Training.Tagging;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline train …</c>: reproduce the shipped models from the gold corpora. One subcommand per model.</summary>
public static class TrainCommand
{
    public const string DefaultCorpora = "../shared/corpora";
    public const string DefaultOut = "models";

    public static Command Create(CliContext context) => new("train", "Train a shipped model from the gold corpora.")
    {
        Pos(context),
        TrainDictionariesCommand.Create(context),
        EntityCommands.TrainNer(context),
        EntityCommands.TrainGazetteers(context),
        TrainClustersCommand.Create(context),
        TrainQuoteCuesCommand.Create(context),
        TrainQuoteCueModelCommand.Create(context),
    };

    /// <summary>The options every <c>train</c> subcommand takes.</summary>
    public static (Option<string> Corpora, Option<string> Out) CommonOptions() => (
        new Option<string>("--corpora") { Description = "Folder laid out as ../shared/corpora.", DefaultValueFactory = _ => DefaultCorpora },
        new Option<string>("--out") { Description = "Folder to write the model file to.", DefaultValueFactory = _ => DefaultOut });

    private static Command Pos(CliContext context)
    {
        var (corpora, output) = CommonOptions();
        var command = new Command("pos", "Train the UPOS tagger and lemmatizer on UD English EWT + GUM train.") { corpora, output };
        command.SetAction(parsed =>
        {
            string corporaDirectory = parsed.GetValue(corpora)!;
            if (!File.Exists(Path.Combine(corporaDirectory, PosTrainer.EwtTrain)))
            {
                return context.Fail($"{Path.Combine(corporaDirectory, PosTrainer.EwtTrain)} not found (use --corpora)");
            }

            // Quicker trial runs: DATELINE_POS_SEEDS (comma-separated) and DATELINE_POS_EPOCHS override the shipped recipe.
            var seeds = Environment.GetEnvironmentVariable("DATELINE_POS_SEEDS") is { Length: > 0 } seedList
                ? seedList.Split(",").Select(seed => ulong.Parse(seed, System.Globalization.CultureInfo.InvariantCulture)).ToArray()
                : PosTrainer.Seeds;
            int epochs = int.TryParse(Environment.GetEnvironmentVariable("DATELINE_POS_EPOCHS"), System.Globalization.CultureInfo.InvariantCulture, out int e) ? e : PosTrainer.Options.Epochs;
            PosTrainer.Train(corporaDirectory, parsed.GetValue(output)!, context.Stderr, seeds, epochs);
            return ExitCodes.Success;
        });
        return command;
    }
}
