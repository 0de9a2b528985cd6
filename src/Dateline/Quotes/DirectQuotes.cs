using Dateline.Actors;
using Dateline.Documents;
using Dateline.Text;

namespace Dateline.Quotes;

/// <summary>
/// Quotations between marks and speaker labels ("PENCE: …"): each becomes a draft, direct or partial, with the
/// cue and speaker mention found right after it (“…,” Blinken said / “…,” said the source / “…”Said.) or
/// right before it (Caddell said: “…”).
/// </summary>
internal static partial class DirectQuotes
{
    private const int AfterWindow = 8;
    private const int BeforeWindow = 8;
    private const int IntroWindow = 20;
    private const int MaxLabelTokens = 4;
    private const int MinDirectWords = 4;
    private const int MaxApposedTokens = 30;
    private const int SignatureTokens = 16;
    private const int IntroSentenceTokens = 40;
    private const int NominalSubjectTokens = 10;
    private const int MaxTitleWords = 12;

    /// <summary>Sieve name of a quote introduced by a colon after a clause whose subject speaks.</summary>
    public const string ColonIntroSieve = "colon-intro";

    /// <summary>Sieve name of a quote whose clause after it names the speaker first and the verb next (or inverted).</summary>
    public const string SubjectVerbAfter = "subject-verb-after";

    public static void Find(QuoteContext context)
    {
        FindLabels(context);
        foreach (var marked in QuoteMarks.Find(context.Document, context.Tokens, context.StartsLine))
        {
            if (context.DirectOf[marked.Open] >= 0 || !HoldsLetter(context, marked) || IsMarkupValue(context, marked))
            {
                // A quote without a letter ("783491630540001280", an embedded post's id) says nothing; nor does the value of
                // an embedded post's markup (<tweet author="@SkyNews" date="February 10, 2016">).
                continue;
            }

            int last = marked.Closed ? marked.End - 1 : marked.End;
            var draft = new QuoteDraft(marked.Open, marked.End, context.SpanOf(marked.Open, marked.End), KindOf(context, marked), context.ParagraphOf[marked.Open])
            {
                ContinuesPrevious = marked.ContinuesPrevious,
            };
            if (draft.Kind == QuoteKind.Partial && ResumesQuote(context, marked))
            {
                // Without a cue of its own it continues the resumed quote, sharing its cue ("continuation").
                draft.Kind = QuoteKind.Direct;
            }

            Register(context, draft);

            // "As for complexity, ''broadening the base … administration,'' said Mr. Kamin": lower case, yet closed by its cue.
            if (draft.Kind == QuoteKind.Partial && marked.Closed && WordCount(context, marked) >= MinDirectWords
                && (marked.Open == 0 || !TokenText.IsWord(context.Document, context.Tokens, marked.Open - 1))
                && TokenText.Is(context.Document, context.Tokens, marked.End - 2, ",") && AttributeAfter(context, draft, marked.End))
            {
                draft.Kind = QuoteKind.Direct;
                continue;
            }

            if (draft.Kind == QuoteKind.Direct && !Attribute(context, draft, marked.Closed ? marked.End : -1, last))
            {
                draft.Pending = Pending.NoCue;

                // A short quote is direct speech only when a cue claims it (“It is over,” he said); else a title or scare
                // quote, as is a title-cased one ('Legend in the Coal Fields.', “American Skin (41 Shots)”).
                draft.Kind = WordCount(context, marked) < MinDirectWords || IsTitleCase(context, marked) ? QuoteKind.Partial : QuoteKind.Direct;
            }
        }
    }

    private static bool IsMarkupValue(QuoteContext context, MarkedQuote marked) =>
        marked.Open > 0 && TokenText.Of(context.Document, context.Tokens, marked.Open - 1).EndsWith('=');

    private static bool HoldsLetter(QuoteContext context, MarkedQuote marked)
    {
        for (int i = marked.Open + 1; i < marked.End; i++)
        {
            foreach (char c in TokenText.Of(context.Document, context.Tokens, i))
            {
                if (char.IsLetter(c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void Register(QuoteContext context, QuoteDraft draft)
    {
        int index = context.Drafts.Count;
        context.Drafts.Add(draft);
        for (int i = draft.First; i < draft.End; i++)
        {
            context.DirectOf[i] = index;
        }
    }

    /// <summary>Looks for a cue after the quote, then before it; records mention and cue on the draft.</summary>
    private static bool Attribute(QuoteContext context, QuoteDraft draft, int after, int closeMark)
    {
        if (after >= 0 && (AttributeAfter(context, draft, after) || SubjectAfter(context, draft, after)))
        {
            return true;
        }

        return AttributeBefore(context, draft) || ColonIntro(context, draft);
    }

    /// <summary>
    /// "Mr. Christie gloated: ''…''", "Cruz called them on it:¶“…”": a quote introduced by a colon, in its sentence or
    /// closing the paragraph before, is said by the subject of the introducing clause, whatever its verb.
    /// </summary>
    private static bool ColonIntro(QuoteContext context, QuoteDraft draft)
    {
        int paragraphStart = context.ParagraphStart(draft.First);
        int colon = draft.First - 1;
        if (colon < 0 || !TokenText.Is(context.Document, context.Tokens, colon, ":") || (draft.First == paragraphStart && context.DirectOf[colon] >= 0))
        {
            return false;
        }

        int start = context.SentenceStart(colon);
        if (colon - start > IntroSentenceTokens)
        {
            return false;
        }

        // "RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “…”": a name right before the colon labels the quote.
        var subject = colon - 1 >= start && context.Actors.MentionIn(context.Tokens.SpanOf(colon - 1)) is { Kind: MentionKind.Name or MentionKind.Role } labelled
            && OpensLabel(context, context.Tokens.FirstEndingAfter(labelled.Span.Start), start)
            ? new SpeakerMention(labelled.Span, SpeakerKind.Actor, labelled)
            : ClauseSubjectOf(context, start, colon);
        if (subject is null)
        {
            return false;
        }

        SetCue(context, draft, colon, 1, subject, ColonIntroSieve);
        return true;
    }


    private static bool AttributeBefore(QuoteContext context, QuoteDraft draft)
    {
        var (document, tokens) = (context.Document, context.Tokens);
        int start = Math.Max(context.SentenceStart(draft.First), context.ParagraphStart(draft.First));

        // "Bolton told Breitbart News Daily SiriusXM host Matt Boyle, “…”": after a comma or colon the cue may stand further back.
        bool introduced = draft.First > start && (TokenText.Is(document, tokens, draft.First - 1, ",") || TokenText.Is(document, tokens, draft.First - 1, ":"));
        int from = Math.Max(start, draft.First - (introduced ? IntroWindow : BeforeWindow));
        // "Small groups of protesters continued …, while chanting, "Hands up, don't shoot."": an unlisted participle right
        // before the quote is its cue, said by the sentence's subject (checked first: it is the nearest candidate cue).
        int participle = draft.First - 2;
        if (introduced && participle > start && TokenText.Is(document, tokens, draft.First - 1, ",") && (context.IsMainVerb(participle) || context.IsNoun(participle))
            && TokenText.Of(document, tokens, participle).EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !context.CueUsed[participle]
            && !context.TryCue(participle, draft.First, out _, out _))
        {
            SetCue(context, draft, participle, 1, ClauseSubjectOf(context, start, participle - 1), SpeakerSieves.ClauseSubject);
            return true;
        }

        for (int i = draft.First - 1; i >= from; i--)
        {
            if (context.DirectOf[i] >= 0)
            {
                break;
            }

            if (!context.TryCue(i, draft.First, out int length, out var cue) || cue is not (CueClass.Speech or CueClass.Object or CueClass.Prep))
            {
                continue;
            }

            if (cue == CueClass.Prep)
            {
                // "According to HuffPo: “…”".
                if (context.Mentions.Right(i + length, draft.First) is { } source)
                {
                    SetCue(context, draft, i, length, source, "cue-before");
                    return true;
                }

                continue;
            }

            var mention = context.Mentions.Left(i, start) ?? (cue == CueClass.Speech ? context.Mentions.Right(i + length, draft.First) : null);
            if (mention is { Kind: SpeakerKind.Nominal } && (HoldsVerb(context, mention.Span) || TokenText.Of(document, tokens, i).EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
            {
                // "Mr. Trump issued a statement saying, ''…''", "as the balloons cascaded down: “…”": the phrase by the cue is
                // no speaker (a verb's object or a clause of its own); the clause's subject speaks.
                SetCue(context, draft, i, length, ClauseSubjectOf(context, start, i), SpeakerSieves.ClauseSubject);
                return true;
            }

            if (mention is null && i > start && (TokenText.Is(document, tokens, i - 1, ",") || TokenText.Of(document, tokens, i).EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
            {
                // ("… while chanting, "Hands up, don't shoot."" too.)
                // "Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: “…”": the participle shares its clause's subject;
                // without one in the sentence, the speaker is resolved later.
                SetCue(context, draft, i, length, ClauseSubjectOf(context, start, i - 1), SpeakerSieves.ClauseSubject);
                return true;
            }

            if (mention is null)
            {
                return false;
            }

            SetCue(context, draft, i, length, mention, "cue-before");
            return true;
        }

        return false;
    }

    private static bool HoldsVerb(QuoteContext context, TextSpan span)
    {
        for (int i = context.Tokens.FirstEndingAfter(span.Start); i < context.Tokens.Count && context.Tokens.Starts[i] < span.End; i++)
        {
            if (context.IsMainVerb(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject of the clause a participle hangs on: a name or pronoun opening a clause, else a common noun phrase
    /// opening the sentence and followed by its verb ("Small groups of protesters continued …"), else any name.
    /// </summary>
    private static SpeakerMention? ClauseSubjectOf(QuoteContext context, int start, int end)
    {
        var named = context.Mentions.FirstIn(start, end);
        if (named is not null && OpensLabel(context, context.Tokens.FirstEndingAfter(named.Span.Start), start))
        {
            return named;
        }

        return NominalSubject(context, start, end) ?? named;
    }

    private static SpeakerMention? NominalSubject(QuoteContext context, int start, int end)
    {
        if (context.Mentions.Right(start, end) is not { Kind: SpeakerKind.Nominal } nominal || nominal.Span.Start != context.Tokens.Starts[start])
        {
            return null;
        }

        for (int i = context.Tokens.FirstEndingAfter(nominal.Span.End); i < end && i - start <= NominalSubjectTokens; i++)
        {
            if (context.IsVerb(i))
            {
                return nominal;
            }

            if (!TokenText.IsWord(context.Document, context.Tokens, i))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A short line opening with a dash and a name, signing the quote paragraph before it ("- Bernie Sanders.").</summary>
    private static SpeakerMention? SignatureLine(QuoteContext context, int start)
    {
        if (start >= context.Tokens.Count || !(IsDash(context, start) || TokenText.Is(context.Document, context.Tokens, start, "-")))
        {
            return null;
        }

        int end = context.ParagraphEnd(start);
        return end - start <= SignatureTokens ? context.Mentions.Right(start + 1, end) : null;
    }

    private static bool IsDash(QuoteContext context, int token)
    {
        var text = TokenText.Of(context.Document, context.Tokens, token);
        return text is "―" or "—" or "–" or "--";
    }

    private static bool AfterComma(QuoteContext context, SpeakerMention mention)
    {
        int first = context.Tokens.FirstEndingAfter(mention.Span.Start);
        return first > 0 && TokenText.Is(context.Document, context.Tokens, first - 1, ",");
    }

    private static bool ClosesSentence(QuoteContext context, int from)
    {
        int end = context.SentenceEnd(from - 1);
        int words = 0;
        for (int i = from; i < end; i++)
        {
            words += TokenText.IsWord(context.Document, context.Tokens, i) ? 1 : 0;
        }

        return words <= 4;
    }

    private static int SentenceOrParagraphEnd(QuoteContext context, int token) => Math.Min(context.ParagraphEnd(token), token + AfterWindow);

    private static void SetCue(QuoteContext context, QuoteDraft draft, int cue, int length, SpeakerMention? mention, string sieve)
    {
        draft.CueToken = cue;
        draft.Cue = context.SpanOf(cue, cue + length);
        draft.Mention = mention;
        draft.Sieve = sieve;
        draft.Pending = mention is null ? Pending.Orphan : Pending.None;
        for (int i = cue; i < cue + length; i++)
        {
            context.CueUsed[i] = true;
        }

        if (mention is { Kind: SpeakerKind.Pronoun })
        {
            draft.Pending = Pending.Pronoun;
        }
        else if (mention is not null)
        {
            SpeakerSieves.SetExplicit(context, draft, mention, sieve is SubjectVerbAfter or SpeakerSieves.ClauseSubject or ColonIntroSieve ? sieve : null);
        }
    }

    private static bool IsAllCaps(QuoteContext context, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            foreach (char c in TokenText.Of(context.Document, context.Tokens, i))
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Transcript lines: a paragraph that opens with a short capitalised name and a colon ("PENCE: Well, …").</summary>
    private static void FindLabels(QuoteContext context)
    {
        var (document, tokens) = (context.Document, context.Tokens);
        foreach (int paragraphStart in context.ParagraphStarts)
        {
            int end = context.ParagraphEnd(paragraphStart);
            int start = context.Mentions.IsQuoteMark(paragraphStart) ? paragraphStart + 1 : paragraphStart;
            int colon = start;
            while (colon < end && colon - start < MaxLabelTokens && TokenText.IsCapitalised(document, tokens, colon) && TokenText.IsWord(document, tokens, colon))
            {
                colon++;
            }

            if (colon == start || colon >= end || !TokenText.Is(document, tokens, colon, ":") || end - colon < MinDirectWords)
            {
                continue;
            }

            int contentEnd = end;
            while (contentEnd > colon + 2 && context.Mentions.IsQuoteMark(contentEnd - 1))
            {
                contentEnd--;
            }

            // Only a speaker's name labels a line; "CORRECTION:" or a heading ("The Gap Goes On: It was …") opens ordinary text.
            var label = context.SpanOf(start, colon);
            var actor = context.Actors.MentionIn(label);
            if (context.Mentions.IsClass(start, CueClass.NotLabel)
                || (!IsAllCaps(context, start, colon) && !(actor is not null && actor.Span == label && context.Actors.ById(actor.ActorId) is { Type: "PERSON" } person && person.Name.Contains(' ', StringComparison.Ordinal))))
            {
                continue;
            }

            // A labelled headline ("Gingrich: Trump Must Decide If He Wants a Two-Pirate Ticket") sums up what was said: reported, not verbatim.
            var kind = context.ParagraphOf[start] == 0 && !context.Mentions.IsQuoteMark(paragraphStart) ? QuoteKind.Indirect : QuoteKind.Direct;
            var draft = new QuoteDraft(colon + 1, contentEnd, context.SpanOf(colon + 1, contentEnd), kind, context.ParagraphOf[start]);
            Register(context, draft);
            for (int i = paragraphStart; i < end; i++)
            {
                context.DirectOf[i] = context.Drafts.Count - 1;
            }

            SetCue(context, draft, colon, 1, new SpeakerMention(actor?.Span ?? label, actor is null ? SpeakerKind.Nominal : SpeakerKind.Actor, actor), "speaker-label");
        }
    }
}
