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

    public void Preload() => _ = model().Cache;

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
        int next = 0;
        for (int s = 0; s <= sentences.Count; s++)
        {
            int first = s < sentences.Count ? Math.Clamp(sentences.FirstTokens[s], next, tokens.Count) : tokens.Count;
            if (first > next)
            {
                session.Tag(words.AsSpan(next, first - next), entries.AsSpan(next, first - next), tags.AsSpan(next), lemmas.AsSpan(next));
            }

            if (s == sentences.Count)
            {
                break;
            }

            int end = Math.Clamp(sentences.EndTokens[s], first, tokens.Count);
            session.Tag(words.AsSpan(first, end - first), entries.AsSpan(first, end - first), tags.AsSpan(first), lemmas.AsSpan(first));
            next = end;
        }

        return document.With(new PosLayer(tags, lemmas));
    }
}
