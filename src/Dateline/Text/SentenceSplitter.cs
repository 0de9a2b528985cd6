namespace Dateline.Text;

/// <summary>
/// Groups tokens into sentences from the token kinds the tokenizer recorded. A sentence ends after a terminal
/// ("." "!" "?", an ellipsis, an abbreviation that can end one) plus any closing quotes and brackets that follow
/// it, when the next token looks like a sentence opening; it always ends at a paragraph start or forced break.
/// </summary>
internal static class SentenceSplitter
{
    private const TokenTraits HardBreak = TokenTraits.ParagraphStart | TokenTraits.ForcedBreak;

    public static SentenceLayer Split(string text, TokenBuffer tokens, TextLexicon lexicon)
    {
        int count = tokens.Count;
        var kinds = tokens.Kinds;
        var traits = tokens.Traits;
        var firsts = new List<int>(count / 16 + 4);
        int sentenceStart = 0;
        for (int k = 0; k < count; k++)
        {
            if (k > sentenceStart && (traits[k] & HardBreak) != 0)
            {
                firsts.Add(sentenceStart);
                sentenceStart = k;
            }

            if (!MayEnd(kinds[k]))
            {
                continue;
            }

            int next = k + 1;
            while (next < count && kinds[next] is TokenKind.CloseQuote or TokenKind.CloseBracket && (traits[next] & HardBreak) == 0)
            {
                next++;
            }

            if (next < count && (traits[next] & HardBreak) == 0 && Ends(text, tokens, lexicon, k, next))
            {
                firsts.Add(sentenceStart);
                sentenceStart = next;
                k = next - 1;
            }
        }

        if (sentenceStart < count)
        {
            firsts.Add(sentenceStart);
        }

        return Build(tokens, firsts);
    }

    private static bool MayEnd(TokenKind kind) => kind is TokenKind.Terminal or TokenKind.Ellipsis
        or TokenKind.MonthAbbreviation or TokenKind.GeneralAbbreviation or TokenKind.Initial;

    /// <summary>Whether the sentence ends after token <paramref name="terminal"/>, given the token <paramref name="next"/> that follows its closers.</summary>
    private static bool Ends(string text, TokenBuffer tokens, TextLexicon lexicon, int terminal, int next)
    {
        char first = text[tokens.Starts[next]];
        var nextKind = tokens.Kinds[next];
        switch (tokens.Kinds[terminal])
        {
            case TokenKind.Terminal:
                return !CharKinds.IsLower(first) && nextKind is not (TokenKind.Punctuation or TokenKind.CloseBracket or TokenKind.Terminal);
            case TokenKind.Ellipsis:
                return CharKinds.IsUpper(first) || nextKind == TokenKind.OpenQuote;
            case TokenKind.MonthAbbreviation when char.IsAsciiDigit(first):
                return false;
            default:
                return IsOpener(text, tokens, lexicon, next);
        }
    }

    private static bool IsOpener(string text, TokenBuffer tokens, TextLexicon lexicon, int index)
    {
        int start = tokens.Starts[index];
        return lexicon.IsSentenceOpener(text.AsSpan(start, tokens.Ends[index] - start));
    }

    private static SentenceLayer Build(TokenBuffer tokens, List<int> firsts)
    {
        int count = firsts.Count;
        var firstTokens = new int[count];
        var endTokens = new int[count];
        var spans = new Documents.TextSpan[count];
        for (int s = 0; s < count; s++)
        {
            int first = firsts[s];
            int endToken = s + 1 < count ? firsts[s + 1] : tokens.Count;
            firstTokens[s] = first;
            endTokens[s] = endToken;
            spans[s] = new Documents.TextSpan(tokens.Starts[first], tokens.Ends[endToken - 1]);
        }

        return new SentenceLayer(firstTokens, endTokens, spans);
    }
}
