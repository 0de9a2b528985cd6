using System.CommandLine;
using System.Text;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline tag --in FORMAT</c> (stdin → stdout) per CONTRACT.md; one tagger per input format.</summary>
public static class TagCommand
{
    /// <summary>Input format → tagger reading stdin and writing stdout. Add a format with one entry here.</summary>
    private static readonly Dictionary<string, Func<TextReader, TextWriter, int>> Taggers = new(StringComparer.Ordinal)
    {
        ["conllu"] = ConlluTagging.Run,
        ["conll"] = ConllNerTagging.Run,
    };

    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--in") { Description = "Input format: " + string.Join(", ", Taggers.Keys), Required = true };
        format.AcceptOnlyFromAmong([.. Taggers.Keys]);
        var command = new Command("tag", "Tag tokenized text from stdin, writing the same format with tags filled in to stdout.") { format };
        command.SetAction(parsed =>
        {
            using var input = new StreamReader(context.OpenStdin(), Encoding.UTF8);
            using var output = new StreamWriter(context.Stdout, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
            int exit = Taggers[parsed.GetValue(format)!](input, output);
            output.Flush();
            return exit;
        });
        return command;
    }
}
