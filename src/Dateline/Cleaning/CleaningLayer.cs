using Dateline.Documents;

namespace Dateline.Cleaning;

/// <summary>A photo caption taken out of the body; <see cref="Credit"/> is the agency/photographer credit.</summary>
public sealed record Caption(TextSpan Span, TextSpan TextSpan, string Text, TextSpan? CreditSpan, string? Credit, string Rule)
{
    /// <summary>The credited agency, canonical (<c>Reuters</c>, <c>AP</c>), when the credit names one.</summary>
    public string? Agency { get; init; }

    /// <summary>The photographer's name as written in the credit, when it has one.</summary>
    public string? Photographer { get; init; }
}

/// <summary>A source line such as <c>(With information from AP)</c>.</summary>
public sealed record SourceAttribution(TextSpan Span, string Agency, string Text, string Rule)
{
    /// <summary>The dateline place of a <c>WASHINGTON (AP) —</c> prefix (<c>WASHINGTON</c>), else null.</summary>
    public string? Place { get; init; }

    /// <summary>Reporters named by a byline or contributor line (<c>Ana Costa in Brasilia</c>), when the agency comes from elsewhere.</summary>
    public string? Contributors { get; init; }
}

/// <summary>
/// A machine-translation repair. <see cref="Span"/> covers <see cref="Original"/> in the raw text; the
/// replacement is what the clean text and the taggers see.
/// </summary>
public sealed record Repair(string Kind, TextSpan Span, string Original, string Replacement, string Rule);

/// <summary>Repair kinds, as serialised.</summary>
public static class RepairKinds
{
    public const string RunTogetherSentence = "run-together-sentence";
    public const string FunctionWordCase = "function-word-case";
    public const string NameCase = "name-case";
    public const string OrphanedCue = "orphaned-cue";
}

/// <summary>
/// What the cleaner found: captions, source lines and repairs, plus the body paragraphs that remain
/// (raw spans, in order) and the clean text built from them. <see cref="ForcedBreaks"/> are raw offsets
/// where a run-together repair demands a token and sentence boundary (e.g. between "Gaza" and
/// "Particularly" in "GazaParticularly"). A token whose span equals a case repair's span reads as its
/// replacement (<see cref="Text.TokenLayer.Norms"/>).
/// </summary>
public sealed record CleaningLayer(
    IReadOnlyList<TextSpan> Paragraphs,
    IReadOnlyList<Caption> Captions,
    IReadOnlyList<SourceAttribution> Attributions,
    IReadOnlyList<Repair> Repairs,
    IReadOnlyList<int> ForcedBreaks,
    string CleanText) : ILayer;
