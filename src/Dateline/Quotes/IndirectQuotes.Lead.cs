using Dateline.Actors;

namespace Dateline.Quotes;

/// <summary>
/// "In the wake of the attack, Trump called for the president to resign.": an introductory phrase before the
/// speaker (<c>data/quotes/lead-openers.txt</c>) is no content of "…, X said"; the content follows the cue.
/// </summary>
internal static partial class IndirectQuotes
{
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> LeadOpeners = WordList("lead-openers.txt");

    /// <summary>A one-word-a-line list of <c>data/quotes</c>, loaded once, matched case-insensitively.</summary>
    private static Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> WordList(string name) => new(() =>
        new HashSet<string>(DataLines.Read("quotes", name).Select(row => row[0]), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>Whether <c>[start, comma)</c> is one introductory phrase: it opens with a lead word and holds no comma of its own.</summary>
    private static bool IsIntroductoryLead(QuoteContext context, int start, int comma)
    {
        if (!LeadOpeners.Value.Contains(TokenText.Of(context.Document, context.Tokens, start)))
        {
            return false;
        }

        for (int i = start + 1; i < comma; i++)
        {
            if (TokenText.Is(context.Document, context.Tokens, i, ",") || context.Mentions.IsQuoteMark(i))
            {
                return false;
            }
        }

        return true;
    }
}
