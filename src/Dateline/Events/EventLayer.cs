using Dateline.Documents;

namespace Dateline.Events;

public sealed record EventActor(string Text, string? ActorId, string? Code);

public sealed record EventLocation(string Name, string? Country, double? Latitude, double? Longitude);

/// <summary>Whether a coded statement reports something that happened.</summary>
public static class EventModality
{
    public const string Asserted = "asserted";

    /// <summary>"did not reject": coded, but the event did not happen.</summary>
    public const string Negated = "negated";

    /// <summary>"could scuttle", "would continue": a possibility or condition, not an event that happened.</summary>
    public const string Hypothetical = "hypothetical";
}

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
    string Rule,
    string Modality = EventModality.Asserted)
{
    public bool Happened => Modality == EventModality.Asserted;
}

public sealed record EventLayer(IReadOnlyList<CodedEvent> Events) : ILayer;
