using Dateline.Documents;

namespace Dateline.Quotes;

public enum QuoteKind
{
    Direct,
    Partial,
    Indirect,
}

/// <summary>
/// An attributed statement. <see cref="SpeakerMention"/> is the mention the attribution hangs on (may be a
/// pronoun); <see cref="Speaker"/> the resolved actor's name, never a pronoun; <see cref="Sieve"/> the sieve that decided.
/// </summary>
public sealed record Quote(
    TextSpan Span,
    QuoteKind Kind,
    TextSpan? Cue,
    TextSpan? SpeakerMention,
    string? Speaker,
    string? SpeakerActor,
    string? Date,
    string Sieve)
{
    /// <summary>The model that re-drew where the content ends (<see cref="ContentExtent.Rule"/>), or null when the sieve's own rules did.</summary>
    public string? ExtentRule { get; init; }
}

public sealed record QuoteLayer(IReadOnlyList<Quote> Quotes) : ILayer;
