using Dateline.Documents;

namespace Dateline.Text;

/// <summary>Why a sentence ended where it did (<see cref="SentenceLayer.Rules"/>), as recorded provenance.</summary>
public static class SentenceRules
{
    public const string Terminal = "terminal";
    public const string TerminalBeforeLowerCase = "terminal-before-lower-case";
    public const string AbbreviationBeforeOpener = "abbreviation-before-opener";
    public const string EllipsisBeforeCapital = "ellipsis-before-capital";
    public const string EmoticonBeforeCapital = "emoticon-before-capital";
    public const string SectionRule = "section-rule";
    public const string ParagraphEnd = "paragraph-end";
    public const string ForcedBreak = "forced-break";
    public const string TextEnd = "text-end";
    public const string Unknown = "unknown";
}

/// <summary>
/// Sentences as token ranges <c>[FirstToken, EndToken)</c>; character spans follow from the tokens.
/// <see cref="Rules"/> says which <see cref="SentenceRules"/> rule ended each sentence.
/// </summary>
public sealed class SentenceLayer : ILayer
{
    public SentenceLayer(int[] firstTokens, int[] endTokens, TextSpan[] spans, string[]? rules = null)
    {
        rules ??= Enumerable.Repeat(SentenceRules.Unknown, spans.Length).ToArray();
        if (firstTokens.Length != endTokens.Length || firstTokens.Length != spans.Length || rules.Length != spans.Length)
        {
            throw new ArgumentException("Sentence columns must have the same length.");
        }

        FirstTokens = firstTokens;
        EndTokens = endTokens;
        Spans = spans;
        Rules = rules;
    }

    public int[] FirstTokens { get; }

    public int[] EndTokens { get; }

    public TextSpan[] Spans { get; }

    public string[] Rules { get; }

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
