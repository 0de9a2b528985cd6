using System.CommandLine;
using Dateline.Training.Quotes;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval quotes DIR [--errors N] [--direct-only]</c>: PolNeAR attribution content P/R/F1 and source accuracy.</summary>
public static class EvalQuotesCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("dir") { Description = "A PolNeAR split folder holding text/ and attributions/ (metadata.tsv beside it)." };
        var errors = new Option<int>("--errors") { Description = "Print up to N missed, spurious and wrongly sourced attributions.", DefaultValueFactory = _ => 0 };
        var show = new Option<string?>("--show") { Description = "Print the system quotes of articles whose name contains this text." };
        var directOnly = new Option<bool>("--direct-only") { Description = "List only errors on direct quotes (gold direct content, or system attributions holding a direct quote)." };
        var command = new Command("quotes", "Quote attribution on PolNeAR: content found (char F1 ≥ 0.5) and source right.") { directory, errors, show, directOnly };
        command.SetAction(parsed =>
        {
            string dir = parsed.GetValue(directory)!;
            if (!Directory.Exists(Path.Combine(dir, "attributions")) || !Directory.Exists(Path.Combine(dir, "text")))
            {
                return context.Fail($"{dir} has no text/ and attributions/ folders");
            }

            var evaluation = QuoteEvaluation.Run(dir, parsed.GetValue(errors), parsed.GetValue(show), parsed.GetValue(directOnly));
            using var output = new StreamWriter(context.Stdout, leaveOpen: true);
            foreach (var error in evaluation.Shown.Concat(evaluation.Errors))
            {
                output.WriteLine(error);
            }

            output.WriteLine(evaluation.All.Describe("all"));
            output.WriteLine(evaluation.Direct.Describe("direct"));
            return ExitCodes.Success;
        });
        return command;
    }
}
