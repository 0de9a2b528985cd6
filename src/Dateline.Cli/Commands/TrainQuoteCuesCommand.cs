using System.CommandLine;
using Dateline.Training.Quotes;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline train quote-cues</c>: cue words learned from PolNeAR train → <c>data/quotes/learned-cues.txt</c>.</summary>
public static class TrainQuoteCuesCommand
{
    private const string TrainSplit = "quotes/polnear/data/train";

    public static Command Create(CliContext context)
    {
        var corpora = new Option<string>("--corpora") { Description = "Folder laid out as ../shared/corpora.", DefaultValueFactory = _ => TrainCommand.DefaultCorpora };
        var curated = new Option<string>("--curated") { Description = "The curated cue list whose words are left out.", DefaultValueFactory = _ => "data/quotes/cues.txt" };
        var output = new Option<string>("--out") { Description = "Lexicon file to write.", DefaultValueFactory = _ => "data/quotes/learned-cues.txt" };
        var command = new Command("quote-cues", "Learn quote cue words from PolNeAR train into data/quotes/learned-cues.txt.") { corpora, curated, output };
        command.SetAction(parsed =>
        {
            string train = Path.Combine(parsed.GetValue(corpora)!, TrainSplit);
            if (!Directory.Exists(Path.Combine(train, "attributions")))
            {
                return context.Fail($"{train} not found (use --corpora)");
            }

            context.Stderr.WriteLine(QuoteCueLexiconBuilder.Build(train, parsed.GetValue(curated)!, parsed.GetValue(output)!));
            return ExitCodes.Success;
        });
        return command;
    }
}
