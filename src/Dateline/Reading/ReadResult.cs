using Dateline.Documents;

namespace Dateline.Reading;

/// <summary>One article read from an input, or the one-line reason it could not be read.</summary>
public sealed record ReadResult(string Id, Document? Document, string? Error)
{
    public static ReadResult Success(Document document) => new(document.Id, document, null);

    public static ReadResult Failure(string id, string error) => new(id, null, error);
}
