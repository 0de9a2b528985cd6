using System.CommandLine;
using Dateline.Training.Quotes;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline train quote-cue-model</c>: the attribution-cue classifier from PolNeAR train → <c>models/quote-cues.dlm</c>.</summary>
public static class TrainQuoteCueModelCommand
{
    public static Command Create(CliContext context)
    {
        var (corpora, output) = TrainCommand.CommonOptions();
        var command = new Command("quote-cue-model", "Train the attribution-cue classifier on PolNeAR train into models/quote-cues.dlm.") { corpora, output };
        command.SetAction(parsed =>
        {
            string corporaDirectory = parsed.GetValue(corpora)!;
            if (!Directory.Exists(Path.Combine(corporaDirectory, QuoteCueTrainer.TrainSplit, "attributions")))
            {
                return context.Fail($"{Path.Combine(corporaDirectory, QuoteCueTrainer.TrainSplit)} not found (use --corpora)");
            }

            QuoteCueTrainer.Train(corporaDirectory, parsed.GetValue(output)!, context.Stderr);
            return ExitCodes.Success;
        });
        return command;
    }
}
