using Dateline.Documents;

namespace Dateline.Text;

[Flags]
public enum TokenTraits : byte
{
    None = 0,

    /// <summary>Whitespace (or a paragraph break) precedes the token.</summary>
    SpaceBefore = 1,

    /// <summary>The token opens a paragraph.</summary>
    ParagraphStart = 2,

    /// <summary>
    /// The token continues the surface word before it: a clitic split off the UD way ("do|n't", "Blinken|'s").
    /// Gluing these back gives the whitespace-and-punctuation tokens of the text (UD's multi-word tokens).
    /// </summary>
    WordPart = 4,

    /// <summary>A cleaner's forced break (run-together sentence) falls at the token's start.</summary>
    ForcedBreak = 8,
}

/// <summary>
/// Tokens stored column-wise. <see cref="Norms"/> holds the repaired form where a repair changed it
/// (null where the token reads as in the raw text).
/// </summary>
public sealed class TokenLayer : ILayer
{
    public TokenLayer(int[] starts, int[] ends, string?[] norms, TokenTraits[] flags)
    {
        if (starts.Length != ends.Length || starts.Length != norms.Length || starts.Length != flags.Length)
        {
            throw new ArgumentException("Token columns must have the same length.");
        }

        Starts = starts;
        Ends = ends;
        Norms = norms;
        Flags = flags;
    }

    public int[] Starts { get; }

    public int[] Ends { get; }

    public string?[] Norms { get; }

    public TokenTraits[] Flags { get; }

    public int Count => Starts.Length;

    public Token this[int index] => new(this, index);

    public TextSpan SpanOf(int index) => new(Starts[index], Ends[index]);

    /// <summary>The token as the taggers should read it: the repaired form, else the raw characters.</summary>
    public string TextOf(Document document, int index) => Norms[index] ?? document.Raw.Substring(Starts[index], Ends[index] - Starts[index]);

    /// <summary>Index of the first token whose end is after <paramref name="offset"/>.</summary>
    public int FirstEndingAfter(int offset)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Ends[mid] <= offset)
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
}

/// <summary>A view of one token.</summary>
public readonly struct Token(TokenLayer layer, int index)
{
    public int Index => index;

    public int Start => layer.Starts[index];

    public int End => layer.Ends[index];

    public TextSpan Span => new(Start, End);

    public string? Norm => layer.Norms[index];

    public TokenTraits Flags => layer.Flags[index];
}
