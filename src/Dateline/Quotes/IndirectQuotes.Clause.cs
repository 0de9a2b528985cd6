namespace Dateline.Quotes;

/// <summary>
/// "X said the annual talks, which started a decade ago, remained …": after a cue that takes a clause
/// (<c>data/quotes/clause-cues.txt</c>) a subject with an apposition or relative clause is not a bare object.
/// </summary>
internal static partial class IndirectQuotes
{
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> ClauseCues = WordList("clause-cues.txt");

    /// <summary>Whether the cue takes a clause and a verb follows in <c>[first, end)</c> (the clause's own verb past its subject).</summary>
    private static bool TakesClause(QuoteContext context, int cue, int first, int end)
    {
        if (!context.IsTagged || !ClauseCues.Value.Contains(context.LemmaOf(cue)))
        {
            return false;
        }

        for (int i = first + 1; i < end; i++)
        {
            if (context.IsVerb(i))
            {
                return true;
            }
        }

        return false;
    }
}
