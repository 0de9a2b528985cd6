using Dateline.Entities;
using Dateline.Pipeline;
using Dateline.Text;

namespace Dateline.Tests.Entities;

public sealed class EntityRecognizerTests
{
    private static readonly EntityRecognizer Recognizer = new();

    private static List<(string Text, string Type)> Recognize(string text)
    {
        var document = Recognizer.Process(HandDocuments.Tokenized(text));
        return document.Get<EntityLayer>().Entities.Select(e => (document.Text(e.Span), e.Type)).ToList();
    }

    [Fact]
    public void DeclaresItsLayers()
    {
        Assert.Equal([typeof(TokenLayer), typeof(SentenceLayer)], Recognizer.Requires);
        Assert.Equal([typeof(EntityLayer)], Recognizer.Produces);
    }

    [Fact]
    public void TagsPeoplePlacesOrganisationsAndNationalities()
    {
        var entities = Recognize(
            "German Chancellor Olaf Scholz met Emmanuel Macron in Paris on Tuesday , the French presidency said . "
            + "Scholz told reporters that NATO would meet in Brussels and that Germans backed the plan .");

        Assert.Contains(("Olaf Scholz", "PERSON"), entities);
        Assert.Contains(("Emmanuel Macron", "PERSON"), entities);
        Assert.Contains(("Scholz", "PERSON"), entities);
        Assert.Contains(("Paris", "GPE"), entities);
        Assert.Contains(("Brussels", "GPE"), entities);
        Assert.Contains(("NATO", "ORG"), entities);
        Assert.Contains(("German", "NORP"), entities);
        Assert.Contains(("Germans", "NORP"), entities);
    }

    [Fact]
    public void NameEndsBeforeACommaThatOpensAnApposition()
    {
        var entities = Recognize(
            "The United Nations Agency for Palestinian Refugees , the main distributor of international aid to Gaza , was accused .");

        Assert.Contains(("United Nations Agency for Palestinian Refugees", "ORG"), entities);
        Assert.DoesNotContain(entities, e => e.Text.Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public void OffsetsAndTokensPointAtTheMention()
    {
        const string text = "Talks resumed in Cairo on Sunday .";
        var document = Recognizer.Process(HandDocuments.Tokenized(text));

        var cairo = Assert.Single(document.Get<EntityLayer>().Entities);
        Assert.Equal("Cairo", text[cairo.Span.Start..cairo.Span.End]);
        Assert.Equal((3, 4), (cairo.FirstToken, cairo.EndToken));
        Assert.Equal(EntityRecognizer.ModelSource, cairo.Source);
    }

    [Fact]
    public void EmptyDocumentHasNoEntities()
    {
        var document = new Dateline.Documents.Document("empty", string.Empty)
            .With(new TokenLayer([], [], [], []))
            .With(new SentenceLayer([], [], []));

        Assert.Empty(Recognizer.Process(document).Get<EntityLayer>().Entities);
    }

    [Fact]
    public void WorksInAPipelineAfterTheTokenizer() =>
        AnalysisPipeline.Build([new Dateline.Cleaning.Cleaner(), new TokenizerComponent(), Recognizer]);
}
