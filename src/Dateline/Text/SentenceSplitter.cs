namespace Dateline.Text;

/// <summary>
/// Groups tokens into sentences from the token kinds the tokenizer recorded. A sentence ends after a terminal
/// ("." "!" "?", an ellipsis, an abbreviation that can end one) plus any closing quotes and brackets that follow
/// it, when the next token looks like a sentence opening; it always ends at a paragraph start or forced break.
/// </summary>
internal static class SentenceSplitter
{
    private const int MinWordBeforeLowerCaseBreak = 3;
    private const TokenTraits HardBreak = TokenTraits.ParagraphStart | TokenTraits.ForcedBreak;

    public static SentenceLayer Split(string text, TokenBuffer tokens, TextLexicon lexicon)
    {
        int count = tokens.Count;
        var kinds = tokens.Kinds;
        var traits = tokens.Traits;
        var firsts = new List<int>(count / 16 + 4);
        var rules = new List<string>(count / 16 + 4);
        int sentenceStart = 0;
        for (int k = 0; k < count; k++)
        {
            if (k > sentenceStart && (traits[k] & HardBreak) != 0)
            {
                firsts.Add(sentenceStart);
                rules.Add((traits[k] & TokenTraits.ParagraphStart) != 0 ? SentenceRules.ParagraphEnd : SentenceRules.ForcedBreak);
                sentenceStart = k;
            }

            if (!MayEnd(kinds[k]) || (k == sentenceStart && kinds[k] == TokenKind.Ellipsis))
            {
                continue;
            }

            int next = SkipClosers(text, tokens, k + 1);

            if (next < count && (traits[next] & HardBreak) == 0 && EndRule(text, tokens, lexicon, k, next) is { } rule)
            {
                firsts.Add(sentenceStart);
                rules.Add(rule);
                sentenceStart = next;
                k = next - 1;
            }
        }

        if (sentenceStart < count)
        {
            firsts.Add(sentenceStart);
            rules.Add(SentenceRules.TextEnd);
        }

        return Build(tokens, firsts, rules);
    }

    /// <summary>Closing quotes and brackets, emoticons, and a citation or omission mark like "[17]" or "[...]", stay with the sentence they follow.</summary>
    private static int SkipClosers(string text, TokenBuffer tokens, int next)
    {
        int count = tokens.Count;
        var kinds = tokens.Kinds;
        var traits = tokens.Traits;
        while (next < count && (traits[next] & HardBreak) == 0)
        {
            if (kinds[next] is TokenKind.CloseQuote or TokenKind.CloseBracket or TokenKind.Emoticon)
            {
                next++;
            }
            else if (next + 2 < count && text[tokens.Starts[next]] == '[' && kinds[next + 1] is TokenKind.Number or TokenKind.Ellipsis
                && text[tokens.Starts[next + 2]] == ']' && (traits[next + 1] & HardBreak) == 0)
            {
                next += 3;
            }
            else
            {
                break;
            }
        }

        return next;
    }

    private static bool MayEnd(TokenKind kind) => kind is TokenKind.Terminal or TokenKind.Ellipsis or TokenKind.Symbol or TokenKind.Emoticon
        or TokenKind.MonthAbbreviation or TokenKind.GeneralAbbreviation or TokenKind.Initial;

    /// <summary>
    /// The rule by which the sentence ends after token <paramref name="terminal"/>, given the token
    /// <paramref name="next"/> that follows its closers; null when it goes on.
    /// </summary>
    private static string? EndRule(string text, TokenBuffer tokens, TextLexicon lexicon, int terminal, int next)
    {
        char first = text[tokens.Starts[next]];
        var nextKind = tokens.Kinds[next];
        switch (tokens.Kinds[terminal])
        {
            case TokenKind.Terminal:
                if (nextKind is TokenKind.Punctuation or TokenKind.CloseBracket or TokenKind.Terminal)
                {
                    return null;
                }

                if (!CharKinds.IsLower(first))
                {
                    return SentenceRules.Terminal;
                }

                return EndsBeforeLowerCase(text, tokens, terminal) ? SentenceRules.TerminalBeforeLowerCase : null;
            case TokenKind.Symbol:
                return IsRule(text, tokens, terminal) ? SentenceRules.SectionRule : null;
            case TokenKind.Ellipsis or TokenKind.Emoticon:
                bool capitalFollows = CharKinds.IsUpper(first) || nextKind == TokenKind.OpenQuote;
                return !capitalFollows ? null
                    : tokens.Kinds[terminal] == TokenKind.Ellipsis ? SentenceRules.EllipsisBeforeCapital : SentenceRules.EmoticonBeforeCapital;
            case TokenKind.MonthAbbreviation when char.IsAsciiDigit(first):
                return null;
            default:
                return IsOpener(text, tokens, lexicon, next) ? SentenceRules.AbbreviationBeforeOpener : null;
        }
    }

    /// <summary>
    /// Informal text starts sentences in lower case; a question or exclamation mark, or a period after a plain
    /// word of some length (so no unlisted abbreviation like "approx"), still ends one.
    /// </summary>
    private static bool EndsBeforeLowerCase(string text, TokenBuffer tokens, int terminal)
    {
        int start = tokens.Starts[terminal];
        if (text[start] != '.' || tokens.Ends[terminal] - start > 1)
        {
            return true;
        }

        int previous = terminal - 1;
        return previous >= 0 && tokens.Kinds[previous] == TokenKind.Word && tokens.Ends[previous] - tokens.Starts[previous] >= MinWordBeforeLowerCaseBreak
            && tokens.Ends[previous] == start;
    }

    /// <summary>A run like "***" or "=====" separates sections; it stands as a sentence of its own.</summary>
    private static bool IsRule(string text, TokenBuffer tokens, int index) =>
        tokens.Ends[index] - tokens.Starts[index] >= 3 && text[tokens.Starts[index]] is '*' or '=' or '_' or '~' or '#' or '+';

    private static bool IsOpener(string text, TokenBuffer tokens, TextLexicon lexicon, int index)
    {
        int start = tokens.Starts[index];
        return lexicon.IsSentenceOpener(text.AsSpan(start, tokens.Ends[index] - start));
    }

    private static SentenceLayer Build(TokenBuffer tokens, List<int> firsts, List<string> rules)
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

        return new SentenceLayer(firstTokens, endTokens, spans, [.. rules]);
    }
}
