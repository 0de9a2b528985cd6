using Dateline.Documents;
using Dateline.Text;

namespace Dateline.Entities;

/// <summary>
/// The words the entity tagger reads, as one run: the body tokens first, then any further token layers
/// (captions), with their offsets and sentence ranges. Word indices below the body's count are body token indices.
/// </summary>
internal sealed class TaggedText
{
    private readonly List<string> words = [];
    private readonly List<int> starts = [];
    private readonly List<int> ends = [];
    private readonly List<(int First, int End)> ranges = [];

    public TaggedText(Document document, TokenLayer tokens, SentenceLayer sentences) => Append(document, tokens, sentences);

    public IReadOnlyList<string> Words => words;

    public IReadOnlyList<int> Starts => starts;

    public IReadOnlyList<int> Ends => ends;

    /// <summary>Sentences as word ranges, in order; tokens outside every sentence form runs of their own.</summary>
    public IReadOnlyList<(int First, int End)> Ranges => ranges;

    public void Append(Document document, TokenLayer tokens, SentenceLayer sentences)
    {
        int baseIndex = words.Count;
        for (int i = 0; i < tokens.Count; i++)
        {
            words.Add(tokens.TextOf(document, i));
            starts.Add(tokens.Starts[i]);
            ends.Add(tokens.Ends[i]);
        }

        int next = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            int first = Math.Clamp(sentences.FirstTokens[s], next, tokens.Count);
            int end = Math.Clamp(sentences.EndTokens[s], first, tokens.Count);
            AddRange(baseIndex, next, first);
            AddRange(baseIndex, first, end);
            next = end;
        }

        AddRange(baseIndex, next, tokens.Count);
    }

    public List<IReadOnlyList<string>> Sentences() =>
        ranges.Select(r => (IReadOnlyList<string>)words.GetRange(r.First, r.End - r.First)).ToList();

    private void AddRange(int baseIndex, int first, int end)
    {
        if (end > first)
        {
            ranges.Add((baseIndex + first, baseIndex + end));
        }
    }
}
