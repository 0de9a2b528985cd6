using Dateline.Cleaning;
using Dateline.Documents;
using Dateline.Entities;
using Dateline.Pipeline;
using Dateline.Text;

namespace Dateline.Actors;

/// <summary>
/// Groups entity mentions into actors (one per referent): full names and surnames, roles and their countries
/// from pre-modifiers and appositions, role-only mentions linked through the article or the leaders lexicon
/// valid on the article date, and country names, short forms and seats of government.
/// </summary>
public sealed class ActorResolver : IComponent
{
    public string Name => "actors";

    public IReadOnlyList<Type> Requires { get; } = [typeof(EntityLayer), typeof(TokenLayer)];

    public IReadOnlyList<Type> Produces { get; } = [typeof(ActorLayer)];

    public Document Process(Document document)
    {
        var tokens = document.Get<TokenLayer>();
        var entities = document.Get<EntityLayer>().Entities;
        var captions = document.Find<CleaningLayer>()?.Captions ?? [];
        if (captions.Count > 0)
        {
            // Captions are cut from the body but name people too ("Former Israeli Defense Minister Benny Gantz meets …"):
            // their words join the body's tokens here, and entity token ranges are re-read from their spans.
            var captionTokens = Segmenter.Segment(document.Raw, [.. captions.Select(c => c.TextSpan)], [], []).Tokens;
            tokens = Merge(tokens, captionTokens);
            entities = [.. entities.Select(e => Reindex(e, tokens))];
        }

        var builder = new ActorBuilder(document, tokens, entities);
        return document.With(builder.Build());
    }

    private static Entity Reindex(Entity entity, TokenLayer tokens)
    {
        int first = tokens.FirstEndingAfter(entity.Span.Start);
        int end = tokens.FirstEndingAfter(entity.Span.End - 1) + 1;
        bool aligned = first < tokens.Count && end <= tokens.Count && end > first && tokens.Starts[first] == entity.Span.Start && tokens.Ends[end - 1] == entity.Span.End;
        return aligned ? entity with { FirstToken = first, EndToken = end } : entity with { FirstToken = -1, EndToken = -1 };
    }

    private static TokenLayer Merge(TokenLayer body, TokenLayer extra)
    {
        int count = body.Count + extra.Count;
        var starts = new int[count];
        var ends = new int[count];
        var norms = new string?[count];
        var flags = new TokenTraits[count];
        for (int i = 0, a = 0, b = 0; i < count; i++)
        {
            bool fromBody = b >= extra.Count || (a < body.Count && body.Starts[a] <= extra.Starts[b]);
            var (layer, index) = fromBody ? (body, a++) : (extra, b++);
            starts[i] = layer.Starts[index];
            ends[i] = layer.Ends[index];
            norms[i] = layer.Norms[index];
            flags[i] = layer.Flags[index];
        }

        return new TokenLayer(starts, ends, norms, flags);
    }
}
