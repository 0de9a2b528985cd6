using Dateline.Actors;
using Dateline.Documents;
using Dateline.Pipeline;
using Dateline.Quotes;

namespace Dateline.Training.Quotes;

/// <summary>
/// What quote evaluation and the quotes benchmark run: the default pipeline's components up to the actors,
/// then actors and quotes.
/// </summary>
public static class QuotePipeline
{
    private static readonly ActorResolver Actors = new();
    private static readonly QuoteAttributor Quotes = new();

    /// <summary>Upstream layers only (untimed in the benchmark).</summary>
    public static Document Prepare(Document document)
    {
        foreach (var component in DefaultPipeline.Create().Components)
        {
            if (component.Produces.Contains(typeof(ActorLayer)) || component.Produces.Contains(typeof(QuoteLayer))
                || component.Requires.Contains(typeof(ActorLayer)) || component.Requires.Contains(typeof(QuoteLayer)))
            {
                break;
            }

            document = component.Process(document);
        }

        return document;
    }

    /// <summary>Actors and quotes on a prepared document.</summary>
    public static Document Attribute(Document prepared) => Quotes.Process(Actors.Process(prepared));

    public static Document Run(Document document) => Attribute(Prepare(document));
}
