using Dateline.Documents;

namespace Dateline.Actors;

/// <summary>One real-world referent of the article, with every alias and role seen.</summary>
public sealed record Actor(
    string Id,
    string Name,
    string Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    string? Code,
    string? Country);

/// <summary>How a mention names its actor.</summary>
public enum MentionKind
{
    /// <summary>A proper name: "Antony Blinken", "Blinken", "Hamas".</summary>
    Name,

    /// <summary>A role or title without a name: "the Israeli prime minister".</summary>
    Role,

    /// <summary>A country name or short form: "the United States", "usa".</summary>
    Country,

    /// <summary>A nationality adjective or noun standing for its country: "Israeli", "American".</summary>
    Demonym,

    /// <summary>A seat of government standing for it: "Washington", "the Kremlin".</summary>
    Metonym,
}

/// <summary>A stretch of text that refers to an actor; <see cref="Rule"/> says how it was linked.</summary>
public sealed record ActorMention(TextSpan Span, string ActorId, MentionKind Kind, string Rule);

/// <summary>Actors, and which actor each entity mention (by index into the entity layer) refers to.</summary>
public sealed record ActorLayer(IReadOnlyList<Actor> Actors, IReadOnlyDictionary<int, string> EntityActors) : ILayer
{
    /// <summary>Every linked mention (names, roles, countries), sorted by start.</summary>
    public IReadOnlyList<ActorMention> Mentions { get; init; } = [];

    public Actor? ById(string id)
    {
        foreach (var actor in Actors)
        {
            if (actor.Id == id)
            {
                return actor;
            }
        }

        return null;
    }

    /// <summary>The mention overlapping <paramref name="span"/> that ends last before its end, or null.</summary>
    public ActorMention? MentionIn(TextSpan span)
    {
        ActorMention? best = null;
        int lo = 0, hi = Mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Mentions[mid].Span.End <= span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = Math.Max(0, lo - 4); i < Mentions.Count && Mentions[i].Span.Start < span.End; i++)
        {
            if (Mentions[i].Span.Overlaps(span) && (best is null || Mentions[i].Span.Length > best.Span.Length))
            {
                best = Mentions[i];
            }
        }

        return best;
    }
}
