using Dateline.Actors;

namespace Dateline.Quotes;

/// <summary>
/// "Netanyahu's rejection of the plan, which the United States says has merit, could scuttle talks": a cue inside a
/// relative clause set off by commas reports only what that clause holds; the comma closing it ends the content.
/// </summary>
internal static partial class IndirectQuotes
{
    /// <summary>Extent rule of a content ended by the comma closing its relative clause.</summary>
    public const string RelativeClauseRule = "relative-clause-end";

    /// <summary>Whether the speaker mention after <paramref name="beforeSpeaker"/> follows ", which" / ", whom" / ", that".</summary>
    private static bool OpensRelativeClause(QuoteContext context, int beforeSpeaker, int start)
    {
        var (document, tokens) = (context.Document, context.Tokens);
        return beforeSpeaker > start && TokenText.Is(document, tokens, beforeSpeaker - 1, ",")
            && (TokenText.Is(document, tokens, beforeSpeaker, "which") || TokenText.Is(document, tokens, beforeSpeaker, "whom"));
    }

    /// <summary>The first comma in <c>[first, end)</c>, or <paramref name="end"/>.</summary>
    private static int ClosingComma(QuoteContext context, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (TokenText.Is(context.Document, context.Tokens, i, ","))
            {
                return i;
            }
        }

        return end;
    }
}
