using System.CommandLine;
using System.Globalization;
using Dateline.Training.Time;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval timex GOLD_DIR SYS_DIR [--errors]</c>: TempEval-3 style extent, type and value scores.</summary>
public static class EvalTimexCommand
{
    public static Command Create(CliContext context)
    {
        var gold = new Argument<string>("gold") { Description = "Directory of gold TimeML files." };
        var system = new Argument<string>("system") { Description = "Directory of system TimeML files with the same names." };
        var errors = new Option<bool>("--errors") { Description = "List every disagreement." };
        var command = new Command("timex", "Strict and relaxed P/R/F1, type and value accuracy, value F1 for TIMEX3.") { gold, system, errors };
        command.SetAction(parsed =>
        {
            string goldDirectory = parsed.GetValue(gold)!, systemDirectory = parsed.GetValue(system)!;
            if (!Directory.Exists(goldDirectory) || !Directory.Exists(systemDirectory))
            {
                return context.Fail("gold and system must be directories");
            }

            var differences = parsed.GetValue(errors) ? new List<TimexDifference>() : null;
            var scores = TimexEvaluation.CompareDirectories(goldDirectory, systemDirectory, differences);
            using var writer = new StreamWriter(context.Stdout, leaveOpen: true);
            foreach (var d in differences ?? [])
            {
                writer.WriteLine($"{d.File}\t{d.Text.ReplaceLineEndings(" ")}\tgold={Describe(d.Gold)}\tsys={Describe(d.System)}");
            }

            writer.WriteLine(Format(scores));
            return ExitCodes.Success;
        });
        return command;
    }

    public static string Format(TimexScores s) => string.Create(
        CultureInfo.InvariantCulture,
        $"""
        gold {s.Gold}  system {s.System}
        strict   P {s.StrictPrecision:0.000}  R {s.StrictRecall:0.000}  F1 {s.StrictF1:0.000}
        relaxed  P {s.RelaxedPrecision:0.000}  R {s.RelaxedRecall:0.000}  F1 {s.RelaxedF1:0.000}
        type accuracy {s.TypeAccuracy:0.000}  value accuracy {s.ValueAccuracy:0.000}  value F1 {s.ValueF1:0.000}
        """);

    private static string Describe(TimeMlTimex? timex) => timex is null ? "-" : $"{timex.Type}:{timex.Value}";
}
