using Dateline.Pipeline;

namespace Dateline.Benchmarks;

/// <summary>Every benchmark the harness knows.</summary>
public static class Benchmarks
{
    public static IEnumerable<Benchmark> All =>
    [
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
