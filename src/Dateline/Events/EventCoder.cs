using System.Globalization;
using Dateline.Actors;
using Dateline.Cleaning;
using Dateline.Documents;
using Dateline.Entities;
using Dateline.Pipeline;
using Dateline.Tagging;
using Dateline.Text;
using Dateline.Time;

namespace Dateline.Events;

/// <summary>
/// Codes who did what to whom, where and when (CAMEO with Phoenix actor codes) per sentence and per photo
/// caption: <see cref="ClauseCoder"/> finds verb, source and target; actor codes come from the actor layer when
/// it knows them, else from the dictionaries; the date is the sentence's time expression, else the article
/// date; the location is the place after "in"/"at", geocoded with GeoNames.
/// </summary>
public sealed class EventCoder : IComponent
{
    private readonly EventLexicon? lexicon;

    /// <summary>Uses the embedded CAMEO 2.0 / Phoenix dictionaries.</summary>
    public EventCoder()
    {
    }

    /// <summary>Uses <paramref name="lexicon"/> (tests, evaluation).</summary>
    public EventCoder(EventLexicon lexicon) => this.lexicon = lexicon;

    public string Name => "events";

    public IReadOnlyList<Type> Requires { get; } = [typeof(TokenLayer), typeof(SentenceLayer)];

    public IReadOnlyList<Type> Produces { get; } = [typeof(EventLayer)];

    private EventLexicon Lexicon => lexicon ?? EventData.Lexicon;

    public void Preload()
    {
        // The place gazetteer does not depend on the dictionaries: it loads beside them when a core is free.
        var places = Task.Run(() =>
        {
            _ = EventData.Places;
            _ = EventData.Codes;
        });
        _ = Lexicon;
        places.GetAwaiter().GetResult();
    }

    public Document Process(Document document)
    {
        var tokens = document.Get<TokenLayer>();
        var sentences = document.Get<SentenceLayer>();
        var pos = document.Find<PosLayer>();
        var known = KnownActors(document);
        var timexes = (document.Find<TimexLayer>()?.Timexes ?? []).OrderBy(t => t.Span.Start).ToArray();
        int articleDate = document.Info.Date is { } d ? (d.Year * 10000) + (d.Month * 100) + d.Day : 0;
        string? articleDateText = document.Info.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var memory = new ArticleMemory();
        var events = new List<CodedEvent>();
        var captions = document.Find<CleaningLayer>()?.Captions ?? [];
        for (int s = 0; s < sentences.Count; s++)
        {
            int first = sentences.FirstTokens[s], end = sentences.EndTokens[s];
            var words = new string[end - first];
            var spans = new TextSpan[end - first];
            for (int t = first; t < end; t++)
            {
                words[t - first] = tokens.TextOf(document, t);
                spans[t - first] = tokens.SpanOf(t);
            }

            bool inCaption = captions.Any(c => c.TextSpan.Covers(sentences.Spans[s]));

            // Captions are headline-style ("X meets with Y"): the tagger, trained on running text, misreads
            // their verbs, so they are coded from words alone.
            var clause = new ClauseText(words, spans, pos is null || inCaption ? null : pos.Tags[first..end]);
            Code(document, clause, articleDate, articleDateText, Relative(known, spans), timexes, memory, events, inCaption ? "caption" : null);
        }

        events.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return document.With(new EventLayer(events));
    }

    private const int MaxSentenceWords = 300;

    private void Code(
        Document document,
        ClauseText clause,
        int articleDate,
        string? articleDateText,
        IReadOnlyList<KnownActor> known,
        IReadOnlyList<Timex> timexes,
        ArticleMemory memory,
        List<CodedEvent> events,
        string? origin = null)
    {
        // A "sentence" of hundreds of words is a list, a table or run-together text, not a clause the coder can
        // read; its actor grouping and verb windows would grow with the square of its length.
        if (clause.Count == 0 || clause.Count > MaxSentenceWords)
        {
            return;
        }

        var sentenceSpan = new TextSpan(clause.Spans[0].Start, clause.Spans[^1].End);
        string? sentenceDate = TimeAnchor.GoverningDate(document.Raw, timexes, sentenceSpan, sentenceSpan) ?? articleDateText;
        int roleDate = sentenceDate is { Length: >= 10 } && DateOnly.TryParseExact(sentenceDate[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? (parsed.Year * 10000) + (parsed.Month * 100) + parsed.Day
            : articleDate;
        foreach (var coded in ClauseCoder.Code(Lexicon, clause, roleDate, known, memory))
        {
            if (!Reported(coded))
            {
                continue;
            }

            var verb = new TextSpan(clause.Spans[coded.VerbStart].Start, clause.Spans[coded.VerbEnd - 1].End);
            string? date = TimeAnchor.GoverningDate(document.Raw, timexes, sentenceSpan, verb) ?? articleDateText;
            var info = EventData.Codes.Find(coded.Code);
            var span = new TextSpan(clause.Spans[coded.VerbStart].Start, clause.Spans[coded.VerbEnd - 1].End);
            foreach (var phrase in new[] { coded.Source, coded.Target })
            {
                if (phrase is not null && sentenceSpan.Covers(phrase.Span))
                {
                    span = new TextSpan(Math.Min(span.Start, phrase.Span.Start), Math.Max(span.End, phrase.Span.End));
                }
            }
            events.Add(new CodedEvent(
                span,
                coded.Code,
                coded.Code[..2],
                CameoCodes.QuadClassOf(coded.Code),
                info?.Goldstein ?? 0,
                Actor(document, coded.Source),
                Actor(document, coded.Target),
                date,
                Locate(document, clause, coded),
                origin is null ? coded.Rule : $"{origin}:{coded.Rule}",
                coded.Modality));
        }
    }

    /// <summary>
    /// What an analyst reads: an event names at least one actor with a code of its own. A generic agent alone
    /// ("people said", "the school needs money", "police orders") follows nobody. PETRARCH2 codes such events per
    /// sentence (its unit-test records, <c>eval events</c>, expect <c>---GOV</c> sources) and drops them only when
    /// it writes a story's events (<c>story_filter</c>, stricter still: both sides resolved).
    /// </summary>
    internal static bool Reported(ClauseEvent coded) => Named(coded.Source) || Named(coded.Target);

    private static bool Named(ActorPhrase? phrase) => phrase is not null && !phrase.Code.StartsWith("---", StringComparison.Ordinal);

    private static EventActor? Actor(Document document, ActorPhrase? phrase) =>
        phrase is null ? null : new EventActor(document.Text(phrase.Span), phrase.ActorId, phrase.Code == "---" ? null : phrase.Code);

    /// <summary>The place after "in"/"at" (after the verb first, then before it), geocoded; actors are not places.</summary>
    private static EventLocation? Locate(Document document, ClauseText clause, ClauseEvent coded)
    {
        var places = EventData.Places;
        EventLocation? Scan(int from, int to)
        {
            for (int i = from; i < to - 1; i++)
            {
                if (clause.Words[i] is not ("IN" or "AT") || !clause.IsCapitalizedOrUpper(i + 1))
                {
                    continue;
                }

                for (int length = Math.Min(places.MaxWords, to - i - 1); length >= 1; length--)
                {
                    var span = new TextSpan(clause.Spans[i + 1].Start, clause.Spans[i + length].End);
                    if (places.Find(document.Text(span)) is { } place)
                    {
                        return new EventLocation(place.Name, place.CountryIso3, place.Latitude, place.Longitude);
                    }
                }
            }

            return null;
        }

        return Scan(coded.VerbEnd, clause.Count) ?? Scan(0, coded.VerbStart);
    }

    /// <summary>Entity mentions the actor layer resolved, as (token range, actor code, actor id).</summary>
    private static List<(TextSpan Span, string? Code, string ActorId, bool IsPerson)> KnownActors(Document document)
    {
        var result = new List<(TextSpan, string?, string, bool)>();
        if (document.Find<EntityLayer>() is not { } entities || document.Find<ActorLayer>() is not { } actors)
        {
            return result;
        }

        var byId = actors.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var (index, id) in actors.EntityActors)
        {
            if (index < entities.Entities.Count && byId.TryGetValue(id, out var actor))
            {
                result.Add((entities.Entities[index].Span, actor.Code, id, actor.Type == "PERSON"));
            }
        }

        result.Sort((a, b) => a.Item1.Start.CompareTo(b.Item1.Start));
        return result;
    }

    private static List<KnownActor> Relative(List<(TextSpan Span, string? Code, string ActorId, bool IsPerson)> known, TextSpan[] words)
    {
        var result = new List<KnownActor>();
        if (words.Length == 0)
        {
            return result;
        }

        // Known actors are sorted by start: skip straight to the sentence, so long articles stay linear.
        int lo = 0, hi = known.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (known[mid].Span.Start < words[0].Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int k = lo; k < known.Count && known[k].Span.Start < words[^1].End; k++)
        {
            var (span, code, id, isPerson) = known[k];

            int first = Array.FindIndex(words, w => w.Start >= span.Start);
            int last = Array.FindLastIndex(words, w => w.End <= span.End);
            if (first >= 0 && last >= first)
            {
                result.Add(new KnownActor(first, last + 1, code, id, isPerson));
            }
        }

        return result;
    }
}
