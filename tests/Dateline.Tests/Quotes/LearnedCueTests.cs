using Dateline.Documents;
using Dateline.Learning;
using Dateline.Quotes;
using Dateline.Tagging;
using Dateline.Text;
using static Dateline.Tests.Quotes.HandBuilt;

namespace Dateline.Tests.Quotes;

/// <summary>The trained attribution-cue classifier and attribution filter (models/quote-cues.dlm) and where the quote stage uses them.</summary>
public class LearnedCueTests
{
    [Fact]
    public void ShippedModelSaysWhatItIsAndCarriesTheFilter()
    {
        var model = LearnedCues.ShippedModel;
        Assert.Equal(LearnedCues.Kind, model.Header.Kind);
        Assert.Equal(CueFeatures.Id, model.Header.FeatureSetId);
        Assert.Contains("PolNeAR", model.Header.Corpora, StringComparison.Ordinal);
        Assert.Contains("research use", model.Header.Licences, StringComparison.Ordinal);
        Assert.StartsWith("PolNeAR dev", model.Header.DevScore, StringComparison.Ordinal);
        Assert.True(model.TryGetSection(AttributionFilter.Section, out var filter));
        Assert.Equal(AttributionFilter.Kind, ModelFormat.Read(new MemoryStream(filter)).Header.Kind);
        Assert.True(new FileInfo(ModelLocator.PathOf(LearnedCues.ModelFileName)).Length < 20_000_000);
    }

    [Fact]
    public void SpeechVerbScoresAboveAnOrdinaryVerb()
    {
        var document = Tagged("Maria Lopez insisted that the bridge was safe. The workers painted the bridge on Monday.");
        var tokens = document.Get<TokenLayer>();
        var classifier = LearnedCues.For(LearnedCues.ShippedModel, new CueFeatures(document, tokens, document.Get<PosLayer>()));
        var sentences = document.Get<SentenceLayer>();
        float insisted = classifier.Margin(TokenOf(document, "insisted"), sentences.FirstTokens[0], sentences.EndTokens[0]);
        float painted = classifier.Margin(TokenOf(document, "painted"), sentences.FirstTokens[1], sentences.EndTokens[1]);
        Assert.True(insisted > LearnedCues.AcceptAbove, $"insisted scored {insisted}");
        Assert.True(painted < insisted, $"painted scored {painted}, insisted {insisted}");
    }

    [Fact]
    public void ProgressiveCueHasAnActiveSubject()
    {
        var document = AnalyseTagged("Omar Haddad is demanding that the council repair the old bridge before the winter.", "Omar Haddad");
        var quote = QuoteHolding(document, "the council repair the old bridge", QuoteKind.Indirect);
        Assert.Equal("demanding", document.Text(quote.Cue!.Value));
        Assert.Equal("Omar Haddad", quote.Speaker);
    }

    [Fact]
    public void ParticipleCueAfterAPrepositionalOpeningTakesTheClauseSubject()
    {
        var document = AnalyseTagged("In a widely read column in the paper, two union leaders urged the mayor to act, arguing that the plan was unfair.");
        var quote = QuoteHolding(document, "the plan was unfair", QuoteKind.Indirect);
        Assert.Equal("two union leaders", document.Text(quote.SpeakerMention!.Value));
    }

    [Fact]
    public void UntaggedDocumentsKeepTheRules()
    {
        var document = Analyse("Tom Berg said the bridge would reopen in the spring.", "Tom Berg");
        var quote = QuoteHolding(document, "the bridge would reopen", QuoteKind.Indirect);
        Assert.Equal("Tom Berg", quote.Speaker);
    }

    [Fact]
    public void HostileInputPassesThrough()
    {
        string text = string.Concat(Enumerable.Repeat("said that said, “ according to told ", 400));
        var document = AnalyseTagged(text);
        Assert.NotNull(document.Get<QuoteLayer>());
    }

    private static Document Tagged(string text)
    {
        var document = new Document("test", text, new ArticleInfo(), new TextSpan(0, text.Length));
        return new PosTagger().Process(new TokenizerComponent().Process(new Dateline.Cleaning.Cleaner().Process(document)));
    }

    private static int TokenOf(Document document, string word)
    {
        var tokens = document.Get<TokenLayer>();
        return Enumerable.Range(0, tokens.Count).First(i => tokens.TextOf(document, i) == word);
    }
}
