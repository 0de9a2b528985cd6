using Dateline.Documents;
using Dateline.Text;

namespace Dateline.Tests.Entities;

/// <summary>Documents tokenized by hand: tokens are separated by single spaces, a "." token ends a sentence.</summary>
internal static class HandDocuments
{
    public static Document Tokenized(string text)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        int position = 0;
        foreach (var word in text.Split(' '))
        {
            starts.Add(position);
            ends.Add(position + word.Length);
            position += word.Length + 1;
        }

        var firsts = new List<int>();
        var lasts = new List<int>();
        int first = 0;
        for (int i = 0; i < starts.Count; i++)
        {
            if (text.AsSpan(starts[i], ends[i] - starts[i]) is "." || i == starts.Count - 1)
            {
                firsts.Add(first);
                lasts.Add(i + 1);
                first = i + 1;
            }
        }

        var flags = Enumerable.Repeat(TokenTraits.SpaceBefore, starts.Count).ToArray();
        var tokens = new TokenLayer([.. starts], [.. ends], new string?[starts.Count], flags);
        var spans = firsts.Select((f, s) => new TextSpan(starts[f], ends[lasts[s] - 1])).ToArray();
        return new Document("hand", text).With(tokens).With(new SentenceLayer([.. firsts], [.. lasts], spans));
    }
}
