using System.CommandLine;
using Dateline.Training.Events;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline train …</c>: builds models and data files from the corpora in ../shared.</summary>
public static class TrainCommand
{
    public static Command Create(CliContext context) => new("train", "Build models and data files from corpora.")
    {
        Dictionaries(context),
    };

    private static Command Dictionaries(CliContext context)
    {
        var petrarch = new Option<string>("--petrarch") { Description = "PETRARCH2 dictionaries directory.", DefaultValueFactory = _ => "../shared/corpora/events/petrarch2/petrarch2/data/dictionaries" };
        var geonames = new Option<string>("--geonames") { Description = "GeoNames directory (cities15000.txt, countryInfo.tsv).", DefaultValueFactory = _ => "../shared/corpora/gazetteers/geonames" };
        var output = new Option<string>("--out") { Description = "Output directory.", DefaultValueFactory = _ => "data/events" };
        var command = new Command("dictionaries", "Convert the PETRARCH2/Phoenix dictionaries and GeoNames places into data/events/.") { petrarch, geonames, output };
        command.SetAction(parsed =>
        {
            string source = parsed.GetValue(petrarch)!;
            if (!Directory.Exists(source))
            {
                return context.Fail($"{source} not found (it lives in ../shared/corpora)");
            }

            context.Stderr.WriteLine(EventDataBuilder.Build(source, parsed.GetValue(geonames)!, parsed.GetValue(output)!));
            return ExitCodes.Success;
        });
        return command;
    }
}
