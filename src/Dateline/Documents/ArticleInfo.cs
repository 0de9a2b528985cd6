namespace Dateline.Documents;

/// <summary>Where the publication date came from; serialised in lower case per the contract.</summary>
public enum DateSource
{
    None,
    Header,
    Argument,
    HtmlMeta,
    Feed,
}

/// <summary>What the reader learnt about an article besides its text.</summary>
public sealed record ArticleInfo
{
    public string? Url { get; init; }

    public string? Title { get; init; }

    public string? Source { get; init; }

    public DateOnly? Date { get; init; }

    public DateSource DateSource { get; init; }

    public static ArticleInfo Empty { get; } = new();
}
