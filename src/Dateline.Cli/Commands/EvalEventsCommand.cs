using System.CommandLine;
using Dateline.Training.Events;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval events</c>: PETRARCH2's unit-test records through the event coder.</summary>
public static class EvalEventsCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Option<string>("--petrarch") { Description = "PETRARCH2 data directory (dictionaries/, text/).", DefaultValueFactory = _ => "../shared/corpora/events/petrarch2/petrarch2/data" };
        var verbose = new Option<bool>("--failures") { Description = "List the records that failed." };
        var annotations = new Option<string>("--annotations") { Description = "pipeline (tokenizer + POS tagger), tokens (tokenizer only) or scanner (the coder's own word scanner).", DefaultValueFactory = _ => "pipeline" };
        annotations.AcceptOnlyFromAmong("pipeline", "tokens", "scanner");
        var command = new Command("events", "Run the PETRARCH2 unit-test records through the event coder.") { directory, verbose, annotations };
        command.SetAction(parsed =>
        {
            string data = parsed.GetValue(directory)!;
            string records = Path.Combine(data, "text", "PETR.UnitTest.records.xml");
            if (!File.Exists(records))
            {
                return context.Fail($"{records} not found (it lives in ../shared/corpora)");
            }

            string dictionaries = Path.Combine(data, "dictionaries");
            var lexicon = PetrarchDictionaryReader.Read(
                Path.Combine(dictionaries, "PETR.Validate.verbs.txt"),
                [Path.Combine(dictionaries, "PETR.Validate.actors.txt")],
                Path.Combine(dictionaries, "PETR.Validate.agents.txt"),
                Path.Combine(dictionaries, "PETR.Validate.discards.txt"));
            string mode = parsed.GetValue(annotations)!;
            var coder = mode == "scanner" ? null : PetrarchUnitTests.PipelineCoder(lexicon, withPos: mode == "pipeline");
            var score = PetrarchUnitTests.Run(lexicon, PetrarchUnitTests.ReadRecords(records), coder);
            using var output = new StreamWriter(context.Stdout, leaveOpen: true);
            if (parsed.GetValue(verbose))
            {
                foreach (var failure in score.Failures)
                {
                    output.WriteLine(failure);
                }
            }

            output.WriteLine($"PETRARCH2 unit-test records ({mode}): {score.Passed}/{score.Records} passed ({score.PassRate:P1}), {score.Skipped} error records skipped");
            output.WriteLine($"codings: expected {score.Expected}, produced {score.Produced}, correct {score.Correct}; precision {score.Precision:P1}, recall {score.Recall:P1}");
            return ExitCodes.Success;
        });
        return command;
    }
}
