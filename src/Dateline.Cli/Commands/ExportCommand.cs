using System.CommandLine;
using System.Text;
using System.Text.Json;
using Dateline.Documents;
using Dateline.Output;
using Dateline.Pipeline;
using Dateline.Reading;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline export --format gdelt|jsonl FILE...</c>: analyse articles and write GDELT 2.0 event rows or contract records.</summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new ArticleInputOptions();
        var format = new Option<string>("--format") { Description = "gdelt (GDELT 2.0 event table rows) or jsonl (contract records).", DefaultValueFactory = _ => "gdelt" };
        format.AcceptOnlyFromAmong("gdelt", "jsonl");
        var command = new Command("export", "Analyse articles and export their events as GDELT 2.0 rows or their records as JSONL.") { inputs.Files, inputs.Date, format };
        command.SetAction(parsed =>
        {
            if (!inputs.TryGetFallbackDate(parsed, context, out var fallback))
            {
                return ExitCodes.Usage;
            }

            return Run(context, parsed.GetValue(inputs.Files)!, fallback, parsed.GetValue(format) == "gdelt");
        });
        return command;
    }

    private static int Run(CliContext context, string[] inputs, DateOnly? fallbackDate, bool gdelt)
    {
        var pipeline = DefaultPipeline.Create();
        pipeline.Preload();
        var reader = new ArticleReader(fallbackDate, context.OpenStdin);
        var output = new StreamWriter(context.Stdout, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        long nextId = 1;
        bool anyFailed = false;
        var analysed = inputs
            .SelectMany(reader.Read)
            .AsParallel()
            .AsOrdered()
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(read => (read, Result: read.Document is { } document ? TryRun(pipeline, document, context.Memory) : (null, read.Error)));
        foreach (var (read, (document, error)) in analysed)
        {
            if (document is null)
            {
                anyFailed = true;
                context.Stderr.WriteLine($"dateline: {read.Id}: {error ?? "analysis failed"}");
                continue;
            }

            if (gdelt)
            {
                GdeltWriter.Write(output, document, ref nextId);
                continue;
            }

            output.Flush();
            using (var json = new Utf8JsonWriter(context.Stdout, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                RecordWriter.Write(json, document, withTokens: false);
            }

            output.Write('\n');
        }

        output.Flush();
        return anyFailed ? ExitCodes.SomeInputFailed : ExitCodes.Success;
    }

    private static (Document? Document, string? Error) TryRun(AnalysisPipeline pipeline, Document document, MemoryGate memory)
    {
        if (memory.Refusal(document.Raw.Length) is { } refusal)
        {
            return (null, refusal);
        }

        using var admission = memory.Enter(MemoryGate.PeakOf(document.Raw.Length));
        try
        {
            return (pipeline.Run(document), null);
        }
#pragma warning disable CA1031 // One article's failure must not cost the rest of the batch.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (null, $"analysis failed: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}");
        }
    }
}
