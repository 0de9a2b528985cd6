using Dateline.Documents;

namespace Dateline.Entities;

/// <summary>
/// A named-entity mention over tokens <c>[FirstToken, EndToken)</c>. <see cref="Type"/> is PERSON, ORG, GPE,
/// LOC, NORP, …; <see cref="Source"/> names the model or rule that found it. Mentions outside the body tokens
/// (in captions and credits) have <c>FirstToken = EndToken = -1</c>.
/// </summary>
public sealed record Entity(TextSpan Span, string Type, int FirstToken, int EndToken, string Source);

public sealed record EntityLayer(IReadOnlyList<Entity> Entities) : ILayer;
