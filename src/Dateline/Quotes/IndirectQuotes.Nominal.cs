using Dateline.Tagging;

namespace Dateline.Quotes;

/// <summary>
/// "…, was aware of the inquiry, the report says.": a short noun phrase after a clause break, followed by a cue,
/// opens a new attribution, so the content before it ends at the break (sieve of the new one: its own cue's).
/// </summary>
internal static partial class IndirectQuotes
{
    private const int MaxSubjectPhraseTokens = 5;

    /// <summary>The token after a noun phrase of at most five tagged words starting at <paramref name="first"/>, or -1.</summary>
    private static int AfterTaggedNounPhrase(QuoteContext context, int first, int end)
    {
        if (!context.IsTagged)
        {
            return -1;
        }

        int i = first;
        while (i < end && i - first < MaxSubjectPhraseTokens && context.TagOf(i) is Upos.DET or Upos.ADJ or Upos.NOUN or Upos.PROPN or Upos.NUM)
        {
            i++;
        }

        return i > first && context.TagOf(i - 1) is Upos.NOUN or Upos.PROPN ? i : -1;
    }
}
