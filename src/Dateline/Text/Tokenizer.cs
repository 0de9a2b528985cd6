namespace Dateline.Text;

/// <summary>
/// Splits text into tokens the way the UD English treebanks do, in one left-to-right pass: every scan either
/// consumes what it reads or looks a bounded distance ahead, so time stays linear on any input. One instance
/// serves one document (it carries quote state); it allocates nothing per token.
/// </summary>
internal sealed class Tokenizer(string text, TokenBuffer tokens, TextLexicon lexicon)
{
    private const int MaxCliticLength = 2;
    private const int MaxMailLocalPart = 64;

    private TokenTraits pending;
    private bool doubleQuoteOpen;
    private bool singleQuoteOpen;
    private int paragraphEnd;
    private int tokensAtParagraphStart;

    /// <summary>
    /// Tokenizes the paragraph <c>[start, end)</c>. A blank line inside it still starts a new paragraph; each
    /// offset in <paramref name="forcedBreaks"/> (sorted) splits the token there and is marked
    /// <see cref="TokenTraits.ForcedBreak"/>. <paramref name="nextForced"/> is the cursor into it.
    /// </summary>
    public void TokenizeParagraph(int start, int end, ReadOnlySpan<int> forcedBreaks, ref int nextForced)
    {
        StartParagraph();
        paragraphEnd = end;
        int i = start;
        while (i < end)
        {
            int newlines = 0;
            int spaceStart = i;
            while (i < end && CharKinds.IsSpace(text[i]))
            {
                if (text[i] == '\n')
                {
                    newlines++;
                }

                i++;
            }

            if (i >= end)
            {
                break;
            }

            if (i > spaceStart)
            {
                pending |= TokenTraits.SpaceBefore;
                if (newlines >= 2 && tokens.Count > tokensAtParagraphStart)
                {
                    StartParagraph();
                }
            }

            int chunkEnd = i;
            while (chunkEnd < end && !CharKinds.IsSpace(text[chunkEnd]))
            {
                chunkEnd++;
            }

            int position = i;
            while (nextForced < forcedBreaks.Length && forcedBreaks[nextForced] < chunkEnd)
            {
                int at = forcedBreaks[nextForced++];
                if (at > position)
                {
                    TokenizeChunk(position, at);
                    position = at;
                }

                if (at == position)
                {
                    pending |= TokenTraits.ForcedBreak;
                }
            }

            TokenizeChunk(position, chunkEnd);
            i = chunkEnd;
        }
    }

    private void StartParagraph()
    {
        pending |= TokenTraits.ParagraphStart | TokenTraits.SpaceBefore;
        doubleQuoteOpen = false;
        singleQuoteOpen = false;
        tokensAtParagraphStart = tokens.Count;
    }

    /// <summary>Tokenizes a run of non-space characters.</summary>
    private void TokenizeChunk(int position, int end)
    {
        int chunkStart = position;
        while (position < end)
        {
            position = CharKinds.IsWordChar(text[position])
                ? Word(position, position, end)
                : Punctuation(position, end, chunkStart);
        }
    }

    private void Emit(int start, int end, TokenKind kind)
    {
        tokens.Add(start, end, kind, pending);
        pending = TokenTraits.None;
    }

    private void EmitClitic(int start, int end) => tokens.Add(start, end, TokenKind.Clitic, TokenTraits.WordPart);

    /// <summary>A word or number starting at <paramref name="start"/>, scanning from <paramref name="from"/>.</summary>
    private int Word(int start, int from, int end)
    {
        if (WebAddress.StartsUrl(text, start, end))
        {
            int urlEnd = WebAddress.UrlEnd(text, start, end);
            Emit(start, urlEnd, TokenKind.Special);
            return urlEnd;
        }

        bool numeric = char.IsAsciiDigit(text[from]);
        bool dotted = false;
        int segmentStart = start;
        int q = from;
        while (true)
        {
            while (q < end && CharKinds.IsWordChar(text[q]))
            {
                q++;
            }

            if (q >= end)
            {
                break;
            }

            char c = text[q];
            bool wordFollows = q + 1 < end && CharKinds.IsWordChar(text[q + 1]);
            if (!wordFollows)
            {
                if (CharKinds.IsApostrophe(c) && (text[q - 1] is 's' or 'S') && !singleQuoteOpen)
                {
                    Emit(start, q, numeric ? TokenKind.Number : TokenKind.Word);
                    EmitClitic(q, q + 1);
                    return q + 1;
                }

                if (c == '-' && (q + 1 == end || !IsDashOrBracket(text[q + 1])))
                {
                    q++; // a word cut off mid-speech ("th-") or a suspended prefix ("pro-")
                }

                break;
            }

            if (CharKinds.IsApostrophe(c))
            {
                int cliticEnd = q + 1;
                while (cliticEnd < end && cliticEnd - q <= MaxCliticLength + 1 && CharKinds.IsWordChar(text[cliticEnd]))
                {
                    cliticEnd++;
                }

                if (cliticEnd == end || !CharKinds.IsWordChar(text[cliticEnd]))
                {
                    var suffix = text.AsSpan(q + 1, cliticEnd - q - 1);
                    if (suffix.Length == 1 && (suffix[0] is 't' or 'T') && q - 1 > start && (text[q - 1] is 'n' or 'N'))
                    {
                        Emit(start, q - 1, TokenKind.Word);
                        EmitClitic(q - 1, cliticEnd);
                        return cliticEnd;
                    }

                    if (IsClitic(suffix))
                    {
                        Emit(start, q, numeric ? TokenKind.Number : TokenKind.Word);
                        EmitClitic(q, cliticEnd);
                        return cliticEnd;
                    }
                }

                q++; // an apostrophe inside a name: O'Brien, L'Enfant, o'clock
                continue;
            }

            int joined = Connect(c, segmentStart, q, end);
            if (joined < 0)
            {
                if (c == '@' && WebAddress.TryEmailEnd(text, q, end, out int emailEnd))
                {
                    Emit(start, emailEnd, TokenKind.Special);
                    return emailEnd;
                }

                break;
            }

            if (c is '.' or '-')
            {
                dotted |= c == '.';
                segmentStart = q + 1;
            }

            q = joined;
        }

        return FinishWord(start, q, end, numeric, dotted);
    }

    /// <summary>
    /// Whether the connector <paramref name="c"/> at <paramref name="at"/> (a word character follows) stays
    /// inside the word; returns the position after it, or -1 when the word ends at the connector.
    /// </summary>
    private int Connect(char c, int segmentStart, int at, int end)
    {
        char before = text[at - 1];
        char after = text[at + 1];
        switch (c)
        {
            case '.':
                return SplitsRunTogetherSentence(segmentStart, at) ? -1 : at + 1;
            case ',' or ':' or '/':
                return char.IsAsciiDigit(before) && char.IsAsciiDigit(after) ? at + 1 : -1;
            case '-':
                return lexicon.KeepsHyphen(text.AsSpan(segmentStart, at - segmentStart)) || IsNumberHyphen(segmentStart, at, end)
                    ? at + 1
                    : -1;
            case '&':
                return CharKinds.IsUpper(before) && CharKinds.IsUpper(after) ? at + 1 : -1;
            case '_':
                return at + 1;
            default:
                return -1;
        }
    }

    /// <summary>"end.The": a period with no space between a lower-case word and a capitalised one.</summary>
    private bool SplitsRunTogetherSentence(int segmentStart, int period)
    {
        if (period - segmentStart < 3 || !CharKinds.IsLower(text[period - 1]))
        {
            return false;
        }

        int next = period + 1;
        return CharKinds.IsUpper(text[next]) && next + 1 < paragraphEnd && CharKinds.IsLower(text[next + 1]) && !InMailAddress(next);
    }

    /// <summary>"Jane.Doe@state.gov": an '@' a short way on, with only name characters before it.</summary>
    private bool InMailAddress(int position)
    {
        int limit = Math.Min(paragraphEnd, position + MaxMailLocalPart);
        while (position < limit && (CharKinds.IsWordChar(text[position]) || text[position] is '.' or '_'))
        {
            position++;
        }

        return position < limit && text[position] == '@';
    }

    /// <summary>
    /// Hyphenated digit groups stay one token as UD writes them (713-853-3989, 3-5213, 22-506, 77042-1234),
    /// except year ranges (1990-1991, 2003-04) and short ranges (3-5, 10-12), which split.
    /// </summary>
    private bool IsNumberHyphen(int segmentStart, int hyphen, int end)
    {
        int left = hyphen - segmentStart;
        if (left is 0 or 4 or > 8 || !IsDigits(segmentStart, hyphen))
        {
            return false;
        }

        int right = hyphen + 1;
        while (right < end && right - hyphen <= 8 && char.IsAsciiDigit(text[right]))
        {
            right++;
        }

        int rightLength = right - hyphen - 1;
        bool groupEnds = right == end || !CharKinds.IsWordChar(text[right]);
        return groupEnds && rightLength is > 0 and <= 7 && Math.Max(left, rightLength) >= 3;
    }

    private static bool IsDashOrBracket(char c) => c is '-' or '\u2014' or '\u2013' or '(' or ')' or '[' or ']';

    private bool IsDigits(int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsClitic(ReadOnlySpan<char> suffix) =>
        suffix.Length switch
        {
            1 => suffix[0] is 's' or 'S' or 'm' or 'M' or 'd' or 'D',
            2 => suffix.Equals("re", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("ll", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("ve", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };

    /// <summary>Emits the word <c>[start, end)</c>, taking a following period into it when it abbreviates.</summary>
    private int FinishWord(int start, int end, int chunkEnd, bool numeric, bool dotted)
    {
        var kind = numeric ? TokenKind.Number : TokenKind.Word;
        // "Inc.." is the abbreviation and the sentence's period; "word..." is an ellipsis.
        if (end < chunkEnd && text[end] == '.' && RunOf('.', end, Math.Min(chunkEnd, end + 3)) - end <= 2)
        {
            var abbreviation = AbbreviationKindOf(start, end, numeric, dotted, chunkEnd);
            if (abbreviation != kind)
            {
                Emit(start, end + 1, abbreviation);
                return end + 1;
            }
        }

        int split = numeric ? 0 : lexicon.SplitOf(text.AsSpan(start, end - start));
        if (split > 0)
        {
            Emit(start, start + split, kind);
            EmitClitic(start + split, end);
            return end;
        }

        Emit(start, end, kind);
        return end;
    }

    private TokenKind AbbreviationKindOf(int start, int end, bool numeric, bool dotted, int chunkEnd)
    {
        if (numeric)
        {
            bool listItem = tokens.Count == tokensAtParagraphStart && end + 1 == chunkEnd && end - start <= 2 && IsDigits(start, end);
            return listItem ? TokenKind.ListNumber : TokenKind.Number;
        }

        switch (lexicon.AbbreviationOf(text.AsSpan(start, end + 1 - start)))
        {
            case AbbreviationKind.Title:
                return TokenKind.TitleAbbreviation;
            case AbbreviationKind.Month:
                return TokenKind.MonthAbbreviation;
            case AbbreviationKind.General:
                return TokenKind.GeneralAbbreviation;
            case AbbreviationKind.Number when DigitFollows(end + 1):
                return TokenKind.NumberAbbreviation;
        }

        if (dotted && IsDottedAbbreviation(start, end))
        {
            return TokenKind.GeneralAbbreviation;
        }

        return end - start == 1 && CharKinds.IsUpper(text[start]) ? TokenKind.Initial : TokenKind.Word;
    }

    /// <summary>U.S, a.m, e.g, Ph.D: letter groups of one or two separated by periods.</summary>
    private bool IsDottedAbbreviation(int start, int end)
    {
        int group = 0;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == '.')
            {
                if (group == 0)
                {
                    return false;
                }

                group = 0;
            }
            else if (!char.IsLetter(c) || ++group > 2)
            {
                return false;
            }
        }

        return group > 0;
    }

    private bool DigitFollows(int position)
    {
        int limit = Math.Min(paragraphEnd, position + 3);
        while (position < limit && text[position] == ' ')
        {
            position++;
        }

        return position < paragraphEnd && char.IsAsciiDigit(text[position]);
    }

    private int RunOf(char c, int position, int end)
    {
        while (position < end && text[position] == c)
        {
            position++;
        }

        return position;
    }

    private int WordCharsFrom(int position, int end)
    {
        while (position < end && (CharKinds.IsWordChar(text[position]) || text[position] == '_'))
        {
            position++;
        }

        return position;
    }

    /// <summary>A punctuation or symbol token at <paramref name="p"/> (not a word character).</summary>
    private int Punctuation(int p, int end, int chunkStart)
    {
        char c = text[p];
        bool atChunkStart = p == chunkStart;
        bool wordFollows = p + 1 < end && CharKinds.IsWordChar(text[p + 1]);
        int q;
        switch (c)
        {
            case '.' when wordFollows && char.IsAsciiDigit(text[p + 1]) && (atChunkStart || !CharKinds.IsWordChar(text[p - 1])):
                return Word(p, p + 1, end);
            case '.' or '!' or '?':
                q = p + 1;
                bool dotsOnly = c == '.';
                while (q < end && CharKinds.IsSentenceTerminal(text[q]))
                {
                    dotsOnly &= text[q] == '.';
                    q++;
                }

                Emit(p, q, dotsOnly && q - p >= 2 ? TokenKind.Ellipsis : TokenKind.Terminal);
                return q;
            case '\u2026':
                q = RunOf(c, p, end);
                Emit(p, q, TokenKind.Ellipsis);
                return q;
            case '-' or '\u2014' or '\u2013' or '\u2015' or '\u2012':
                q = RunOf(c, p, end);
                Emit(p, q, TokenKind.Dash);
                return q;
            case '"':
                Emit(p, p + 1, DoubleQuote(atChunkStart, p + 1 == end));
                return p + 1;
            case '\'' when p + 1 < end && text[p + 1] == '\'':
                Emit(p, p + 2, DoubleQuote(atChunkStart, p + 2 == end));
                return p + 2;
            case '\'' or '\u2019' when atChunkStart && ElidedWordEnd(p, end) is > 0 and var elidedEnd:
                Emit(p, elidedEnd, TokenKind.Word);
                return elidedEnd;
            case '\'' or '\u2018' or '\u2019' or '\u201B':
                bool opens = c is '\u2018' or '\u201B' || (c == '\'' && atChunkStart && wordFollows);
                singleQuoteOpen = opens;
                Emit(p, p + 1, opens ? TokenKind.OpenQuote : TokenKind.CloseQuote);
                return p + 1;
            case '`':
                q = RunOf(c, p, end);
                Emit(p, q, TokenKind.OpenQuote);
                return q;
            case '\u201C' or '\u00AB' or '\u201E':
                doubleQuoteOpen = true;
                Emit(p, p + 1, TokenKind.OpenQuote);
                return p + 1;
            case '\u201D' or '\u00BB':
                doubleQuoteOpen = false;
                Emit(p, p + 1, TokenKind.CloseQuote);
                return p + 1;
            case '(' or '[' or '{':
                Emit(p, p + 1, TokenKind.OpenBracket);
                return p + 1;
            case ')' or ']' or '}':
                Emit(p, p + 1, TokenKind.CloseBracket);
                return p + 1;
            case '#' or '@' when wordFollows:
                q = WordCharsFrom(p + 1, end);
                if (c == '@')
                {
                    q = DomainEnd(q, end); // "@enron.com" in a mail header
                }

                Emit(p, q, TokenKind.Special);
                return q;
            case ':' or ';' or '=' when Emoticon(p, end) is > 0 and var emoticonEnd:
                Emit(p, emoticonEnd, TokenKind.Emoticon);
                return emoticonEnd;
            case ',' or ';' or ':':
                Emit(p, p + 1, TokenKind.Punctuation);
                return p + 1;
            case '*' or '=' or '_' or '<' or '>' or '~' or '^' or '|' or '\\' or '/' or '+' or '#' or '$':
                q = RunOf(c, p, end);
                Emit(p, q, TokenKind.Symbol);
                return q;
            default:
                q = char.IsHighSurrogate(c) && p + 1 < end && char.IsLowSurrogate(text[p + 1]) ? p + 2 : p + 1;
                Emit(p, q, TokenKind.Symbol);
                return q;
        }
    }

    /// <summary>'70s, 'em: an apostrophe standing for dropped letters at a word's start; returns the end, or 0.</summary>
    private int ElidedWordEnd(int p, int end)
    {
        int q = WordCharsFrom(p + 1, end);
        if (q < end && CharKinds.IsApostrophe(text[q]))
        {
            return 0;
        }

        var word = text.AsSpan(p + 1, q - p - 1);
        bool decade = word.Length == 3 && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[1]) && word[2] == 's';
        return decade || word.Equals("em", StringComparison.OrdinalIgnoreCase) || word.Equals("til", StringComparison.OrdinalIgnoreCase) ? q : 0;
    }

    private int DomainEnd(int q, int end)
    {
        while (q + 1 < end && text[q] == '.' && char.IsLetter(text[q + 1]))
        {
            q = WordCharsFrom(q + 1, end);
        }

        return q;
    }

    private TokenKind DoubleQuote(bool atChunkStart, bool atChunkEnd)
    {
        bool opens = atChunkStart && (!atChunkEnd || !doubleQuoteOpen);
        doubleQuoteOpen = opens;
        return opens ? TokenKind.OpenQuote : TokenKind.CloseQuote;
    }

    /// <summary>":)", ";-)", ":D" standing alone; returns the end, or 0.</summary>
    private int Emoticon(int p, int end)
    {
        int q = p + 1;
        if (q < end && text[q] == '-')
        {
            q++;
        }

        if (q >= end || text[q] is not (')' or '(' or 'D' or 'P' or 'p'))
        {
            return 0;
        }

        q++;
        return q == end || !CharKinds.IsWordChar(text[q]) ? q : 0;
    }
}
