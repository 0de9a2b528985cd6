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
    /// <summary>
    /// What drew the content's extent beside its sieve: the comma closing a relative clause
    /// (<see cref="IndirectQuotes.RelativeClauseRule"/>, which the end model leaves alone), the start rule
    /// (<see cref="IndirectQuotes.StartAfterThatRule"/>), the end model (<see cref="ContentExtent.Rule"/>), joined by "+"
    /// in that order, or null when the sieve's own rules stand.
    /// </summary>
    public string? ExtentRule { get; init; }
}

public sealed record QuoteLayer(IReadOnlyList<Quote> Quotes) : ILayer;
