using Dateline.Cleaning;
using Dateline.Pipeline;
using Dateline.Text;
using Dateline.Tagging;
using Dateline.Time;

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
        new("quotes", docs => [.. docs.Select(Training.Quotes.QuotePipeline.Prepare)], docs =>
        {
            foreach (var document in docs)
            {
                Training.Quotes.QuotePipeline.Attribute(document);
            }
        }),
        new("actors", docs => [.. docs.Select(Training.Quotes.QuotePipeline.Prepare)], docs =>
        {
            var actors = new Actors.ActorResolver();
            foreach (var document in docs)
            {
                actors.Process(document);
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
        new("clean+segment", docs => docs, docs =>
        {
            var pipeline = AnalysisPipeline.Build([new Cleaner(), new TokenizerComponent()]);
            foreach (var document in docs)
            {
                pipeline.Run(document);
            }
        }),
        new("segment", docs => docs, docs =>
        {
            // Tokens and sentences of each article body, as one paragraph (blank lines still split it).
            foreach (var document in docs)
            {
                Segmenter.Segment(document.Raw, [document.Body], [], []);
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
        new("time", docs => docs, docs =>
        {
            var recognizer = new TimexRecognizer();
            foreach (var document in docs)
            {
                recognizer.Process(document);
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

    /// <summary>The layers the event coder reads: cleaning, tokens, POS, entities and actors.</summary>
    private static Documents.Document[] PrepareEvents(Documents.Document[] docs)
    {
        var pipeline = AnalysisPipeline.Build(
        [
            new Cleaner(),
            new TokenizerComponent(),
            new PosTagger(),
            new TimexRecognizer(),
            new Entities.EntityRecognizer(),
            new Actors.ActorResolver(),
        ]);
        return docs.Select(pipeline.Run).ToArray();
    }
}
