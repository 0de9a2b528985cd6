using Dateline.Cleaning;
using Dateline.Pipeline;

namespace Dateline.Benchmarks;

/// <summary>Every benchmark the harness knows.</summary>
public static class Benchmarks
{
    public static IEnumerable<Benchmark> All =>
    [
        new("clean", docs => docs, docs =>
        {
            var cleaner = new Cleaner();
            foreach (var document in docs)
            {
                cleaner.Process(document);
            }
        }),
        new("events", PrepareEvents, docs =>
        {
            var coder = new Events.EventCoder();
            foreach (var document in docs)
            {
                coder.Process(document);
            }
        }),
        new("pipeline", docs => docs, docs =>
        {
            var pipeline = DefaultPipeline.Create();
            foreach (var document in docs)
            {
                pipeline.Run(document);
            }
        }),
    ];

    /// <summary>The layers the event coder reads: cleaning, tokens, POS, entities and actors.</summary>
    private static Documents.Document[] PrepareEvents(Documents.Document[] docs)
    {
        var pipeline = AnalysisPipeline.Build(
        [
            new Cleaner(),
            new Text.TokenizerComponent(),
            new Tagging.PosTagger(),
            new Entities.EntityRecognizer(),
            new Actors.ActorResolver(),
        ]);
        return docs.Select(pipeline.Run).ToArray();
    }
}
