namespace Dateline.Pipeline;

/// <summary>The components <c>dateline analyze</c> runs, in order.</summary>
public static class DefaultPipeline
{
    public static AnalysisPipeline Create() => AnalysisPipeline.Build(
    [
        new Cleaning.Cleaner(),
        new Text.TokenizerComponent(),
        new Tagging.PosTagger(),
        new Entities.EntityRecognizer(),
        new Time.TimexRecognizer(),
        new Actors.ActorResolver(),
        new Quotes.QuoteAttributor(),
        new Events.EventCoder(),
    ]);
}
