using Dateline.Actors;

namespace Dateline.Quotes;

/// <summary>
/// Attributions whose cue has no speaker subject of its own (see <c>data/quotes/raising.txt</c>): a question clause
/// after "Asked" ("Asked whether he would run, Rubio said …") and the infinitive after a raising verb ("The House is
/// expected to pass the bill"), and the "that" clause of a noun ("Trump's claim that …"). The mention nearest the cue stands in as speaker.
/// </summary>
internal static partial class IndirectQuotes
{
    private const int MaxQuestionTokens = 40;

    private static readonly Lazy<Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>> RaisingWords = new(() =>
        DataLines.Read("quotes", "raising.txt").ToDictionary(row => row[1], row => row[0], StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>());

    private static bool IsRaisingKind(QuoteContext context, int token, string kind) =>
        token < context.Tokens.Count && RaisingWords.Value.TryGetValue(TokenText.Of(context.Document, context.Tokens, token), out var found) && found == kind;

    /// <summary>An attribution from an "asked" question or a raising verb at <paramref name="cue"/>, or null.</summary>
    private static QuoteDraft? FromRaisedCue(QuoteContext context, int cue, int start, int end)
    {
        if (!context.IsTagged || cue + 2 >= end)
        {
            return null;
        }

        if (IsRaisingKind(context, cue, "asked") && IsRaisingKind(context, cue + 1, "wh"))
        {
            return FromQuestion(context, cue, start, end);
        }

        if (IsRaisingKind(context, cue, "raising") && TokenText.Is(context.Document, context.Tokens, cue + 1, "to") && context.IsVerb(cue + 2))
        {
            var subject = context.Mentions.Left(cue, start);
            int contentEnd = CutObject(context, cue + 1, CutAtNextAttribution(context, cue + 1, TrimEnd(context, cue + 1, end)));
            if (subject is null || contentEnd - cue - 1 < MinContentTokens || Overlaps(context, cue + 1, contentEnd))
            {
                return null;
            }

            int first = context.Tokens.FirstEndingAfter(subject.Span.Start);
            return Build(context, first, contentEnd, cue, 1, subject, "raised-subject");
        }

        if (IsRaisingKind(context, cue, "noun") && context.IsNoun(cue) && TokenText.Is(context.Document, context.Tokens, cue + 1, "that")
            && OpensClause(context, cue + 2, end))
        {
            return FromNounClause(context, cue, start, end);
        }

        return null;
    }

    /// <summary>"Trump's claim that …": the possessor speaks; "He repeated his warning that …": the clause subject.</summary>
    private static QuoteDraft? FromNounClause(QuoteContext context, int cue, int start, int end)
    {
        var (document, tokens) = (context.Document, context.Tokens);
        int first = cue + 2;
        int contentEnd = CutAtNextAttribution(context, first, TrimEnd(context, first, end));
        var speaker = cue - 1 > start && TokenText.IsPossessive(document, tokens, cue - 1) ? context.Mentions.Left(cue - 1, start) : context.Mentions.FirstIn(start, cue);
        return speaker is null || contentEnd - first < MinContentTokens || Overlaps(context, first, contentEnd)
            ? null
            : Build(context, first, contentEnd, cue, 1, speaker, "noun-that");
    }

    /// <summary>"Asked whether …, Rubio said": the question up to its comma; "He was asked what …": the rest of the clause.</summary>
    private static QuoteDraft? FromQuestion(QuoteContext context, int cue, int start, int end)
    {
        var (document, tokens) = (context.Document, context.Tokens);
        int first = cue + 1, stop = Math.Min(end, first + MaxQuestionTokens), comma = first;
        bool quoted = false;
        while (comma < stop && (quoted || !TokenText.Is(document, tokens, comma, ",")))
        {
            quoted ^= context.Mentions.IsQuoteMark(comma);
            comma++;
        }

        SpeakerMention? speaker;
        if (cue == start)
        {
            speaker = comma < stop ? context.Mentions.Right(comma + 1, end) : null;
        }
        else
        {
            speaker = context.Mentions.IsPassive(cue, start) ? context.Mentions.Left(context.Mentions.SkipLeft(cue, start), start) : null;
        }

        int contentEnd = TrimEnd(context, first, comma);
        return speaker is null || contentEnd - first < MinContentTokens || Overlaps(context, first, contentEnd)
            ? null
            : Build(context, first, contentEnd, cue, 1, speaker, "asked-question");
    }

    /// <summary>"Asked whether …, Rubio said he …": the lead already belongs to the sentence's last attribution.</summary>
    private static bool FollowsDraft(QuoteContext context, int first, int end) =>
        context.Drafts.Count > 0 && context.Drafts[^1] is { Kind: QuoteKind.Indirect } last && last.First < end && last.End > first;
}
