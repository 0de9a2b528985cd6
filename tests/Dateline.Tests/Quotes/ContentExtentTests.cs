using Dateline.Learning;
using Dateline.Quotes;
using static Dateline.Tests.Quotes.HandBuilt;

namespace Dateline.Tests.Quotes;

/// <summary>The content-extent ranker (section "extents" of models/quote-cues.dlm): where reported content after its cue ends.</summary>
public class ContentExtentTests
{
    [Fact]
    public void ShippedModelCarriesTheExtentRanker()
    {
        Assert.True(LearnedCues.ShippedModel.TryGetSection(ContentExtent.Section, out var bytes));
        var model = ModelFormat.Read(new MemoryStream(bytes));
        Assert.Equal(ContentExtent.Kind, model.Header.Kind);
        Assert.Equal(ExtentFeatures.Id, model.Header.FeatureSetId);
        Assert.StartsWith("PolNeAR dev", model.Header.DevScore, StringComparison.Ordinal);
        Assert.NotNull(ContentExtent.ShippedModel);
    }

    [Theory]
    [InlineData("Nora Bell said the rail line will open in June, as the city had promised last year.", "Nora Bell", "the rail line will open in June, as the city had promised last year")]
    [InlineData("Dan Ortega highlighted endorsements from local leaders, like the former mayor Eric Hale.", "Dan Ortega", "endorsements from local leaders, like the former mayor Eric Hale")]
    public void ModelCarriesContentPastTheSievesComma(string text, string speaker, string content)
    {
        var document = AnalyseTagged(text, speaker);
        var quote = QuoteHolding(document, content, QuoteKind.Indirect);
        Assert.Equal(content, document.Text(quote.Span));
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(ContentExtent.Rule, quote.ExtentRule);
    }

    [Fact]
    public void SievesEndStandsWhenTheModelAgrees()
    {
        var document = AnalyseTagged("Tom Reyes called on Governor Ann Lee to resign over the water crisis in the valley.", "Tom Reyes");
        var quote = QuoteHolding(document, "Governor Ann Lee to resign", QuoteKind.Indirect);
        Assert.Equal("Governor Ann Lee to resign over the water crisis in the valley", document.Text(quote.Span));
        Assert.Null(quote.ExtentRule);
    }

    [Fact]
    public void UntaggedDocumentsKeepTheSievesEnds()
    {
        var document = Analyse("Nora Bell said the rail line will open in June, as the city had promised last year.", "Nora Bell");
        Assert.All(document.Get<QuoteLayer>().Quotes, q => Assert.Null(q.ExtentRule));
    }
}
