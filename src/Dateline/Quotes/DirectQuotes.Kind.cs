using Dateline.Actors;
using Dateline.Documents;
using Dateline.Text;

namespace Dateline.Quotes;

/// <summary>Whether a marked quote is direct, partial or a title.</summary>
internal static partial class DirectQuotes
{
    private static QuoteKind KindOf(QuoteContext context, MarkedQuote marked)
    {
        var (document, tokens) = (context.Document, context.Tokens);
        int words = WordCount(context, marked);

        // "on Fox News Channel’s “Hannity,” Gingrich said": a quote owned by a possessive is a title, not speech.
        bool opensClause = marked.Open == context.ParagraphStart(marked.Open)
            || (!TokenText.IsWord(document, tokens, marked.Open - 1) && !TokenText.IsPossessive(document, tokens, marked.Open - 1))
            || context.TryCue(marked.Open - 1, marked.Open, out _, out _)
            || context.TryCue(context.Mentions.SkipLeft(marked.Open, 0), marked.Open, out _, out _);
        bool capitalised = marked.Open + 1 < tokens.Count && TokenText.IsCapitalised(document, tokens, marked.Open + 1);
        bool afterColon = marked.Open > 0 && TokenText.Is(document, tokens, marked.Open - 1, ":");
        bool endsClause = marked.Closed && marked.End - 2 > marked.Open && !TokenText.IsWord(document, tokens, marked.End - 2);
        if (NamesAShow(context, marked))
        {
            return QuoteKind.Partial;
        }

        if ((words >= MinDirectWords || (endsClause && capitalised)) && opensClause
            && (capitalised || afterColon || marked.Open == context.ParagraphStart(marked.Open) || !marked.Closed || (words >= MinDirectWords && AfterCueComma(context, marked.Open))))
        {
            return QuoteKind.Direct;
        }

        return QuoteKind.Partial;
    }

    /// <summary>
    /// "“I think Lester Holt will be very fair,” Trump said during a rally in Kenansville, N.C., “but a lot of people …”":
    /// a quote opening after a comma that goes on from the paragraph's previous quote, closed by a comma and cued after it.
    /// </summary>
    private static bool ResumesQuote(QuoteContext context, MarkedQuote marked)
    {
        if (context.Drafts.Count == 0 || marked.Open < 1 || !TokenText.Is(context.Document, context.Tokens, marked.Open - 1, ","))
        {
            return false;
        }

        var previous = context.Drafts[^1];
        return previous.Kind == QuoteKind.Direct && previous.Paragraph == context.ParagraphOf[marked.Open] && previous.CueToken >= previous.End
            && previous.CueToken < marked.Open && marked.Open - previous.CueToken <= IntroWindow && ClosingPunctuation(context, previous.End) is ","
            && previous.Sieve != SpeakerSieves.Unattributed;
    }

    /// <summary>"“By locking in China,” Mr. Obama said, “it now allowed me …”": a quote resumed in lower case after its cue.</summary>
    private static bool AfterCueComma(QuoteContext context, int open)
    {
        var (document, tokens) = (context.Document, context.Tokens);
        if (open < 2 || !TokenText.Is(document, tokens, open - 1, ","))
        {
            return false;
        }

        int start = context.SentenceStart(open - 1);
        for (int i = open - 2; i >= start && open - i <= BeforeWindow; i--)
        {
            if (context.Mentions.IsQuoteMark(i) || context.IsTerminal(i) || TokenText.Is(document, tokens, i, ","))
            {
                return false;
            }

            if (context.TryCue(i, open, out _, out var cue) && cue is CueClass.Speech or CueClass.Object)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"In an interview on CBS's “Face the Nation,” Ryan said": a title-cased quote after a preposition or possessive names a show or work.</summary>
    private static bool NamesAShow(QuoteContext context, MarkedQuote marked)
    {
        if (marked.Open < 1 || !IsTitleCase(context, marked))
        {
            return false;
        }

        var before = TokenText.Of(context.Document, context.Tokens, marked.Open - 1);
        return TokenText.IsPossessive(context.Document, context.Tokens, marked.Open - 1)
            || before.Equals("on", StringComparison.OrdinalIgnoreCase) || before.Equals("in", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every word of four letters or more capitalised, in a short quote of two words or more.</summary>
    private static bool IsTitleCase(QuoteContext context, MarkedQuote marked)
    {
        int words = 0;
        for (int i = marked.Open + 1; i < marked.End; i++)
        {
            var word = TokenText.Of(context.Document, context.Tokens, i);
            if (word.Length == 0 || !char.IsLetter(word[0]))
            {
                continue;
            }

            words++;
            if (words > MaxTitleWords || (word.Length >= 4 && !char.IsUpper(word[0])))
            {
                return false;
            }
        }

        return words >= 2;
    }

    private static int WordCount(QuoteContext context, MarkedQuote marked)
    {
        int words = 0;
        for (int i = marked.Open + 1; i < marked.End; i++)
        {
            words += TokenText.IsWord(context.Document, context.Tokens, i) ? 1 : 0;
        }

        return words;
    }
}
