using Dateline.Cleaning;
using Dateline.Documents;
using Dateline.Pipeline;

namespace Dateline.Text;

/// <summary>
/// Tokenizes the cleaner's body paragraphs and the caption texts (without their credits) in text order and
/// splits them into sentences (<see cref="Segmenter"/>); forced breaks split run-together sentences, case
/// repairs become token norms. Captions are tokenized because they name people, roles and meetings; a
/// sentence is a caption's when its span lies inside <see cref="Caption.TextSpan"/>.
/// </summary>
public sealed class TokenizerComponent : IComponent
{
    public string Name => "tokenizer";

    public IReadOnlyList<Type> Requires { get; } = [typeof(CleaningLayer)];

    public IReadOnlyList<Type> Produces { get; } = [typeof(TokenLayer), typeof(SentenceLayer)];

    public void Preload() => _ = TextLexicon.Instance;

    public Document Process(Document document)
    {
        var cleaning = document.Get<CleaningLayer>();
        var regions = cleaning.Captions.Count == 0
            ? cleaning.Paragraphs
            : [.. cleaning.Paragraphs.Concat(cleaning.Captions.Select(c => c.TextSpan)).OrderBy(span => span.Start)];
        var segmentation = Segmenter.Segment(document.Raw, regions, cleaning.ForcedBreaks, cleaning.Repairs);
        return document.With(segmentation.Tokens).With(segmentation.Sentences);
    }
}
