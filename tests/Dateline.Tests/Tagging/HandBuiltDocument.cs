using Dateline.Documents;
using Dateline.Text;

namespace Dateline.Tests.Tagging;

/// <summary>Builds token and sentence layers by hand: tokens are the given pieces, found left to right in the text.</summary>
internal static class HandBuiltDocument
{
    /// <param name="sentences">Each sentence's tokens; a token "raw=>norm" is found as raw and carries norm.</param>
    public static Document Create(string text, params string[][] sentences)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        var norms = new List<string?>();
        var firsts = new List<int>();
        var lasts = new List<int>();
        int offset = 0;
        foreach (var sentence in sentences)
        {
            firsts.Add(starts.Count);
            foreach (string token in sentence)
            {
                var parts = token.Split("=>");
                int start = text.IndexOf(parts[0], offset, StringComparison.Ordinal);
                Assert.True(start >= 0, $"token '{parts[0]}' not found after {offset}");
                starts.Add(start);
                ends.Add(start + parts[0].Length);
                norms.Add(parts.Length > 1 ? parts[1] : null);
                offset = start + parts[0].Length;
            }

            lasts.Add(starts.Count);
        }

        var tokens = new TokenLayer([.. starts], [.. ends], [.. norms], new TokenTraits[starts.Count]);
        var spans = firsts.Select((f, s) => new TextSpan(starts[f], ends[lasts[s] - 1])).ToArray();
        return new Document("hand-built", text).With(tokens).With(new SentenceLayer([.. firsts], [.. lasts], spans));
    }
}
