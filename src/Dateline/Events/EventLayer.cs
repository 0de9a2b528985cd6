using Dateline.Documents;

namespace Dateline.Events;

public sealed record EventActor(string Text, string? ActorId, string? Code);

public sealed record EventLocation(string Name, string? Country, double? Latitude, double? Longitude);

/// <summary>A coded event: source does CAMEO <see cref="Code"/> to target. <see cref="Rule"/> names the verb pattern.</summary>
public sealed record CodedEvent(
    TextSpan Span,
    string Code,
    string Root,
    int QuadClass,
    double Goldstein,
    EventActor? Source,
    EventActor? Target,
    string? Date,
    EventLocation? Location,
    string Rule);

public sealed record EventLayer(IReadOnlyList<CodedEvent> Events) : ILayer;
