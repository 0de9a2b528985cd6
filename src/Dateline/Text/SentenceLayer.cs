using Dateline.Documents;

namespace Dateline.Text;

/// <summary>Sentences as token ranges <c>[FirstToken, EndToken)</c>; character spans follow from the tokens.</summary>
public sealed class SentenceLayer : ILayer
{
    public SentenceLayer(int[] firstTokens, int[] endTokens, TextSpan[] spans)
    {
        if (firstTokens.Length != endTokens.Length || firstTokens.Length != spans.Length)
        {
            throw new ArgumentException("Sentence columns must have the same length.");
        }

        FirstTokens = firstTokens;
        EndTokens = endTokens;
        Spans = spans;
    }

    public int[] FirstTokens { get; }

    public int[] EndTokens { get; }

    public TextSpan[] Spans { get; }

    public int Count => Spans.Length;

    /// <summary>Index of the sentence holding token <paramref name="token"/>, or -1.</summary>
    public int SentenceOfToken(int token)
    {
        int lo = 0, hi = Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (EndTokens[mid] <= token)
            {
                lo = mid + 1;
            }
            else if (FirstTokens[mid] > token)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
