using Dateline.Actors;
using Dateline.Tagging;
using Dateline.Text;

namespace Dateline.Quotes;

/// <summary>
/// Where the attribution-cue classifier (<see cref="LearnedCues"/>) joins the rules: it vetoes verbs only the learned
/// lemma list proposed, adds verbs no lexicon lists, and gives a cue whose rule-built attribution failed a plainer
/// reading: the subject before the cue speaks, the rest of its clause is the content ("Trump is defending his tweets").
/// </summary>
internal static partial class IndirectQuotes
{
    private const int MaxNounTokens = 5;

    /// <summary>The attribution a cue at <paramref name="token"/> opens, if any; <paramref name="length"/> is the cue's length in tokens (0 when none).</summary>
    private static QuoteDraft? FromCue(QuoteContext context, LearnedCues? learned, int token, int start, int end, out int length)
    {
        bool candidate = learned is not null && learned.IsCandidate(token);
        bool ruled = context.TryCue(token, end, out length, out var cue);
        if (!ruled)
        {
            if (!candidate || learned!.Margin(token, start, end) <= LearnedCues.AcceptAbove)
            {
                length = 0;
                return null;
            }

            (length, cue) = (1, CueClass.Speech);
        }
        else if (candidate && length == 1
            && learned!.Margin(token, start, end) < (QuoteCues.IsCurated(context.Document, context.Tokens, token, end) ? LearnedCues.VetoCuratedBelow : LearnedCues.VetoBelow))
        {
            length = 0;
            return null;
        }

        var draft = cue == CueClass.Prep ? FromPreposition(context, token, length, start, end) : FromVerb(context, token, length, cue, start, end);
        if (draft is null && candidate && cue != CueClass.Prep)
        {
            draft = FromLearnedCue(context, token, start, end);
        }
        else if (draft is not null && !ruled && draft.IsResolved)
        {
            draft.Sieve = LearnedCues.Sieve;
        }

        return draft;
    }

    /// <summary>A noun phrase the actor layer did not link ("Authorities", "attorneys for the family"), by its head at <paramref name="head"/>.</summary>
    private static SpeakerMention? TaggedNoun(QuoteContext context, int head)
    {
        if (head < 0 || context.Document.Get<PosLayer>().Tags[head] is not (Upos.NOUN or Upos.PROPN))
        {
            return null;
        }

        var tags = context.Document.Get<PosLayer>().Tags;
        int first = head;
        while (first > 0 && head - first < MaxNounTokens && tags[first - 1] is Upos.NOUN or Upos.PROPN or Upos.ADJ or Upos.DET or Upos.NUM)
        {
            first--;
        }

        return new SpeakerMention(context.SpanOf(first, head + 1), SpeakerKind.Nominal, null);
    }

    /// <summary>
    /// The head of the first noun phrase in <c>[start, end)</c> that no preposition governs, else of the first one, or
    /// -1: "In a widely read column the day before, two Democratic speechwriters implored her …, arguing": the
    /// speechwriters argue, not the column.
    /// </summary>
    private static int FirstNoun(QuoteContext context, int start, int end)
    {
        var tags = context.Document.Get<PosLayer>().Tags;
        int first = -1;
        for (int i = start; i < end; i++)
        {
            if (tags[i] is not (Upos.NOUN or Upos.PROPN))
            {
                continue;
            }

            int phraseStart = i;
            while (phraseStart > start && (tags[phraseStart - 1] is Upos.NOUN or Upos.PROPN or Upos.ADJ or Upos.DET or Upos.NUM or Upos.ADV
                || IsModifyingParticiple(tags, phraseStart - 1, start)))
            {
                phraseStart--;
            }

            while (i + 1 < end && tags[i + 1] is Upos.NOUN or Upos.PROPN)
            {
                i++;
            }

            if (phraseStart == start || tags[phraseStart - 1] != Upos.ADP)
            {
                return i;
            }

            first = first < 0 ? i : first;
        }

        return first;
    }

    /// <summary>"read" of "a widely read column": a verb inside a noun phrase, after a determiner or adverb.</summary>
    private static bool IsModifyingParticiple(Upos[] tags, int token, int start) =>
        tags[token] == Upos.VERB && token > start && tags[token - 1] is Upos.ADV or Upos.DET;

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

        // Left of the cue: its auxiliaries, adverbs and a governing verb ("continues to insist"), a date ("on Wednesday").
        var tags = document.Get<PosLayer>().Tags;
        int k = cue - 1;
        while (k >= start && (tags[k] is Upos.ADV or Upos.AUX or Upos.PART || context.IsTimex(k) || IsTimePreposition(context, k)
            || TokenText.Is(document, tokens, k, "to") || (tags[k] == Upos.VERB && TokenText.Is(document, tokens, k + 1, "to"))))
        {
            k--;
        }

        var speaker = mentions.Subject(cue, start) ?? (k + 1 < cue ? mentions.Left(k + 1, start) : null) ?? TaggedNoun(context, k >= start ? k : -1);
        if (speaker is null && k >= start && (TokenText.Is(document, tokens, k, ",") || TokenText.Is(document, tokens, k, "and") || TokenText.Is(document, tokens, k, "but")))
        {
            speaker = mentions.FirstIn(start, k) ?? TaggedNoun(context, FirstNoun(context, start, k));
        }

        if (speaker is null)
        {
            return null;
        }

        int first = cue + 1;
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
