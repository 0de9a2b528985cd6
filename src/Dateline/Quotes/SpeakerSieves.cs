using Dateline.Actors;
using Dateline.Documents;
using Dateline.Tagging;
using Dateline.Text;

namespace Dateline.Quotes;

/// <summary>
/// Speaker resolution as ordered sieves, each recording its name on the quote: an explicit name or role by the
/// cue; a pronoun → the most salient compatible actor; an orphaned cue → the speaker of the surrounding
/// paragraphs; a quote without cue → the quote it continues, the alternating conversation, or the previous
/// speaker. A speaker is never a pronoun: unresolved pronouns leave the speaker empty.
/// </summary>
internal static class SpeakerSieves
{
    /// <summary>Sieve name of a partial quote no cue claims (scare quotes, titles): not reported.</summary>
    public const string Unattributed = "unattributed-partial";

    /// <summary>Sieve name of a quote whose participle cue shares the subject of its sentence.</summary>
    public const string ClauseSubject = "clause-subject";

    private const int SalienceParagraphs = 3;
    private const int ShortLineTokens = 12;

    /// <summary>Tokens (punctuation) that may stand between reported speech and the bare quote going on with it.</summary>
    private const int MaxGapTokens = 2;

    /// <summary>How far back (characters) the nearest reference to a context-resolved speaker is looked for.</summary>
    private const int NearestReach = 3000;

    /// <summary>How far back recent speakers stay more salient than mere mentions.</summary>
    private const int SpeakerParagraphs = 6;

    private static readonly HashSet<string> FirstPersonPlural = new(StringComparer.OrdinalIgnoreCase) { "we", "us", "our", "ours" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstPersonPluralLookup = FirstPersonPlural.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Takes the speaker the mention names. The sieve says what kind of mention it was ("cue-name", "cue-role",
    /// "cue-nominal") unless a named rule found the cue (<paramref name="rule"/>), which is kept for provenance.
    /// </summary>
    public static void SetExplicit(QuoteContext context, QuoteDraft draft, SpeakerMention mention, string? rule = null)
    {
        if (mention.Actor is { } linked && context.Actors.ById(linked.ActorId) is { } actor)
        {
            draft.ActorId = actor.Id;
            draft.Speaker = actor.Name;
            draft.Sieve = rule ?? (linked.Kind == MentionKind.Role ? "cue-role" : "cue-name");
        }
        else
        {
            draft.Speaker = context.Document.Text(mention.Antecedent ?? mention.Span);
            draft.Sieve = rule ?? "cue-nominal";
        }

        draft.Pending = Pending.None;
    }

    /// <summary>Resolves every pending draft in text order, so each sees the speakers settled before it.</summary>
    public static void ResolvePending(QuoteContext context)
    {
        context.Drafts.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        for (int d = 0; d < context.Drafts.Count; d++)
        {
            var draft = context.Drafts[d];
            switch (draft.Pending)
            {
                case Pending.Pronoun:
                    ResolvePronoun(context, d);
                    break;
                case Pending.Orphan:
                    ResolveFromSurroundings(context, d, draft.Sieve == ClauseSubject ? ClauseSubject : "orphaned-cue");
                    break;
                case Pending.NoCue:
                    ResolveWithoutCue(context, d);
                    break;
            }
        }
    }

    private static void ResolvePronoun(QuoteContext context, int index)
    {
        var draft = context.Drafts[index];
        bool person = !IsPlural(context, draft.Mention!.Span);
        if (context.Document.Text(draft.Mention!.Span).Equals("they", StringComparison.OrdinalIgnoreCase) && PluralSpeakerBefore(context, index) is { } group)
        {
            draft.CopySpeaker(group, "pronoun-salience", shareCue: false);
            return;
        }

        foreach (var actor in Candidates(context, index, person))
        {
            if (Compatible(context, actor, draft))
            {
                Assign(draft, actor, "pronoun-salience");
                return;
            }
        }

        draft.Sieve = "pronoun-unresolved";
        draft.Pending = Pending.None;
    }

    private static void ResolveFromSurroundings(QuoteContext context, int index, string sieve)
    {
        var draft = context.Drafts[index];
        for (int d = index - 1; d >= 0 && draft.Paragraph - context.Drafts[d].Paragraph <= SalienceParagraphs; d--)
        {
            var earlier = context.Drafts[d];
            if (earlier.IsResolved && earlier.Speaker is not null && (earlier.ActorId is null || Compatible(context, context.Actors.ById(earlier.ActorId)!, draft)))
            {
                // An orphaned "Said." hangs on no mention; a participle ("…, adding, “…”") on its sentence's subject.
                bool ownCue = draft.Cue is not null && !(sieve == ClauseSubject && earlier.Paragraph == draft.Paragraph);
                draft.CopySpeaker(earlier, sieve, shareCue: false);
                if (ownCue)
                {
                    draft.Mention = null;
                }
                else
                {
                    PointAtNearest(context, draft);
                }

                return;
            }
        }

        foreach (var actor in Candidates(context, index, person: true))
        {
            if (Compatible(context, actor, draft))
            {
                Assign(draft, actor, sieve + "-salience");
                PointAtNearest(context, draft);
                return;
            }
        }

        draft.Pending = Pending.None;
        draft.Sieve = sieve + "-unresolved";
    }

    private static void ResolveWithoutCue(QuoteContext context, int index)
    {
        var draft = context.Drafts[index];
        if (draft.Kind == QuoteKind.Partial)
        {
            ResolvePartial(context, draft);
            return;
        }

        var previous = PreviousQuote(context, index);
        if (previous is not null && previous.IsResolved && previous.Speaker is not null
            && (draft.ContinuesPrevious || previous.Paragraph == draft.Paragraph))
        {
            draft.CopySpeaker(previous, "continuation");
            return;
        }

        var next = index + 1 < context.Drafts.Count ? context.Drafts[index + 1] : null;
        if (next is not null && next.ContinuesPrevious && next.Kind == QuoteKind.Direct && next.Pending == Pending.None && next.Speaker is not null)
        {
            draft.CopySpeaker(next, "continued-later");
            return;
        }

        if (TryConversation(context, draft, previous))
        {
            return;
        }

        if (ContinuesQuoteParagraph(context, index, previous))
        {
            draft.CopySpeaker(previous!, "next-paragraph");
            return;
        }

        if (FollowsReportedSpeech(context, index) is { } reported)
        {
            draft.CopySpeaker(reported, "after-reported");
            return;
        }

        if (ClosestMention(context, draft) is { } closest && context.Actors.ById(closest.ActorId) is { } named)
        {
            Assign(draft, named, "closest-mention");
            draft.Mention = new SpeakerMention(closest.Span, SpeakerKind.Actor, closest);
            PointAtNearest(context, draft);
            return;
        }

        ResolveFromSurroundings(context, index, "previous-speaker");
    }

    /// <summary>
    /// "Sanders identified young voters' exhaustion as a reason … “The younger people are …”": a bare quote right
    /// after reported speech in its paragraph goes on with the same statement.
    /// </summary>
    private static QuoteDraft? FollowsReportedSpeech(QuoteContext context, int index)
    {
        var draft = context.Drafts[index];
        var before = index > 0 ? context.Drafts[index - 1] : null;
        return before is { Kind: QuoteKind.Indirect, IsResolved: true, Speaker: not null } && before.Paragraph == draft.Paragraph
            && before.End <= draft.First && draft.First - before.End <= MaxGapTokens ? before : null;
    }

    /// <summary>
    /// A person named in the quote's paragraph before it ("Pamela Padilla, 24: “…”"), or on a short line just
    /// before the quote's paragraph.
    /// </summary>
    private static ActorMention? ClosestMention(QuoteContext context, QuoteDraft draft)
    {
        int paragraphStart = context.ParagraphStart(draft.First);
        int from = paragraphStart;
        if (draft.First == paragraphStart && context.ParagraphOf[draft.First] > 0)
        {
            int previousStart = context.ParagraphStarts[context.ParagraphOf[draft.First] - 1];
            if (paragraphStart - previousStart > ShortLineTokens || context.DirectOf[previousStart] >= 0)
            {
                return null;
            }

            from = previousStart;
        }

        var start = context.Tokens.Starts[from];
        ActorMention? closest = null;
        foreach (var mention in context.Actors.Mentions)
        {
            if (mention.Span.Start >= draft.Span.Start)
            {
                break;
            }

            if (mention.Span.Start >= start && mention.Kind == MentionKind.Name && context.Actors.ById(mention.ActorId) is { Type: "PERSON" } person && Compatible(context, person, draft))
            {
                closest = mention;
            }
        }

        return closest;
    }

    /// <summary>
    /// A speaker found through context is reported at the reference to them nearest before the quote: their last
    /// name or role mention, or a later "he"/"she" that no other person's name comes between ("Graham said … He
    /// added: … ¶“…”" points at "He"). Drafts sharing another's cue keep that attribution's mention.
    /// </summary>
    private static void PointAtNearest(QuoteContext context, QuoteDraft draft)
    {
        if (draft.ActorId is not { } actorId || context.Actors.ById(actorId) is not { } actor)
        {
            return;
        }

        int quoteStart = draft.Span.Start;
        // Bounded in characters too, so a huge paragraph of quotes stays linear.
        int horizon = Math.Max(context.Tokens.Starts[context.ParagraphStarts[Math.Max(0, draft.Paragraph - SalienceParagraphs)]], quoteStart - NearestReach);
        var mentions = context.Actors.Mentions;
        int firstOther = quoteStart;
        ActorMention? named = null;
        for (int m = FirstMentionFrom(mentions, quoteStart) - 1; m >= 0 && mentions[m].Span.Start >= horizon; m--)
        {
            var mention = mentions[m];
            if (mention.ActorId == actorId && mention.Kind is MentionKind.Name or MentionKind.Role)
            {
                named = mention;
                break;
            }

            if (context.Actors.ById(mention.ActorId) is { Type: "PERSON" })
            {
                firstOther = mention.Span.Start;
            }
        }

        if (named is null)
        {
            return;
        }

        // A mention the sieve already holds after that name stays unless a pronoun follows it.
        var nearest = draft.Mention is { } held && held.Span.Start >= named.Span.Start && held.Span.End <= quoteStart ? held : new SpeakerMention(named.Span, SpeakerKind.Actor, named);
        if (actor.Type == "PERSON")
        {
            for (int i = context.Tokens.FirstEndingAfter(nearest.Span.End); i < context.Tokens.Count && context.Tokens.Starts[i] < firstOther; i++)
            {
                if (context.DirectOf[i] < 0 && IsSingularPersonal(context, i))
                {
                    nearest = new SpeakerMention(context.Tokens.SpanOf(i), SpeakerKind.Pronoun, null);
                }
            }
        }

        draft.Mention = nearest;
    }

    private static bool IsSingularPersonal(QuoteContext context, int token)
    {
        var word = TokenText.Of(context.Document, context.Tokens, token);
        return word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A partial quote takes the speaker of the reported speech around it; otherwise it is a scare quote or title.</summary>
    private static void ResolvePartial(QuoteContext context, QuoteDraft draft)
    {
        var enclosing = context.Drafts.FirstOrDefault(d => d.Kind == QuoteKind.Indirect && d.First <= draft.First && draft.End <= d.End + 1 && d.IsResolved);
        if (enclosing is not null)
        {
            draft.CopySpeaker(enclosing, "enclosing-indirect");
        }
        else
        {
            draft.Pending = Pending.None;
            draft.Sieve = Unattributed;
        }
    }

    /// <summary>
    /// "“…,” Viguerie tells Breitbart News.¶“He's what we've waited for …”": a bare quote paragraph right after a
    /// paragraph that ends with a cued direct quote goes on with the same statement, sharing its cue.
    /// </summary>
    private static bool ContinuesQuoteParagraph(QuoteContext context, int index, QuoteDraft? previous)
    {
        var draft = context.Drafts[index];
        return previous is { IsResolved: true, Speaker: not null, Cue: not null } && previous.Paragraph == draft.Paragraph - 1
            && context.Drafts[index - 1] == previous && draft.First == context.ParagraphStart(draft.First)
            && previous.Sieve != "speaker-label" && previous.Sieve != "dash-signature";
    }

    /// <summary>A bare quote paragraph in a labelled exchange: the speaker before the previous one answers again.</summary>
    private static bool TryConversation(QuoteContext context, QuoteDraft draft, QuoteDraft? previous)
    {
        if (previous is not null && previous.Speaker is not null && draft.Paragraph - previous.Paragraph == 1
            && PreviousQuote(context, context.Drafts.IndexOf(previous)) is { Speaker: not null } before
            && previous.Paragraph - before.Paragraph == 1 && before.Speaker != previous.Speaker && before.Sieve == "speaker-label")
        {
            draft.CopySpeaker(before, "conversation", shareCue: false);
            return true;
        }

        return false;
    }

    private static QuoteDraft? PreviousQuote(QuoteContext context, int index)
    {
        for (int d = index - 1; d >= 0; d--)
        {
            if (context.Drafts[d].Kind == QuoteKind.Direct)
            {
                return context.Drafts[d];
            }
        }

        return null;
    }

    /// <summary>Actors in salience order: speakers of recent quotes first, then recent mentions, nearest first.</summary>
    private static IEnumerable<Actor> Candidates(QuoteContext context, int index, bool person)
    {
        var draft = context.Drafts[index];
        var seen = new HashSet<string>();
        for (int d = index - 1; d >= 0 && draft.Paragraph - context.Drafts[d].Paragraph <= SpeakerParagraphs; d--)
        {
            if (context.Drafts[d].ActorId is { } id && context.Actors.ById(id) is { } actor && Fits(actor, person) && seen.Add(id))
            {
                yield return actor;
            }
        }

        int firstToken = context.Drafts[index].First;
        int horizon = context.ParagraphStarts[Math.Max(0, context.ParagraphOf[firstToken] - SalienceParagraphs)];
        int horizonOffset = context.Tokens.Starts[horizon];
        // Mentions are sorted by start: walk back from the quote to the horizon only, so long articles stay linear.
        var mentions = context.Actors.Mentions;
        for (int m = FirstMentionFrom(mentions, draft.Span.Start) - 1; m >= 0 && mentions[m].Span.Start >= horizonOffset; m--)
        {
            var mention = mentions[m];

            if (context.Actors.ById(mention.ActorId) is { } actor && Fits(actor, person) && seen.Add(actor.Id))
            {
                yield return actor;
            }
        }
    }

    /// <summary>A place that is no polity ("the Middle East", "the District of Columbia Circuit") says nothing.</summary>
    private static bool Fits(Actor actor, bool person) => person ? actor.Type == "PERSON" : actor.Type != "LOC";

    /// <summary>
    /// "Twenty-seven states … and industry groups are challenging the rules. ¶They argue that …": "they" right after a
    /// statement whose speaker is a plural noun phrase no actor names goes on with that speaker.
    /// </summary>
    private static QuoteDraft? PluralSpeakerBefore(QuoteContext context, int index)
    {
        var draft = context.Drafts[index];
        var before = index > 0 ? context.Drafts[index - 1] : null;
        if (before is not { IsResolved: true, Speaker: not null, ActorId: null, Mention: { Kind: SpeakerKind.Nominal } mention } || draft.Paragraph - before.Paragraph > 1)
        {
            return null;
        }

        int head = context.Tokens.FirstEndingAfter(mention.Span.End - 1);
        return context.TagOf(head) == Upos.NOUN && TokenText.Of(context.Document, context.Tokens, head) is { Length: > 2 } word
            && word[^1] is 's' or 'S' && word[^2] is not ('s' or 'S') ? before : null;
    }

    /// <summary>
    /// Content check: a speaker does not name themselves, and one who says "we" does not name their own country
    /// in the third person ("we have pressed Israel" is not said by an Israeli official).
    /// </summary>
    private static bool Compatible(QuoteContext context, Actor actor, QuoteDraft draft)
    {
        bool saysWe = actor.Country is not null && SaysWe(context, draft);
        var mentions = context.Actors.Mentions;
        for (int m = FirstMentionFrom(mentions, draft.Span.Start); m < mentions.Count && mentions[m].Span.Start < draft.Span.End; m++)
        {
            var mention = mentions[m];
            if (!draft.Span.Covers(mention.Span))
            {
                continue;
            }

            // Speakers do not name themselves: "Notice Trump sniffing all the time" is said about Trump.
            if (mention.ActorId == actor.Id && mention.Kind is MentionKind.Name or MentionKind.Role)
            {
                return false;
            }

            if (saysWe && mention.Kind == MentionKind.Country && context.Actors.ById(mention.ActorId)?.Code == actor.Country)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Index of the first mention starting at or after <paramref name="offset"/> (mentions are sorted by start).</summary>
    private static int FirstMentionFrom(IReadOnlyList<ActorMention> mentions, int offset)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (mentions[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Whether the quote speaks in the first person plural; asked once per draft however many candidates are checked.</summary>
    private static bool SaysWe(QuoteContext context, QuoteDraft draft)
    {
        if (draft.SaysWe is { } known)
        {
            return known;
        }

        bool found = false;
        for (int i = draft.First; i < draft.End && !found; i++)
        {
            var word = TokenText.Of(context.Document, context.Tokens, i);
            found = word.Length <= 4 && FirstPersonPluralLookup.Contains(word);
        }

        draft.SaysWe = found;
        return found;
    }

    private static bool IsPlural(QuoteContext context, TextSpan pronoun)
    {
        string text = context.Document.Text(pronoun);
        return text.Equals("they", StringComparison.OrdinalIgnoreCase) || text.Equals("we", StringComparison.OrdinalIgnoreCase) || text.Equals("it", StringComparison.OrdinalIgnoreCase);
    }

    private static void Assign(QuoteDraft draft, Actor actor, string sieve)
    {
        draft.ActorId = actor.Id;
        draft.Speaker = actor.Name;
        draft.Sieve = sieve;
        draft.Pending = Pending.None;
    }
}
