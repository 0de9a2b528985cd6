using System.CommandLine;
using Dateline.Training.Cleaning;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval clean FILE...</c>: cleaner false positives per 10,000 words on clean CoNLL-U / CoNLL-2003 text.</summary>
public static class EvalCleanCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "CoNLL-U (.conllu) or CoNLL-2003 files of clean text." };
        var command = new Command("clean", "Run the cleaner over clean text; every repair, caption or source line it reports is listed.") { files };
        command.SetAction(parsed =>
        {
            var paths = parsed.GetValue(files)!;
            if (paths.FirstOrDefault(p => !File.Exists(p)) is { } missing)
            {
                return context.Fail($"no such file: {missing}");
            }

            using var output = new StreamWriter(context.Stdout, leaveOpen: true);
            CleanEvaluation.Report(output, paths.Select(CleanEvaluation.Evaluate));
            return ExitCodes.Success;
        });
        return command;
    }
}
