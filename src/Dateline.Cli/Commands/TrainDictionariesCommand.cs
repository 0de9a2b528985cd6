using System.CommandLine;
using Dateline.Training.Events;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline train dictionaries</c>: PETRARCH2/Phoenix dictionaries and GeoNames places → <c>data/events/</c>.</summary>
public static class TrainDictionariesCommand
{
    public static Command Create(CliContext context)
    {
        var corpora = new Option<string>("--corpora") { Description = "Folder laid out as ../shared/corpora.", DefaultValueFactory = _ => TrainCommand.DefaultCorpora };
        var output = new Option<string>("--out") { Description = "Output directory.", DefaultValueFactory = _ => "data/events" };
        var command = new Command("dictionaries", "Convert the PETRARCH2/Phoenix dictionaries and GeoNames places into data/events/.") { corpora, output };
        command.SetAction(parsed =>
        {
            string root = parsed.GetValue(corpora)!;
            string petrarch = Path.Combine(root, "events/petrarch2/petrarch2/data/dictionaries");
            if (!Directory.Exists(petrarch))
            {
                return context.Fail($"{petrarch} not found (use --corpora)");
            }

            context.Stderr.WriteLine(EventDataBuilder.Build(petrarch, Path.Combine(root, "gazetteers/geonames"), parsed.GetValue(output)!));
            return ExitCodes.Success;
        });
        return command;
    }
}
