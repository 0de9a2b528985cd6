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
        new("pipeline", docs => docs, docs =>
        {
            var pipeline = DefaultPipeline.Create();
            foreach (var document in docs)
            {
                pipeline.Run(document);
            }
        }),
    ];
}
