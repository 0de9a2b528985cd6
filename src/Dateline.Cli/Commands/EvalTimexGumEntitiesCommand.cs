using System.CommandLine;
using Dateline.Documents;
using Dateline.Time;
using Dateline.Training.Time;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline eval timex-gum-entities CONLLU [--examples N]</c>: the time layer on GUM's gold-tokenised sentences
/// against GUM's <c>time</c> mentions (noun phrases, not TIMEX3 extents), listing mentions no timex touches and
/// timexes that touch no mention, grouped by head word: which kinds of expression the layer misses or invents.
/// </summary>
public static class EvalTimexGumEntitiesCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("conllu") { Description = "A GUM CoNLL-U file (develop on en_gum-ud-train.conllu)." };
        var examples = new Option<int>("--examples") { Description = "Examples listed per head word.", DefaultValueFactory = _ => 3 };
        var context = new Option<int>("--context") { Description = "Characters of text shown either side of each example." };
        var summary = new Option<bool>("--summary") { Description = "Print only the summary line." };
        var command = new Command("timex-gum-entities", "Time mentions of GUM Entity= brackets that no timex touches, and timexes touching none.") { file, examples, context, summary };
        command.SetAction(parsed =>
        {
            string path = parsed.GetValue(file)!;
            if (!File.Exists(path))
            {
                return cli.Fail("file not found: " + path);
            }

            var recognizer = new TimexRecognizer();
            var prepare = TimeMlCommand.TaggingSteps();
            var report = new GumTimeMentionReport { ExamplesPerHead = parsed.GetValue(examples), Context = parsed.GetValue(context) };
            using (var reader = new StreamReader(path))
            {
                foreach (var gum in GumTimeMentions.Read(reader))
                {
                    var info = new ArticleInfo { Date = gum.Created, DateSource = gum.Created is null ? DateSource.None : DateSource.Header };
                    var document = prepare(new Document(gum.Id, gum.Text, info, new TextSpan(0, gum.Text.Length)));
                    var timexes = recognizer.Process(document).Get<TimexLayer>().Timexes;
                    report.Add(gum, timexes.Select(t => (t.Span.Start, t.Span.End)).ToArray());
                }
            }

            using var writer = new StreamWriter(cli.Stdout, leaveOpen: true);
            if (parsed.GetValue(summary))
            {
                writer.WriteLine(report.Summary());
            }
            else
            {
                report.Write(writer);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
