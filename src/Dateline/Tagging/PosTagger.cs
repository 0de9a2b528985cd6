using Dateline.Documents;
using Dateline.Pipeline;
using Dateline.Text;

namespace Dateline.Tagging;

/// <summary>
/// Fills the <see cref="PosLayer"/>: UPOS and lemma per token, tagging sentence by sentence (tokens outside
/// every sentence are tagged as runs of their own). Reads each token via <see cref="TokenLayer.TextOf"/>, so
/// a repaired form wins over the raw characters.
/// </summary>
public sealed class PosTagger : IComponent
{
    private readonly Func<PosModel> model;

    /// <summary>Uses the shipped model, loaded on the first document.</summary>
    public PosTagger()
        : this(() => PosModel.Shipped)
    {
    }

    public PosTagger(PosModel model)
        : this(() => model)
    {
    }

    private PosTagger(Func<PosModel> model) => this.model = model;

    public string Name => "pos-tagger";

    public IReadOnlyList<Type> Requires { get; } = [typeof(TokenLayer), typeof(SentenceLayer)];

    public IReadOnlyList<Type> Produces { get; } = [typeof(PosLayer)];

    public Document Process(Document document)
    {
        var tokens = document.Get<TokenLayer>();
        var sentences = document.Get<SentenceLayer>();
        var session = model().CreateSession();
        var words = new string[tokens.Count];
        var entries = new int[tokens.Count];
        for (int i = 0; i < words.Length; i++)
        {
            // Cached words reuse the cache's string: no substring per token.
            words[i] = session.Read(document.Raw.AsSpan(tokens.Starts[i], tokens.Ends[i] - tokens.Starts[i]), tokens.Norms[i], out entries[i]);
        }

        var tags = new Upos[tokens.Count];
        var lemmas = new string[tokens.Count];
        var runs = Runs(tokens.Count, sentences);
        session.BeginDocument();
        foreach (var (start, end) in runs)
        {
            session.AddToDocument(words.AsSpan(start, end - start), entries.AsSpan(start, end - start));
        }

        foreach (var (start, end) in runs)
        {
            session.Tag(words.AsSpan(start, end - start), entries.AsSpan(start, end - start), tags.AsSpan(start), lemmas.AsSpan(start));
        }

        return document.With(new PosLayer(tags, lemmas));
    }

    /// <summary>The token ranges tagged as sentences: each sentence, and each run of tokens outside every sentence.</summary>
    private static List<(int Start, int End)> Runs(int tokenCount, SentenceLayer sentences)
    {
        var runs = new List<(int Start, int End)>(sentences.Count + 1);
        int next = 0;
        for (int s = 0; s <= sentences.Count; s++)
        {
            int first = s < sentences.Count ? Math.Clamp(sentences.FirstTokens[s], next, tokenCount) : tokenCount;
            if (first > next)
            {
                runs.Add((next, first));
            }

            if (s == sentences.Count)
            {
                break;
            }

            int end = Math.Clamp(sentences.EndTokens[s], first, tokenCount);
            runs.Add((first, end));
            next = end;
        }

        return runs;
    }
}
