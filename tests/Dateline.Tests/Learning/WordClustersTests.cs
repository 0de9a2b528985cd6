using Dateline.Learning;

namespace Dateline.Tests.Learning;

public class WordClustersTests
{
    [Fact]
    public void Lookup_IgnoresCaseAndDigitValues()
    {
        var clusters = WordClusters.Load(new StringReader("# comment\nparis\t3\t13\t53\t9\ncairo\t3\t13\t52\t4\n00.0\t7\t28\t112\t5\n"));

        Assert.True(clusters.TryGet("PARIS", out var paris));
        Assert.Equal(new WordCluster(3, 13, 53), paris);
        Assert.True(clusters.TryGet("Cairo", out var cairo));
        Assert.Equal(paris.Medium, cairo.Medium);
        Assert.True(clusters.TryGet("19.5", out var number));
        Assert.Equal(112, number.Fine);
        Assert.False(clusters.TryGet("Gantz", out _));
        Assert.False(clusters.TryGet(new string('a', 500), out _));
    }

    [Fact]
    public void ShippedClusters_PutCapitalsTogether()
    {
        var clusters = WordClusters.Default;

        Assert.True(clusters.Count > 10_000);
        Assert.True(clusters.TryGet("London", out var london));
        Assert.True(clusters.TryGet("Chicago", out var chicago));
        Assert.Equal(london.Coarse, chicago.Coarse);
        Assert.Equal(london.Coarse, london.Medium / 4);
        Assert.Equal(london.Medium, london.Fine / 4);
    }
}
