using Dateline.Actors;
using Dateline.Tagging;
using Dateline.Text;

namespace Dateline.Quotes;

/// <summary>
/// Where reported content after its cue starts (PolNeAR train errors): a date, an adverb, a prepositional phrase or
/// the listener of "told" between the cue and "that" is no part of the content ("said Saturday that …", "wrote for
/// The Washington Informer that …", "told a crowded banquet hall that …"); the content is the "that" clause.
/// </summary>
internal static partial class IndirectQuotes
{
    /// <summary>The provenance of a content start moved past what stands between its cue and "that".</summary>
    public const string StartAfterThatRule = "start-after-that";

    /// <summary>A lead longer than this before "that" is rather part of the content.</summary>
    private const int MaxLeadBeforeThat = 12;

    /// <summary>
    /// The draft's content re-drawn to the "that" clause when only a date, adverb, prepositional phrase or listener stands
    /// between its cue and "that"; null when the draft keeps its extent.
    /// </summary>
    public static (int First, int End)? StartAfterThat(QuoteContext context, QuoteDraft draft)
    {
        if (draft.Kind != QuoteKind.Indirect || draft.Cue is not { } cue || draft.CueToken < 0 || !context.IsTagged)
        {
            return null;
        }

        var (document, tokens) = (context.Document, context.Tokens);
        int cueEnd = tokens.FirstEndingAfter(cue.End - 1) + 1;
        if (cueEnd > draft.First || draft.First - cueEnd > 1)
        {
            return null;
        }

        int sentenceEnd = context.SentenceEnd(draft.First);
        bool listener = context.TryCue(draft.CueToken, sentenceEnd, out _, out var cueClass) && cueClass == CueClass.Object;
        bool phrase = false;
        for (int i = draft.First; i < sentenceEnd && i < draft.First + MaxLeadBeforeThat; i++)
        {
            if (TokenText.Is(document, tokens, i, "that"))
            {
                int first = i + 1;
                if (i == draft.First || context.IsVerb(first))
                {
                    return null;
                }

                int end = i < draft.End ? draft.End : CutAtNextAttribution(context, first, TrimEnd(context, first, sentenceEnd));
                return end - first >= MinContentTokens && !InDirectQuote(context, first) ? (first, end) : null;
            }

            var tag = context.TagOf(i);
            phrase |= tag == Upos.ADP;
            bool lead = context.IsTimex(i) || tag is Upos.ADV or Upos.ADP or Upos.PART
                || ((phrase || listener) && tag is Upos.DET or Upos.PROPN or Upos.NOUN or Upos.ADJ or Upos.NUM or Upos.PRON);
            if (!lead || context.Mentions.IsQuoteMark(i) || InDirectQuote(context, i))
            {
                return null;
            }
        }

        return null;
    }
}
