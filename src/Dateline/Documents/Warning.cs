namespace Dateline.Documents;

/// <summary>Something a reader or component wants the user to know; <see cref="Evidence"/> points at the raw text.</summary>
public sealed record DocumentWarning(string Code, string Message, IReadOnlyList<TextSpan> Evidence)
{
    public DocumentWarning(string code, string message)
        : this(code, message, [])
    {
    }
}
