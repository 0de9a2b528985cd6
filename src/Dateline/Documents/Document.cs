using System.Collections.Immutable;

namespace Dateline.Documents;

/// <summary>
/// One article: the text exactly as read (<see cref="Raw"/>) plus typed, immutable annotation layers whose
/// offsets are half-open ranges into <see cref="Raw"/>. Adding a layer returns a new document.
/// </summary>
public sealed class Document
{
    private readonly ImmutableDictionary<Type, ILayer> layers;

    public Document(string id, string raw, ArticleInfo info, TextSpan body)
        : this(id, raw, info, body, ImmutableDictionary<Type, ILayer>.Empty, [])
    {
    }

    public Document(string id, string raw)
        : this(id, raw, ArticleInfo.Empty, new TextSpan(0, raw.Length))
    {
    }

    private Document(
        string id,
        string raw,
        ArticleInfo info,
        TextSpan body,
        ImmutableDictionary<Type, ILayer> layers,
        ImmutableList<DocumentWarning> warnings)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (body.Start < 0 || body.End > raw.Length || body.Start > body.End)
        {
            throw new ArgumentOutOfRangeException(nameof(body), $"Body {body} lies outside the text (length {raw.Length}).");
        }

        Id = id;
        Raw = raw;
        Info = info;
        Body = body;
        this.layers = layers;
        Warnings = warnings;
    }

    /// <summary>The article's own id, or the file path as given.</summary>
    public string Id { get; }

    /// <summary>The text as read and decoded; every offset points into it.</summary>
    public string Raw { get; }

    public ArticleInfo Info { get; }

    /// <summary>The part of <see cref="Raw"/> after the header lines.</summary>
    public TextSpan Body { get; }

    public ImmutableList<DocumentWarning> Warnings { get; }

    public IEnumerable<Type> LayerTypes => layers.Keys;

    public ReadOnlySpan<char> Slice(TextSpan span) => Raw.AsSpan(span.Start, span.Length);

    public string Text(TextSpan span) => Raw.Substring(span.Start, span.Length);

    public bool Has<T>()
        where T : class, ILayer => layers.ContainsKey(typeof(T));

    public T Get<T>()
        where T : class, ILayer =>
        layers.TryGetValue(typeof(T), out var layer)
            ? (T)layer
            : throw new InvalidOperationException($"Document '{Id}' has no {typeof(T).Name}; add the component that produces it.");

    public T? Find<T>()
        where T : class, ILayer => layers.TryGetValue(typeof(T), out var layer) ? (T)layer : null;

    public Document With<T>(T layer)
        where T : class, ILayer =>
        new(Id, Raw, Info, Body, layers.SetItem(typeof(T), layer), Warnings);

    public Document WithWarning(DocumentWarning warning) => new(Id, Raw, Info, Body, layers, Warnings.Add(warning));
}
