using Dateline.Actors;

namespace Dateline.Quotes;

/// <summary>
/// Where reported content stops short of the rest of its sentence (PolNeAR train errors): a non-restrictive or
/// contrasting clause after a comma ("he supports the bill, which includes …", "…, while others said …") and a
/// predicate coordinated with the speaker's own ("criticised Clinton's remarks and went back to its guests").
/// </summary>
internal static partial class IndirectQuotes
{
    private static readonly HashSet<string> TailOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "which", "who", "while", "whereas", "as", "but", "although", "though", "despite", "even", "including", "adding", "saying",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TailOpenerLookup = TailOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

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
            if (comma && TailOpenerLookup.Contains(TokenText.Of(document, tokens, i + 1)))
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
}
