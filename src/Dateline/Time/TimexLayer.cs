using Dateline.Documents;

namespace Dateline.Time;

public enum TimexType
{
    DATE,
    TIME,
    DURATION,
    SET,
}

/// <summary>A time expression with its TIMEX3 value resolved against the article date; <see cref="Rule"/> is provenance.</summary>
public sealed record Timex(TextSpan Span, TimexType Type, string Value, string Rule);

public sealed record TimexLayer(IReadOnlyList<Timex> Timexes) : ILayer;
