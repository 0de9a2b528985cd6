using Dateline.Actors;
using Dateline.Cleaning;
using Dateline.Documents;
using Dateline.Entities;
using Dateline.Pipeline;
using Dateline.Quotes;
using Dateline.Tagging;
using Dateline.Text;

namespace Dateline.Tests.Quotes;

/// <summary>
/// Builds test documents by hand: the cleaner and tokenizer segment the text, the entity layer is written by
/// the test (every occurrence of each given name, as PERSON unless typed "Name|TYPE"), then actors and quotes run.
/// </summary>
internal static class HandBuilt
{
    public static Document Analyse(string text, params string[] names) => Analyse(text, new DateOnly(2024, 1, 3), names);

    public static Document Analyse(string text, DateOnly date, params string[] names) => Run(text, date, null, names);

    /// <summary>As <see cref="Analyse(string, string[])"/>, with the time layer in the loop (quote dates).</summary>
    public static Document AnalyseWithTime(string text, params string[] names) =>
        Run(text, new DateOnly(2024, 1, 3), new Dateline.Time.TimexRecognizer(), names);

    /// <summary>As <see cref="Analyse(string, string[])"/>, with the POS tagger in the loop (learned cue verbs, noun-like speakers).</summary>
    public static Document AnalyseTagged(string text, params string[] names) => Run(text, new DateOnly(2024, 1, 3), new PosTagger(), names);

    /// <summary>Cleans and tokenizes, runs <paramref name="extra"/> if given, adds the named entities, then resolves actors and attributes quotes.</summary>
    private static Document Run(string text, DateOnly date, IComponent? extra, string[] names)
    {
        var document = new Document("test", text, new ArticleInfo { Date = date }, new TextSpan(0, text.Length));
        document = new TokenizerComponent().Process(new Cleaner().Process(document));
        if (extra is not null)
        {
            document = extra.Process(document);
        }

        document = document.With(Entities(document, names));
        return new QuoteAttributor().Process(new ActorResolver().Process(document));
    }

    public static EntityLayer Entities(Document document, IEnumerable<string> names)
    {
        var tokens = document.Get<TokenLayer>();
        var entities = new List<Entity>();
        foreach (var entry in names.OrderByDescending(n => n.Length))
        {
            var parts = entry.Split('|');
            string name = parts[0], type = parts.Length > 1 ? parts[1] : "PERSON";
            for (int at = document.Raw.IndexOf(name, StringComparison.Ordinal); at >= 0; at = document.Raw.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                int first = tokens.FirstEndingAfter(at), end = tokens.FirstEndingAfter(at + name.Length - 1) + 1;
                var span = new TextSpan(at, at + name.Length);
                if (first < tokens.Count && tokens.Starts[first] == at && tokens.Ends[end - 1] == at + name.Length && !entities.Any(e => e.Span.Overlaps(span)))
                {
                    entities.Add(new Entity(new TextSpan(at, at + name.Length), type, first, end, "test"));
                }
            }
        }

        return new EntityLayer([.. entities.OrderBy(e => e.Span.Start)]);
    }

    public static Quote QuoteHolding(Document document, string words, QuoteKind? kind = null) =>
        document.Get<QuoteLayer>().Quotes.FirstOrDefault(q => document.Text(q.Span).Contains(words, StringComparison.Ordinal) && (kind is null || q.Kind == kind))
        ?? throw new Xunit.Sdk.XunitException($"no quote holds '{words}'; quotes: {string.Join(" | ", document.Get<QuoteLayer>().Quotes.Select(q => document.Text(q.Span)))}");

    public static Actor ActorNamed(Document document, string name) =>
        document.Get<ActorLayer>().Actors.FirstOrDefault(a => a.Name == name)
        ?? throw new Xunit.Sdk.XunitException($"no actor '{name}'; actors: {string.Join(", ", document.Get<ActorLayer>().Actors.Select(a => a.Name))}");

    public static string? MentionText(Document document, Quote quote) => quote.SpeakerMention is { } span ? document.Text(span) : null;

    public static bool HasRepairs(Document document) => document.Get<CleaningLayer>().Repairs.Count > 0;
}
