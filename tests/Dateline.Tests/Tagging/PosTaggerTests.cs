using Dateline.Pipeline;
using Dateline.Tagging;
using Dateline.Text;

namespace Dateline.Tests.Tagging;

public class PosTaggerTests
{
    private const string Text = "The foreign minister said on Tuesday that the talks would resume in Geneva. Negotiators have arrived.";

    private static readonly string[][] Sentences =
    [
        ["The", "foreign", "minister", "said", "on", "Tuesday", "that", "the", "talks", "would", "resume", "in", "Geneva", "."],
        ["Negotiators", "have", "arrived", "."],
    ];

    [Fact]
    public void Tags_and_lemmatizes_a_hand_built_document()
    {
        var document = new PosTagger().Process(HandBuiltDocument.Create(Text, Sentences));
        var pos = document.Get<PosLayer>();
        var words = Sentences.SelectMany(s => s).ToArray();
        Assert.Equal(words.Length, pos.Tags.Length);
        string Tag(string word) => pos.Tags[Array.IndexOf(words, word)].ToString();
        string Lemma(string word) => pos.Lemmas[Array.IndexOf(words, word)];

        Assert.Equal("DET", Tag("The"));
        Assert.Equal("NOUN", Tag("minister"));
        Assert.Equal("VERB", Tag("said"));
        Assert.Equal("PROPN", Tag("Geneva"));
        Assert.Equal("AUX", Tag("would"));
        Assert.Equal("PUNCT", Tag("."));
        Assert.Equal("say", Lemma("said"));
        Assert.Equal("talk", Lemma("talks"));
        Assert.Equal("the", Lemma("The"));
        Assert.Equal("negotiator", Lemma("Negotiators"));
        Assert.Equal("arrive", Lemma("arrived"));
    }

    [Fact]
    public void Reads_the_repaired_norm_of_a_token()
    {
        const string text = "Officials sayd the border is open.";
        var document = HandBuiltDocument.Create(text, ["Officials", "sayd=>said", "the", "border", "is", "open", "."]);
        var pos = new PosTagger().Process(document).Get<PosLayer>();
        Assert.Equal(Upos.VERB, pos.Tags[1]);
        Assert.Equal("say", pos.Lemmas[1]);
    }

    [Fact]
    public void Tags_tokens_outside_sentences_and_empty_documents()
    {
        var document = HandBuiltDocument.Create("Hello world", ["Hello", "world"]);
        var tokens = document.Get<TokenLayer>();
        var noSentences = document.With(new SentenceLayer([], [], []));
        var pos = new PosTagger().Process(noSentences).Get<PosLayer>();
        Assert.Equal(tokens.Count, pos.Tags.Length);
        Assert.All(pos.Lemmas, Assert.NotNull);

        var empty = HandBuiltDocument.Create("");
        Assert.Empty(new PosTagger().Process(empty).Get<PosLayer>().Tags);
    }

    [Fact]
    public void Declares_its_layers()
    {
        var tagger = new PosTagger();
        Assert.Equal([typeof(TokenLayer), typeof(SentenceLayer)], tagger.Requires);
        Assert.Equal([typeof(PosLayer)], tagger.Produces);
        Assert.Throws<PipelineConfigurationException>(() => AnalysisPipeline.Build([tagger]));
    }

    [Fact]
    public void Shipped_model_header_names_its_corpora_and_score()
    {
        var header = PosModel.Shipped.Model.Header;
        Assert.Equal(PosModel.Kind, header.Kind);
        Assert.Contains("EWT", header.Corpora);
        Assert.Contains("CC BY-SA 4.0", header.Licences);
        Assert.Contains("UPOS", header.DevScore);
    }
}
