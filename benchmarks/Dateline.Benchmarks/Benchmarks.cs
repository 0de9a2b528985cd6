using Dateline.Pipeline;
using Dateline.Tagging;

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

        // Until the tokenizer is in the default pipeline, tokens come from whitespace (WhitespaceTokens).
        new("pos", docs => docs.Select(WhitespaceTokens.Add).ToArray(), docs =>
        {
            var tagger = new PosTagger();
            foreach (var document in docs)
            {
                tagger.Process(document);
            }
        }),
    ];
}
