using System.CommandLine;
using Dateline.Learning;
using Dateline.Tagging;
using Dateline.Training.Corpora;
using Dateline.Training.Tagging;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval pos GOLD.conllu [--model FILE] [--confusions N]</c>: UPOS and lemma accuracy with gold tokens.</summary>
public static class EvalPosCommand
{
    public static Command Create(CliContext context)
    {
        var gold = new Argument<string>("gold") { Description = "Gold CoNLL-U file (e.g. UD English EWT dev)." };
        var model = new Option<string?>("--model") { Description = "Model file to evaluate instead of the shipped one." };
        var confusions = new Option<int>("--confusions") { Description = "Also print the N most frequent UPOS confusions (gold → predicted).", DefaultValueFactory = _ => 0 };
        var command = new Command("pos", "UPOS and lemma accuracy against gold CoNLL-U, on the gold tokens.") { gold, model, confusions };
        command.SetAction(parsed =>
        {
            string path = parsed.GetValue(gold)!;
            if (!File.Exists(path))
            {
                return context.Fail($"{path} not found");
            }

            var posModel = parsed.GetValue(model) is { } modelPath ? PosModel.FromModel(ModelFormat.Read(modelPath)) : PosModel.Shipped;
            var sentences = Conllu.ReadGold(path).ToArray();
            var score = PosEvaluator.Evaluate(posModel, sentences);
            using var output = new StreamWriter(context.Stdout, leaveOpen: true) { NewLine = "\n" };
            output.WriteLine($"words {score.Words}");
            output.WriteLine($"UPOS accuracy {score.UposAccuracy:F2}");
            output.WriteLine($"lemma accuracy {score.LemmaAccuracy:F2}");
            int shown = parsed.GetValue(confusions);
            foreach (var (pair, count) in shown > 0 ? PosEvaluator.Confusions(posModel, sentences).Take(shown) : [])
            {
                output.WriteLine($"{count}\t{pair}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
