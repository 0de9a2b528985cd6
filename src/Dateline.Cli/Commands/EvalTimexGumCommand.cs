using System.CommandLine;
using Dateline.Documents;
using Dateline.Time;
using Dateline.Training.Time;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline eval timex-gum GUM_XML_DIR [--errors]</c>: a second development source for the time layer that
/// is not TimeML: recall of GUM's marked dates and agreement of their values, each document dated by its page date.
/// </summary>
public static class EvalTimexGumCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("directory") { Description = "Directory of GUM source XML files (gum_src/xml)." };
        var errors = new Option<bool>("--errors") { Description = "List every missed, cut or valued-differently date." };
        var command = new Command("timex-gum", "Recall and value agreement of the dates marked in GUM source XML.") { directory, errors };
        command.SetAction(parsed =>
        {
            string root = parsed.GetValue(directory)!;
            if (!Directory.Exists(root))
            {
                return context.Fail("directory not found: " + root);
            }

            var recognizer = new TimexRecognizer();
            var prepare = TimeMlCommand.TaggingSteps();
            var differences = parsed.GetValue(errors) ? new List<GumDateDifference>() : null;
            var total = new GumDateScores(0, 0, 0, 0, 0, 0);
            foreach (string path in Directory.EnumerateFiles(root, "*.xml").Order(StringComparer.Ordinal))
            {
                var file = GumDateFile.Parse(File.ReadAllText(path));
                string name = Path.GetFileNameWithoutExtension(path);
                var info = new ArticleInfo { Date = file.Created, DateSource = DateSource.Header };
                var document = prepare(new Document(name, file.Plain, info, new TextSpan(0, file.Plain.Length)));
                total += GumDateEvaluation.Compare(file, recognizer.Process(document).Get<TimexLayer>().Timexes, name, differences);
            }

            using var writer = new StreamWriter(context.Stdout, leaveOpen: true);
            foreach (var d in differences ?? [])
            {
                writer.WriteLine($"{d.File}\t{d.Kind}\t{d.GoldText.ReplaceLineEndings(" ")}\tgold={d.GoldValue}\tsys={d.SystemText.ReplaceLineEndings(" ")}\t{d.SystemValue}");
            }

            writer.WriteLine(total.Format());
            return ExitCodes.Success;
        });
        return command;
    }
}
