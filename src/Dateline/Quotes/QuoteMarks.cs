using Dateline.Documents;
using Dateline.Text;

namespace Dateline.Quotes;

/// <summary>
/// A stretch between quote marks within one paragraph: tokens <c>[Open, End)</c> including the marks.
/// <see cref="Closed"/> is false when the paragraph ends first; <see cref="ContinuesPrevious"/> when it picks
/// up a quote the previous paragraph left open.
/// </summary>
internal readonly record struct MarkedQuote(int Open, int End, bool Closed, bool ContinuesPrevious);

/// <summary>
/// Finds top-level quotations by their marks (“ ” " ‘ ’ « »), tracking nesting so that “… “yes” or “no” …”
/// stays one quote. Linear in the number of tokens.
/// </summary>
internal static class QuoteMarks
{
    public static List<MarkedQuote> Find(Document document, TokenLayer tokens)
    {
        var found = new List<MarkedQuote>();
        int depth = 0, open = -1;
        char opener = '\0';
        bool leftOpen = false, continues = false;
        for (int i = 0; i < tokens.Count; i++)
        {
            if ((tokens.Flags[i] & TokenTraits.ParagraphStart) != 0 && i > 0)
            {
                if (depth > 0)
                {
                    found.Add(new MarkedQuote(open, i, false, continues));
                    leftOpen = true;
                }
                else
                {
                    leftOpen = false;
                }

                depth = 0;
            }

            char c = MarkOf(document, tokens, i);
            if (c == '\0')
            {
                continue;
            }

            switch (Classify(c, depth, opener, document, tokens, i))
            {
                case Mark.Open:
                    if (depth == 0)
                    {
                        open = i;
                        opener = c;
                        continues = leftOpen && (i == 0 || (tokens.Flags[i] & TokenTraits.ParagraphStart) != 0);
                    }

                    depth++;
                    break;
                case Mark.Close:
                    depth--;
                    if (depth == 0)
                    {
                        found.Add(new MarkedQuote(open, i + 1, true, continues));
                        leftOpen = false;
                    }

                    break;
            }
        }

        if (depth > 0)
        {
            found.Add(new MarkedQuote(open, tokens.Count, false, continues));
        }

        return found;
    }

    /// <summary>The token's quote character; doubled apostrophes and backticks (''…'', ``…'') read as '"'.</summary>
    private static char MarkOf(Document document, TokenLayer tokens, int i)
    {
        int length = tokens.Ends[i] - tokens.Starts[i];
        char c = document.Raw[tokens.Starts[i]];
        if (length == 1)
        {
            return c;
        }

        return length == 2 && (c == '\'' || c == '`') && document.Raw[tokens.Starts[i] + 1] == c ? '"' : '\0';
    }

    private enum Mark
    {
        None,
        Open,
        Close,
    }

    private static Mark Classify(char c, int depth, char opener, Document document, TokenLayer tokens, int i)
    {
        bool spaceBefore = i == 0 || (tokens.Flags[i] & TokenTraits.SpaceBefore) != 0;
        bool spaceAfter = i + 1 >= tokens.Count || (tokens.Flags[i + 1] & (TokenTraits.SpaceBefore | TokenTraits.ParagraphStart)) != 0;
        switch (c)
        {
            case '“':
            case '«':
                return opener == '‘' && depth > 0 ? Mark.None : Mark.Open;
            case '”':
            case '»':
                if (depth == 0)
                {
                    // A closing mark opening a paragraph (”Mr. Trump embodies…) is a mistyped opener.
                    return (tokens.Flags[i] & TokenTraits.ParagraphStart) != 0 && !spaceAfter ? Mark.Open : Mark.None;
                }

                return opener != '‘' ? Mark.Close : Mark.None;
            case '"':
                // Straight marks say nothing about direction; spacing does: ␣"word opens, word"␣ closes.
                if (depth > 0 && opener != '‘' && (!spaceBefore || spaceAfter || depth == 1 && opener == '"'))
                {
                    return spaceBefore && !spaceAfter && opener != '"' ? Mark.Open : Mark.Close;
                }

                return depth == 0 && !spaceAfter ? Mark.Open : Mark.None;
            case '‘':
                return depth == 0 ? Mark.Open : Mark.None;
            case '\'':
                if (depth == 0)
                {
                    return spaceBefore && !spaceAfter ? Mark.Open : Mark.None;
                }

                return opener == '\'' ? Mark.Close : Mark.None;
            case '’':
                // At depth 0 a lone ’ is an apostrophe (voters’); it closes only a quote opened with ‘.
                return depth > 0 && opener == '‘' && !FollowedByLetter(document, tokens, i) ? Mark.Close : Mark.None;
            default:
                return Mark.None;
        }
    }

    private static bool FollowedByLetter(Document document, TokenLayer tokens, int i) =>
        tokens.Ends[i] < document.Raw.Length && char.IsLetter(document.Raw[tokens.Ends[i]]);
}
