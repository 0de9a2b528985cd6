using Dateline.Actors;

namespace Dateline.Quotes;

/// <summary>
/// "…, said Michael O'Hanlon, a senior fellow at Brookings." — a speech cue after a comma with its speaker right
/// after it and the clause ending there reports what precedes the comma; it does not share the subject of an
/// earlier clause ("…, said the deal would pass").
/// </summary>
internal static partial class IndirectQuotes
{
    private const string InvertedSieve = "inverted-speaker";

    /// <summary>Whether a speaker mention opens right after the cue and its clause ends after it (punctuation, a date, "in a statement").</summary>
    private static bool InvertedSpeakerFollows(QuoteContext context, int from, int end)
    {
        var (document, tokens) = (context.Document, context.Tokens);
        int first = from;
        while (first < end && context.Mentions.IsClass(first, CueClass.Skip))
        {
            first++;
        }

        if (first >= end || context.Mentions.Right(from, end) is not { } speaker || speaker.Span.Start != tokens.Starts[first])
        {
            return false;
        }

        int next = tokens.FirstEndingAfter(speaker.Span.End - 1) + 1;
        for (int i = first; speaker.Kind == SpeakerKind.Nominal && i < next; i++)
        {
            // "…, say taxing consumption encourages savings": a verb inside makes the phrase content, not a speaker.
            if (context.IsVerb(i))
            {
                return false;
            }
        }

        while (next < end && context.IsTimex(next))
        {
            next++;
        }

        return next >= end || context.IsTerminal(next) || TokenText.Is(document, tokens, next, ",") || TokenText.Is(document, tokens, next, ";")
            || TokenText.Is(document, tokens, next, "—") || TokenText.Is(document, tokens, next, "(") || StartsWithPreposition(context, next);
    }

    /// <summary>"…, announcing the appointment": a participle continues its clause's subject, never inverts.</summary>
    private static bool IsParticiple(Documents.Document document, Text.TokenLayer tokens, int cue) =>
        TokenText.Of(document, tokens, cue).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
}
