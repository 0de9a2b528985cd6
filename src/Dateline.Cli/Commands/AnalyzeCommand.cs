using System.CommandLine;
using System.Text.Json;
using Dateline.Documents;
using Dateline.Output;
using Dateline.Pipeline;
using Dateline.Reading;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline analyze FILE... [--date] [--format] [--tokens]</c> per CONTRACT.md.</summary>
public static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new ArticleInputOptions();
        var format = new Option<string>("--format") { Description = "json, jsonl or summary.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl", "summary");
        var tokens = new Option<bool>("--tokens") { Description = "Include tokens with UPOS and lemma." };
        var command = new Command("analyze", "Analyse articles and print one JSON record per article.") { inputs.Files, inputs.Date, format, tokens };
        command.SetAction(parsed =>
        {
            if (!inputs.TryGetFallbackDate(parsed, context, out var fallback))
            {
                return ExitCodes.Usage;
            }

            var options = new AnalyzeOptions(parsed.GetValue(format)!, parsed.GetValue(tokens));
            return Run(context, parsed.GetValue(inputs.Files)!, fallback, options);
        });
        return command;
    }

    public sealed record AnalyzeOptions(string Format, bool WithTokens);

    private sealed record Outcome(string Id, ChunkedBuffer? Record, string? Error);

    private static int Run(CliContext context, string[] inputs, DateOnly? fallbackDate, AnalyzeOptions options)
    {
        var pipeline = DefaultPipeline.Create();
        pipeline.Preload();
        var reader = new ArticleReader(fallbackDate, context.OpenStdin);
        var outcomes = inputs
            .SelectMany(reader.Read)
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Environment.ProcessorCount)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(read => Analyze(pipeline, read, options, context.Memory));

        var output = new RecordOutput(context.Stdout, options.Format == "json");
        bool anyFailed = false;
        foreach (var outcome in outcomes)
        {
            if (outcome.Error is not null)
            {
                anyFailed = true;
                context.Stderr.WriteLine($"dateline: {outcome.Id}: {outcome.Error}");
            }
            else
            {
                output.Add(outcome.Record!);
            }
        }

        output.Finish();
        return anyFailed ? ExitCodes.SomeInputFailed : ExitCodes.Success;
    }

    private static Outcome Analyze(AnalysisPipeline pipeline, ReadResult read, AnalyzeOptions options, MemoryGate memory)
    {
        if (read.Document is null)
        {
            return new Outcome(read.Id, null, read.Error);
        }

        if (memory.Refusal(read.Document.Raw.Length) is { } refusal)
        {
            return new Outcome(read.Id, null, refusal);
        }

        ChunkedBuffer? buffer = null;
        using var admission = memory.Enter(MemoryGate.PeakOf(read.Document.Raw.Length));
        try
        {
            Document analysed = pipeline.Run(read.Document);
            buffer = new ChunkedBuffer();
            if (options.Format == "summary")
            {
                SummaryWriter.Write(buffer, analysed);
            }
            else
            {
                using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = options.Format == "json", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
                RecordWriter.Write(json, analysed, options.WithTokens);
            }

            return new Outcome(read.Id, buffer, null);
        }
#pragma warning disable CA1031 // One article's failure must not cost the rest of the batch.
        catch (Exception e)
#pragma warning restore CA1031
        {
            buffer?.Dispose();
            return new Outcome(read.Id, null, $"analysis failed: {e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}{(Environment.GetEnvironmentVariable("DATELINE_TRACE") is null ? "" : e.StackTrace)}");
        }
    }
}
