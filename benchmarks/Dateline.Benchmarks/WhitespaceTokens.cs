using Dateline.Documents;
using Dateline.Text;

namespace Dateline.Benchmarks;

/// <summary>
/// Stand-in token and sentence layers for benchmarking the tagger before the real tokenizer is in the
/// pipeline: whitespace-separated tokens (so tokens/s equals the harness's words/s), a sentence ending
/// after each token that ends in '.', '!' or '?'.
/// </summary>
public static class WhitespaceTokens
{
    public static Document Add(Document document)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        string text = document.Raw;
        for (int i = 0; i < text.Length;)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                starts.Add(start);
                ends.Add(i);
            }
        }

        var firsts = new List<int>();
        var lasts = new List<int>();
        int first = 0;
        for (int t = 0; t < ends.Count; t++)
        {
            if (text[ends[t] - 1] is '.' or '!' or '?' || t == ends.Count - 1)
            {
                firsts.Add(first);
                lasts.Add(t + 1);
                first = t + 1;
            }
        }

        var tokens = new TokenLayer([.. starts], [.. ends], new string?[starts.Count], new TokenTraits[starts.Count]);
        var spans = firsts.Select((f, s) => new TextSpan(starts[f], ends[lasts[s] - 1])).ToArray();
        return document.With(tokens).With(new SentenceLayer([.. firsts], [.. lasts], spans));
    }
}
