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

/// <summary>Actors, and which actor each entity mention (by index into the entity layer) refers to.</summary>
public sealed record ActorLayer(IReadOnlyList<Actor> Actors, IReadOnlyDictionary<int, string> EntityActors) : ILayer;
