using Dateline.Actors;
using Dateline.Documents;
using Dateline.Text;

namespace Dateline.Quotes;

/// <summary>Speakers named after the quote: “…,” Blinken said / “…?” Vitter demanded / “…” Trump said.</summary>
internal static partial class DirectQuotes
{
    private static bool AttributeAfter(QuoteContext context, QuoteDraft draft, int after)
    {
        int paragraphEnd = context.ParagraphEnd(draft.First);
        int limit = Math.Min(paragraphEnd, Math.Max(after + AfterWindow, context.SentenceEnd(draft.End - 1)));

        // “Who do they think they are?” Trump said: the splitter ends a sentence at the question mark; the clause goes on.
        bool splitAtMark = after < paragraphEnd && context.SentenceStart(after) == after && ClosingPunctuation(context, after) is "?" or "!";
        if (splitAtMark)
        {
            limit = Math.Min(paragraphEnd, Math.Max(limit, context.SentenceEnd(after)));
        }

        if (after == paragraphEnd && SignatureLine(context, after) is { } signature)
        {
            // “…”¶- Bernie Sanders.
            SetCue(context, draft, after, 1, signature, "dash-signature");
            return true;
        }

        if (after < limit && IsDash(context, after) && context.Mentions.Right(after + 1, limit) is { } signed)
        {
            // “…” ― Pamela Padilla
            SetCue(context, draft, after, 1, signed, "dash-signature");
            return true;
        }

        if (after >= limit || (context.SentenceStart(after) == after && !splitAtMark && !context.TryCue(after, limit, out _, out _)
            && !(context.Mentions.IsClass(after, CueClass.Pronoun) && char.IsLower(context.Document.Raw[context.Tokens.Starts[after]]))))
        {
            return false;
        }

        for (int i = after; i < limit; i++)
        {
            if (TokenText.Is(context.Document, context.Tokens, i, "("))
            {
                // "Rep. Gwen Moore (D-Wis.) said": the abbreviation's period ends nothing.
                while (i + 1 < limit && !TokenText.Is(context.Document, context.Tokens, i, ")"))
                {
                    i++;
                }

                continue;
            }

            if (context.DirectOf[i] >= 0 || (context.IsTerminal(i) && i > after))
            {
                break;
            }

            if (context.IsOrphanRepair(i))
            {
                SetCue(context, draft, i, 1, null, "orphaned-cue");
                return true;
            }

            if (!context.TryCue(i, limit, out int length, out var cue) || cue is not (CueClass.Speech or CueClass.Object))
            {
                continue;
            }

            var mention = context.Mentions.Left(i, after) ?? (cue == CueClass.Speech ? context.Mentions.Right(i + length, SentenceOrParagraphEnd(context, i)) : null);
            if (mention is null && i > after + 1 && !TokenText.Is(context.Document, context.Tokens, i - 1, ","))
            {
                return false;
            }

            // Far from the quote, only "…, she said" closing the sentence attributes it; other cues start reported speech of their own.
            if (i - after >= AfterWindow && (mention is null || !(ClosesSentence(context, i + length) || AfterComma(context, mention))))
            {
                return false;
            }

            SetCue(context, draft, i, length, mention, mention is null ? "orphaned-cue" : "cue-after");
            return true;
        }

        return false;
    }

    /// <summary>Whether a name starting at token <paramref name="first"/> opens its clause (sentence start, dash or comma before it).</summary>
    private static bool OpensLabel(QuoteContext context, int first, int sentenceStart) =>
        first <= sentenceStart || !TokenText.IsWord(context.Document, context.Tokens, first - 1);

    /// <summary>The last token inside a closed quote ending just before <paramref name="after"/>: ",", "?", "!", "." ….</summary>
    private static ReadOnlySpan<char> ClosingPunctuation(QuoteContext context, int after) =>
        after >= 2 && context.Mentions.IsQuoteMark(after - 1) ? TokenText.Of(context.Document, context.Tokens, after - 2) : [];

    /// <summary>
    /// “…,” Texas delegate Bill Eastland, wearing a cowboy hat, said / “…?” Vitter demanded / “…,” read the email: a quote
    /// closed by a comma, question or exclamation mark is the object of the clause right after it. Its subject comes
    /// first and its verb next (past any apposition, which ends at a comma or bracket), or the verb comes first; the
    /// verb need not be a listed cue ("barked", "shot back"), the tagger says it is a verb.
    /// </summary>
    private static bool SubjectAfter(QuoteContext context, QuoteDraft draft, int after)
    {
        var (document, tokens) = (context.Document, context.Tokens);
        int paragraphEnd = context.ParagraphEnd(draft.First);
        if (after >= paragraphEnd)
        {
            return false;
        }

        if (ClosingPunctuation(context, after) is ".")
        {
            return ShortSaidAfter(context, draft, after, paragraphEnd);
        }

        if (ClosingPunctuation(context, after) is not ("," or "?" or "!" or "—" or "–"))
        {
            return false;
        }

        int end = Math.Min(paragraphEnd, context.SentenceEnd(after));
        if ((IsSpeechVerb(context, after, end, out int verbFirst) || IsPrepCue(context, after, end, out verbFirst)) && context.Mentions.Right(after + verbFirst, end) is { } inverted)
        {
            SetCue(context, draft, after, verbFirst, inverted, SubjectVerbAfter);
            return true;
        }

        if (context.Mentions.Right(after, end) is not { } subject || context.Tokens.Starts[after] > subject.Span.Start)
        {
            return false;
        }

        int next = tokens.FirstEndingAfter(subject.Span.End);
        if (subject.Kind == SpeakerKind.Nominal)
        {
            // "the email read": a common noun phrase ends at the verb.
            int first = tokens.FirstEndingAfter(subject.Span.Start);
            for (int k = first + 1; k < next; k++)
            {
                if (context.IsMainVerb(k))
                {
                    subject = subject with { Span = context.SpanOf(first, k) };
                    next = k;
                    break;
                }
            }
        }

        while (next < end && (context.Mentions.IsClass(next, CueClass.Skip) || context.IsAdverb(next)))
        {
            next++;
        }

        if (next < end && IsSpeechVerb(context, next, end, out int length))
        {
            SetCue(context, draft, next, length, subject, SubjectVerbAfter);
            return true;
        }

        if (next >= end || !(TokenText.Is(document, tokens, next, ",") || TokenText.Is(document, tokens, next, "(")))
        {
            return false;
        }

        // The apposition runs to a later comma or closing bracket; the verb after it is the subject's.
        for (int k = next + 2; k < end && k - next <= MaxApposedTokens; k++)
        {
            if (context.IsTerminal(k - 1) && !TokenText.IsWord(document, tokens, k - 2))
            {
                return false;
            }

            if ((TokenText.Is(document, tokens, k - 1, ",") || TokenText.Is(document, tokens, k - 1, ")")) && IsSpeechVerb(context, k, end, out length))
            {
                SetCue(context, draft, k, length, subject, SubjectVerbAfter);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "“… that are missing.” Trump said.": after a full stop only a short sentence of a name and a listed speech cue
    /// closes the quote; a longer one is a statement of its own.
    /// </summary>
    private static bool ShortSaidAfter(QuoteContext context, QuoteDraft draft, int after, int paragraphEnd)
    {
        int end = Math.Min(paragraphEnd, context.SentenceEnd(after));
        if (context.Mentions.Right(after, end) is not { Kind: SpeakerKind.Actor or SpeakerKind.Pronoun } subject || context.Tokens.Starts[after] != subject.Span.Start)
        {
            return false;
        }

        int next = context.Tokens.FirstEndingAfter(subject.Span.End);
        if (next >= end || !context.TryCue(next, end, out int length, out var cue) || cue != CueClass.Speech || !ClosesSentence(context, next + length))
        {
            return false;
        }

        SetCue(context, draft, next, length, subject, SubjectVerbAfter);
        return true;
    }

    /// <summary>
    /// A listed speech cue, or on tagged text a main verb or a lower-case -s/-ed word the tagger took for a noun
    /// ("Viguerie concludes.", "Bozell answers.").
    /// </summary>
    private static bool IsSpeechVerb(QuoteContext context, int token, int end, out int length)
    {
        if (context.TryCue(token, end, out length, out var cue))
        {
            return cue is CueClass.Speech or CueClass.Object;
        }

        length = 1;
        if (context.CueUsed[token] || !context.IsTagged)
        {
            return false;
        }

        var word = TokenText.Of(context.Document, context.Tokens, token);
        return context.IsMainVerb(token)
            || (context.IsNoun(token) && word.Length > 3 && char.IsLower(word[0]) && (word.EndsWith("s", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal)));
    }

    private static bool IsPrepCue(QuoteContext context, int token, int end, out int length) =>
        context.TryCue(token, end, out length, out var cue) && cue == CueClass.Prep;
}
