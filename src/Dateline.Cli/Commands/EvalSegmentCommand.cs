using System.CommandLine;
using Dateline.Training.Evaluation;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval segment GOLD.conllu [--errors N]</c>: token and sentence P/R/F1 by exact span.</summary>
public static class EvalSegmentCommand
{
    public static Command Create(CliContext context)
    {
        var gold = new Argument<string>("gold") { Description = "Gold CoNLL-U file (# text lines, # newpar/# newdoc)." };
        var errors = new Option<int>("--errors") { Description = "Print up to N mismatched tokens and words (and 2N sentences)." };
        var command = new Command("segment", "Score the tokenizer and sentence splitter on a CoNLL-U file.") { gold, errors };
        command.SetAction(parsed =>
        {
            string path = parsed.GetValue(gold)!;
            if (!File.Exists(path))
            {
                return context.Fail($"{path}: no such file");
            }

            SegmentationGold goldData;
            using (var reader = new StreamReader(path))
            {
                goldData = SegmentationGold.Read(reader);
            }

            var scores = SegmentationEvaluation.Evaluate(goldData, Math.Max(0, parsed.GetValue(errors)));
            using var output = new StreamWriter(context.Stdout, leaveOpen: true);
            output.WriteLine($"segment: {path}");
            output.WriteLine($"  tokens     {scores.Tokens}");
            output.WriteLine($"  words      {scores.Words}");
            output.WriteLine($"  sentences  {scores.Sentences}");
            if (scores.UnalignedGoldTokens > 0)
            {
                output.WriteLine($"  note: {scores.UnalignedGoldTokens} gold tokens did not match their # text line and were skipped");
            }

            foreach (string error in scores.Errors)
            {
                output.WriteLine($"  {error}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
