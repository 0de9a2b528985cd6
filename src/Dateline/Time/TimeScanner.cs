using System.Buffers;

namespace Dateline.Time;

internal enum ScanKind : byte
{
    Word,
    Digits,
    Punct,

    /// <summary>A run of letters and digits that switches between them three times or more: an id, never a time.</summary>
    Code,
}

/// <summary>One scanner token: a run of letters, a run of digits, or a single other character.</summary>
internal struct ScanToken
{
    public int Start;
    public int End;
    public ScanKind Kind;

    /// <summary>Value of a digit run (−1 when longer than 9 digits or not digits).</summary>
    public int Number;

    /// <summary>Lexicon entry of a word, when it has one.</summary>
    public LexEntry? Entry;

    /// <summary>A sentence boundary (or paragraph break) lies before this token.</summary>
    public bool BreakBefore;

    public readonly int Length => End - Start;
}

/// <summary>
/// A character-level scanner that is independent of the tokenizer so the time layer runs on its own at
/// several million words a second: one pass, no allocation per token, one hash lookup per word.
/// </summary>
internal static class TimeScanner
{
    /// <summary>
    /// Arrays of an ordinary article's size come from the shared pool; a gigantic article's are allocated and left to
    /// the collector, since the pool would otherwise keep a 160 MB array for the rest of the batch.
    /// </summary>
    private const int LargestPooled = 64 * 1024;

    /// <summary>Scans <c>[start, end)</c> into a pooled array; give it back with <see cref="Return"/>.</summary>
    public static ScanToken[] Scan(string text, int start, int end, TimeLexicon lexicon, out int count)
    {
        var tokens = Rent(Math.Max(16, (end - start) / 4));
        count = 0;
        int i = start;
        bool pendingBreak = true;
        while (i < end)
        {
            char c = text[i];
            if (c <= ' ' || char.IsWhiteSpace(c))
            {
                if (c == '\n' && IsBlankLineAhead(text, i + 1, end))
                {
                    pendingBreak = true;
                }

                i++;
                continue;
            }

            var token = new ScanToken { Start = i, Number = -1, BreakBefore = pendingBreak };
            pendingBreak = false;
            if (IsAsciiDigit(c))
            {
                int value = 0, j = i;
                while (j < end && IsAsciiDigit(text[j]))
                {
                    value = j - i < 9 ? (value * 10) + (text[j] - '0') : -1;
                    j++;
                }

                token.Kind = ScanKind.Digits;
                token.Number = j - i <= 9 ? value : -1;
                token.End = j;
            }
            else if (AsciiWordTable.IsAsciiLetter(c) || (c >= 128 && char.IsLetter(c)))
            {
                int j = i;
                uint hash = AsciiWordTable.Start;
                bool ascii = true;
                while (j < end)
                {
                    char letter = text[j];
                    if (AsciiWordTable.IsAsciiLetter(letter))
                    {
                        hash = AsciiWordTable.Step(hash, letter);
                    }
                    else if (letter >= 128 && char.IsLetter(letter))
                    {
                        ascii = false;
                    }
                    else
                    {
                        break;
                    }

                    j++;
                }

                token.Kind = ScanKind.Word;
                token.End = j;
                token.Entry = ascii && j - i <= lexicon.MaxWordLength ? lexicon.Words.Find(text, i, j - i, hash) : null;
            }
            else
            {
                token.Kind = ScanKind.Punct;
                token.End = i + 1;
                if ((c is '.' or '!' or '?' or ';') && !IsAbbreviationDot(text, tokens, count, i, end))
                {
                    pendingBreak = true;
                }
                else if (token.BreakBefore && count > 0 && c is '\u201D' or '\u2019' or '"' or '\'' or ')' && text[tokens[count - 1].Start] is '.' or '!' or '?')
                {
                    pendingBreak = true; // "criminality.” In October": the sentence ends after the closing quotation mark
                }
            }

            if (token.Kind != ScanKind.Punct && token.End < end && IsAsciiLetterOrDigit(text[token.End])
                && (i == start || !IsAsciiLetterOrDigit(text[i - 1])) && CodeEnd(text, i, end) is int codeEnd and > 0)
            {
                token = new ScanToken { Start = i, End = codeEnd, Kind = ScanKind.Code, Number = -1, BreakBefore = token.BreakBefore };
            }

            if (count == tokens.Length)
            {
                var larger = Rent(tokens.Length * 2);
                Array.Copy(tokens, larger, count);
                Return(tokens);
                tokens = larger;
            }

            tokens[count++] = token;
            i = token.End;
        }

        return tokens;
    }

    public static void Return(ScanToken[] tokens)
    {
        if (tokens.Length <= LargestPooled)
        {
            ArrayPool<ScanToken>.Shared.Return(tokens);
        }
    }

    private static ScanToken[] Rent(int length) => length <= LargestPooled ? ArrayPool<ScanToken>.Shared.Rent(length) : new ScanToken[length];

    private static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsAsciiLetterOrDigit(char c) => IsAsciiDigit(c) || AsciiWordTable.IsAsciiLetter(c);

    /// <summary>
    /// The end of the letter-and-digit run at <paramref name="i"/> when it switches between letters and digits at
    /// least three times ("P2qpm3h3Pm" in a picture link, whose "3Pm" is no clock time), else 0. Times and dates
    /// switch at most twice ("3pm", "1990s", "Q3", "FY1998", "3Q98").
    /// </summary>
    private static int CodeEnd(string text, int i, int end)
    {
        int switches = 0;
        bool digit = IsAsciiDigit(text[i]);
        int j = i + 1;
        for (; j < end && IsAsciiLetterOrDigit(text[j]); j++)
        {
            if (IsAsciiDigit(text[j]) != digit)
            {
                digit = !digit;
                switches++;
            }
        }

        return switches >= 3 ? j : 0;
    }

    private static bool IsBlankLineAhead(string text, int i, int end)
    {
        while (i < end && text[i] is ' ' or '\t' or '\r')
        {
            i++;
        }

        return i < end && text[i] == '\n';
    }

    /// <summary>A dot after a single letter or a month/weekday abbreviation ("Oct.", "p.m.") ends no sentence unless a capital follows a clock time.</summary>
    private static bool IsAbbreviationDot(string text, ScanToken[] tokens, int count, int dot, int end)
    {
        if (text[dot] != '.' || count == 0)
        {
            return false;
        }

        ref var previous = ref tokens[count - 1];
        if (previous.End != dot)
        {
            return false;
        }

        if (previous.Kind == ScanKind.Digits)
        {
            return dot + 1 < end && IsAsciiDigit(text[dot + 1]);
        }

        if (previous.Kind != ScanKind.Word)
        {
            return false;
        }

        return previous.Length == 1 || (previous.Entry is { } e && (e.Month > 0 || e.Weekday > 0) && previous.Length <= 5 && !IsFullMonthName(text.AsSpan(previous.Start, previous.Length)))
            || IsTitle(text.AsSpan(previous.Start, previous.Length));
    }

    /// <summary>"in May." and "the Long March." end their sentence; only abbreviations ("Mar.", "Sept.") carry a dot inside one.</summary>
    private static bool IsFullMonthName(ReadOnlySpan<char> word) =>
        word.Equals("May", StringComparison.OrdinalIgnoreCase) || word.Equals("June", StringComparison.OrdinalIgnoreCase)
        || word.Equals("July", StringComparison.OrdinalIgnoreCase) || word.Equals("March", StringComparison.OrdinalIgnoreCase)
        || word.Equals("April", StringComparison.OrdinalIgnoreCase);

    private static bool IsTitle(ReadOnlySpan<char> word) =>
        word is "Mr" or "Mrs" or "Ms" or "Dr" or "St" or "Gen" or "Sen" or "Rep" or "Gov" or "Lt" or "Col" or "Prof" or "Jr" or "Sr" or "Inc" or "Corp" or "Co" or "Ltd" or "vs";
}
