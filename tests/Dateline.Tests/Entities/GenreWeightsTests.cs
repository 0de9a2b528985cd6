using Dateline.Entities.Recognition;
using Dateline.Learning;

namespace Dateline.Tests.Entities;

public sealed class GenreWeightsTests
{
    [Fact]
    public void FoldingSumsTheSharedAndTheGenresWeightsAndDropsTheOtherGenre()
    {
        const ulong feature = 0xC123_4567_89AB_CDEFUL;
        const ulong onlyWeb = 0x0000_0000_0000_0042UL;
        ulong shared = GenreWeights.Shared(feature);
        var table = new WeightTable(
            [shared, GenreWeights.Copy(feature, TextGenre.News), GenreWeights.Copy(feature, TextGenre.Web), GenreWeights.Copy(onlyWeb, TextGenre.Web)],
            [1, 2, 10, 20, 100, 200, 5, 6],
            2);
        var sections = new Dictionary<string, byte[]> { [GenreWeights.SectionName] = GenreWeights.Section() };
        var model = new SequenceModel(new ModelHeader("test", "test", "", "", ""), new LabelSet(["A", "B"]), table, null, sections);
        Assert.True(GenreWeights.HasCopies(model));

        var news = GenreWeights.Fold(model, TextGenre.News);
        var web = GenreWeights.Fold(model, TextGenre.Web);
        Assert.False(GenreWeights.HasCopies(news));
        Assert.Equal(1, news.Weights.FeatureCount);
        Assert.Equal([11f, 22f], news.Weights.Row(news.Weights.RowOf(shared)).ToArray());
        Assert.Equal(2, web.Weights.FeatureCount);
        Assert.Equal([101f, 202f], web.Weights.Row(web.Weights.RowOf(shared)).ToArray());
        Assert.Equal([5f, 6f], web.Weights.Row(web.Weights.RowOf(onlyWeb)).ToArray());
    }

    [Fact]
    public void ACopyDiffersFromTheSharedKeyOnlyInTheTopBits()
    {
        const ulong feature = 0xFFFF_0000_1234_5678UL;
        Assert.Equal(0x3FFF_0000_1234_5678UL, GenreWeights.Shared(feature));
        Assert.Equal(GenreWeights.Shared(feature), GenreWeights.Copy(feature, TextGenre.Web) & GenreWeights.KeyMask);
        Assert.NotEqual(GenreWeights.Copy(feature, TextGenre.News), GenreWeights.Copy(feature, TextGenre.Web));
    }
}
