using Dateline.Cleaning;
using Dateline.Pipeline;
using Dateline.Tagging;

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
        new("ner", docs => docs.Select(d => new Text.TokenizerComponent().Process(new Cleaner().Process(d))).ToArray(), docs =>
        {
            var recognizer = new Entities.EntityRecognizer();
            foreach (var document in docs)
            {
                recognizer.Process(document);
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

        new("pos", docs => docs.Select(d => new Text.TokenizerComponent().Process(new Cleaner().Process(d))).ToArray(), docs =>
        {
            var tagger = new PosTagger();
            foreach (var document in docs)
            {
                tagger.Process(document);
            }
        }),
    ];
}
