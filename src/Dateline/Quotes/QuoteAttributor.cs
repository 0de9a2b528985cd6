using System.Globalization;
using Dateline.Actors;
using Dateline.Documents;
using Dateline.Learning;
using Dateline.Pipeline;
using Dateline.Text;
using Dateline.Time;

namespace Dateline.Quotes;

/// <summary>
/// Finds direct, partial and indirect quotes and attributes each to a speaker through ordered sieves
/// (see <see cref="SpeakerSieves"/>). Optional inputs: the cleaner's orphaned-cue repairs and the time layer
/// (a date next to the cue, "Blinken said Tuesday", dates the quote; else the article date).
/// </summary>
public sealed class QuoteAttributor : IComponent
{
    private readonly SequenceModel? cueModel;
    private readonly bool filterAttributions = true;
    private readonly bool redrawExtents = true;
    private readonly SequenceModel? extentModel;

    public QuoteAttributor()
    {
    }

    /// <summary>
    /// With a given cue model and extent model (training: the sieves' own ends when <paramref name="extentModel"/> is null,
    /// filter-less output to learn the attribution filter from).
    /// </summary>
    internal QuoteAttributor(SequenceModel cueModel, SequenceModel? extentModel, bool filterAttributions)
    {
        this.cueModel = cueModel;
        this.extentModel = extentModel;
        redrawExtents = extentModel is not null;
        this.filterAttributions = filterAttributions;
    }

    public string Name => "quotes";

    public IReadOnlyList<Type> Requires { get; } = [typeof(TokenLayer), typeof(SentenceLayer), typeof(ActorLayer)];

    public IReadOnlyList<Type> Produces { get; } = [typeof(QuoteLayer)];

    public void Preload()
    {
        _ = cueModel ?? LearnedCues.ShippedModel;
        _ = extentModel ?? ContentExtent.ShippedModel;
    }

    public Document Process(Document document)
    {
        var context = new QuoteContext(document, document.Get<TokenLayer>(), document.Get<SentenceLayer>(), document.Get<ActorLayer>());
        DirectQuotes.Find(context);
        IndirectQuotes.ExtendDirect(context);
        IndirectQuotes.Find(context, cueModel ?? LearnedCues.ShippedModel);
        SpeakerSieves.ResolvePending(context);
        string? articleDate = document.Info.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var timexes = (document.Find<TimexLayer>()?.Timexes ?? []).OrderBy(t => t.Span.Start).ToArray();
        var quotes = new List<Quote>(context.Drafts.Count);
        foreach (var draft in context.Drafts)
        {
            if (draft.Sieve == SpeakerSieves.Unattributed)
            {
                continue;
            }

            var quote = new Quote(draft.Span, draft.Kind, draft.Cue, draft.Mention?.Span, draft.Speaker, draft.ActorId, DateOf(context, draft, timexes) ?? articleDate, draft.Sieve)
            {
                ExtentRule = draft.ExtentRule,
            };
            quotes.Add(IndirectQuotes.StartAfterThat(context, draft) is { } content
                ? quote with { Span = context.SpanOf(content.First, content.End), ExtentRule = Joined(draft.ExtentRule, IndirectQuotes.StartAfterThatRule) }
                : quote);
        }

        var redrawn = redrawExtents ? ContentExtent.Redraw(document, quotes, extentModel ?? ContentExtent.ShippedModel) : quotes;
        return document.With(new QuoteLayer(filterAttributions ? AttributionFilter.Keep(document, redrawn) : redrawn));
    }

    private static string Joined(string? first, string then) => first is null ? then : first + "+" + then;

    /// <summary>
    /// A date in the cue's clause, just after the cue and before the sentence ends; a time gives its day ("said
    /// Wednesday night that").
    /// </summary>
    private static string? DateOf(QuoteContext context, QuoteDraft draft, Timex[] timexes)
    {
        if (draft.CueToken < 0 || timexes.Length == 0)
        {
            return null;
        }

        int from = context.Tokens.Ends[draft.CueToken];
        int to = context.Tokens.Ends[context.SentenceEnd(draft.CueToken) - 1];
        int lo = 0, hi = timexes.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (timexes[mid].Span.Start < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = lo; i < timexes.Length && timexes[i].Span.Start - from < 24; i++)
        {
            var timex = timexes[i];
            if (timex.Span.Start >= from && timex.Span.Start - from < 24 && timex.Span.End <= to && !draft.Span.Overlaps(timex.Span)
                && DayOf(timex) is { } date)
            {
                return date;
            }
        }

        return FrontedDate(context, draft, timexes, lo);
    }

    /// <summary>
    /// "On Tuesday, Blinken said …", "Late Wednesday, Hamas said …": a date that opens the cue's sentence, a comma
    /// after it, dates what the sentence reports.
    /// </summary>
    private static string? FrontedDate(QuoteContext context, QuoteDraft draft, Timex[] timexes, int firstAfterCue)
    {
        int opening = context.Tokens.Starts[context.SentenceStart(draft.CueToken)];
        for (int i = firstAfterCue - 1; i >= 0 && timexes[i].Span.End > opening; i--)
        {
            var timex = timexes[i];
            if (timex.Span.Start >= opening && timex.Span.Start - opening <= 10 && !draft.Span.Overlaps(timex.Span) && CommaAfter(context, timex.Span.End))
            {
                return DayOf(timex);
            }
        }

        return null;
    }

    private static bool CommaAfter(QuoteContext context, int end)
    {
        string raw = context.Document.Raw;
        return end < raw.Length && raw[end] == ',';
    }

    private static string? DayOf(Timex timex) =>
        timex.Type == TimexType.DATE ? (timex.Value.Length >= 4 && char.IsAsciiDigit(timex.Value[0]) ? timex.Value : null) : TimeAnchor.CalendarDay(timex);
}
