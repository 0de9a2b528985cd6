using Dateline.Actors;
using Dateline.Documents;

namespace Dateline.Quotes;

/// <summary>
/// Where reported content stops short of the rest of its sentence (PolNeAR train errors): a non-restrictive or
/// contrasting clause after a comma ("he supports the bill, which includes …", "…, while others said …") and a
/// predicate coordinated with the speaker's own ("criticised Clinton's remarks and went back to its guests").
/// </summary>
internal static partial class IndirectQuotes
{
    private const int MaxSourcePhraseTokens = 16;

    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> TailOpeners = new(() =>
        DataLines.Read("quotes", "content-tails.txt").Select(row => row[0]).ToHashSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>());

    private static int CutTail(QuoteContext context, int first, int end)
    {
        var (document, tokens) = (context.Document, context.Tokens);
        for (int i = first + MinContentTokens; i + 1 < end; i++)
        {
            if (context.Mentions.IsQuoteMark(i))
            {
                return end;
            }

            bool comma = TokenText.Is(document, tokens, i, ",");
            if (comma && TailOpeners.Value.Contains(TokenText.Of(document, tokens, i + 1)))
            {
                return TrimEnd(context, first, i);
            }

            int conjunction = comma ? i + 1 : i;
            if ((TokenText.Is(document, tokens, conjunction, "and") || TokenText.Is(document, tokens, conjunction, "but"))
                && conjunction + 1 < end && context.IsVerb(conjunction + 1))
            {
                return TrimEnd(context, first, i);
            }
        }

        return end;
    }

    /// <summary>
    /// "According to early results of exit polls conducted by Edison Research, …": a source phrase no mention rule
    /// reads, taken whole up to its comma (or the sentence end), when it is short and starts with a word.
    /// </summary>
    private static SpeakerMention? PhraseUntilComma(QuoteContext context, int first, int end)
    {
        var (document, tokens) = (context.Document, context.Tokens);
        if (first >= end || !TokenText.IsWord(document, tokens, first) || context.Mentions.IsQuoteMark(first))
        {
            return null;
        }

        int last = first;
        while (last + 1 < end && last - first < MaxSourcePhraseTokens && !TokenText.Is(document, tokens, last + 1, ",") && !context.IsTerminal(last + 1))
        {
            last++;
        }

        return last - first >= MaxSourcePhraseTokens ? null : new SpeakerMention(new TextSpan(tokens.Starts[first], tokens.Ends[last]), SpeakerKind.Nominal, null);
    }

    /// <summary>"…, Mr. Sykes said": a title the actor mention leaves out ("Mr.", "Sen.") still stands before the name.</summary>
    private static int SkipTitles(QuoteContext context, int token, int start) => context.Mentions.SkipTitles(token, start);
}
