using Dateline.Documents;

namespace Dateline.Entities;

/// <summary>
/// A named-entity mention over tokens <c>[FirstToken, EndToken)</c>. <see cref="Type"/> is PERSON, ORG, GPE,
/// LOC, NORP, …; <see cref="Source"/> names the model or rule that found it.
/// </summary>
public sealed record Entity(TextSpan Span, string Type, int FirstToken, int EndToken, string Source);

public sealed record EntityLayer(IReadOnlyList<Entity> Entities) : ILayer;
