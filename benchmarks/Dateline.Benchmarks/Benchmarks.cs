using Dateline.Pipeline;
using Dateline.Time;

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
        new("time", docs => docs, docs =>
        {
            var recognizer = new TimexRecognizer();
            foreach (var document in docs)
            {
                recognizer.Process(document);
            }
        }),
    ];
}
