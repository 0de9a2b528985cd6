using System.CommandLine;
using Dateline.Cleaning;
using Dateline.Documents;
using Dateline.Pipeline;
using Dateline.Tagging;
using Dateline.Text;
using Dateline.Time;
using Dateline.Training.Time;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline timeml FILE... --out DIR</c>: TIMEX3 inserted into TempEval-3 input files.</summary>
public static class TimeMlCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "TimeML files (<DCT> and <TEXT>)." };
        var output = new Option<string>("--out") { Description = "Directory for the annotated files.", Required = true };
        var noPos = new Option<bool>("--no-pos") { Description = "Skip the tokenizer and POS tagger: tense from word lists only." };
        var command = new Command("timeml", "Annotate TimeML files with the time expressions found in their TEXT.") { files, output, noPos };
        command.SetAction(parsed => Run(context, parsed.GetValue(files)!, parsed.GetValue(output)!, !parsed.GetValue(noPos)));
        return command;
    }

    /// <summary>Cleaner, tokenizer and POS tagger: what the recognizer reads tense from.</summary>
    internal static Func<Document, Document> TaggingSteps()
    {
        var steps = new IComponent[] { new Cleaner(), new TokenizerComponent(), new PosTagger() };
        return document => steps.Aggregate(document, (d, step) => step.Process(d));
    }

    private static int Run(CliContext context, string[] inputs, string outputDirectory, bool withPos)
    {
        Directory.CreateDirectory(outputDirectory);
        var recognizer = new TimexRecognizer();
        var prepare = withPos ? TaggingSteps() : null;

        bool anyFailed = false;
        foreach (string input in inputs)
        {
            try
            {
                var file = TimeMlFile.Parse(File.ReadAllText(input));
                var timexes = file.Recognize(recognizer, input, prepare);
                File.WriteAllText(Path.Combine(outputDirectory, Path.GetFileName(input)), file.Write(timexes));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                anyFailed = true;
                context.Stderr.WriteLine($"dateline: {input}: {e.Message.ReplaceLineEndings(" ")}");
            }
        }

        return anyFailed ? ExitCodes.SomeInputFailed : ExitCodes.Success;
    }
}
