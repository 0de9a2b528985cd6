using Dateline.Cleaning;
using Dateline.Documents;
using Dateline.Pipeline;

namespace Dateline.Text;

/// <summary>
/// Tokenizes the cleaner's body paragraphs and splits them into sentences (<see cref="Segmenter"/>); forced
/// breaks split run-together sentences, case repairs become token norms.
/// </summary>
public sealed class TokenizerComponent : IComponent
{
    public string Name => "tokenizer";

    public IReadOnlyList<Type> Requires { get; } = [typeof(CleaningLayer)];

    public IReadOnlyList<Type> Produces { get; } = [typeof(TokenLayer), typeof(SentenceLayer)];

    public Document Process(Document document)
    {
        var cleaning = document.Get<CleaningLayer>();
        var segmentation = Segmenter.Segment(document.Raw, cleaning.Paragraphs, cleaning.ForcedBreaks, cleaning.Repairs);
        return document.With(segmentation.Tokens).With(segmentation.Sentences);
    }
}
