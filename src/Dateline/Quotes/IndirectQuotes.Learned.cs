using Dateline.Tagging;
using Dateline.Actors;
using Dateline.Text;

namespace Dateline.Quotes;

/// <summary>
/// Where the attribution-cue classifier (<see cref="LearnedCues"/>) joins the rules: it vetoes verbs only the learned
/// lemma list proposed, adds verbs no lexicon lists, and gives a cue whose rule-built attribution failed a plainer
/// reading: the subject before the cue speaks, the rest of its clause is the content ("Trump is defending his tweets").
/// </summary>
internal static partial class IndirectQuotes
{
    private static float Tuned(string name, float fallback) =>
        float.TryParse(Environment.GetEnvironmentVariable(name), System.Globalization.CultureInfo.InvariantCulture, out float value) ? value : fallback;

    private static readonly float AcceptAbove = Tuned("QC_ACCEPT", LearnedCues.AcceptAbove);
    private static readonly float VetoBelow = Tuned("QC_VETO", LearnedCues.VetoBelow);
    private static readonly float PlainAbove = Tuned("QC_PLAIN", LearnedCues.PlainAbove);

    /// <summary>The attribution a cue at <paramref name="token"/> opens, if any; <paramref name="length"/> is the cue's length in tokens (0 when none).</summary>
    private static QuoteDraft? FromCue(QuoteContext context, LearnedCues? learned, int token, int start, int end, out int length)
    {
        bool candidate = learned is not null && learned.IsCandidate(token);
        float margin = float.NaN;
        bool ruled = context.TryCue(token, end, out length, out var cue);
        if (!ruled)
        {
            if (!candidate || (margin = learned!.Margin(token, start, end)) <= AcceptAbove)
            {
                length = 0;
                return null;
            }

            (length, cue) = (1, CueClass.Speech);
        }
        else if (candidate && length == 1 && !QuoteCues.IsCurated(context.Document, context.Tokens, token, end)
            && (margin = learned!.Margin(token, start, end)) < VetoBelow)
        {
            length = 0;
            return null;
        }

        var draft = cue == CueClass.Prep ? FromPreposition(context, token, length, start, end) : FromVerb(context, token, length, cue, start, end);
        if (draft is null && candidate && cue != CueClass.Prep)
        {
            margin = float.IsNaN(margin) ? learned!.Margin(token, start, end) : margin;
            draft = margin > PlainAbove ? FromLearnedCue(context, token, start, end) : null;
        }
        else if (draft is not null && !ruled && draft.IsResolved)
        {
            draft.Sieve = LearnedCues.Sieve;
        }

        return draft;
    }

    /// <summary>"on" of "on Wednesday", "in" of "in 2010" before a speaker's cue.</summary>
    private static bool IsTimePreposition(QuoteContext context, int token) =>
        token + 1 < context.Tokens.Count && context.IsTimex(token + 1) && !context.IsTimex(token) && context.Document.Get<PosLayer>().Tags[token] == Upos.ADP;

    /// <summary>"was charged", "have been told" — but not the progressive "is calling", which has an active subject.</summary>
    private static bool IsPassive(QuoteContext context, int cue, int start) =>
        context.Mentions.IsPassive(cue, start) && !TokenText.Of(context.Document, context.Tokens, cue).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>"SUBJECT cue CONTENT": the mention left of the cue speaks; the content runs from after the cue to the next attribution.</summary>
    private static QuoteDraft? FromLearnedCue(QuoteContext context, int cue, int start, int end)
    {
        var (document, tokens, mentions) = (context.Document, context.Tokens, context.Mentions);
        if (IsPassive(context, cue, start))
        {
            return null;
        }

        var speaker = mentions.Left(cue, start);
        int j = mentions.SkipLeft(cue, start);
        while (speaker is null && j > start && (context.IsTimex(j) || IsTimePreposition(context, j)))
        {
            j--;
            speaker = context.IsTimex(j) ? null : mentions.Left(j + 1, start);
        }

        if (speaker is null)
        {
            j = mentions.SkipLeft(cue, start);
            speaker = j >= start && (TokenText.Is(document, tokens, j, ",") || TokenText.Is(document, tokens, j, "and")) ? mentions.FirstIn(start, j) : null;
        }

        if (speaker is null)
        {
            return null;
        }

        int first = cue + 1;
        var tags = document.Get<PosLayer>().Tags;
        while (first < end && (TokenText.Is(document, tokens, first, "that") || TokenText.Is(document, tokens, first, ",") || TokenText.Is(document, tokens, first, ":")
            || (tags[first] is Upos.ADP or Upos.PART && !(TokenText.Is(document, tokens, first, "to") && context.IsVerb(first + 1)))))
        {
            first++;
        }

        int last = TrimEnd(context, first, end);
        if (first >= last || InDirectQuote(context, first) && !context.Mentions.IsQuoteMark(first))
        {
            return null;
        }

        last = CutAtNextAttribution(context, first, last);
        if (!TokenText.IsWord(document, tokens, first) && !mentions.IsQuoteMark(first) || Overlaps(context, first, last) || OnlyCircumstances(context, first, last))
        {
            return null;
        }

        return Build(context, first, last, cue, 1, speaker, LearnedCues.Sieve);
    }
}
