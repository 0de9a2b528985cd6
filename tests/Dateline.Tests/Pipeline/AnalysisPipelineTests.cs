using Dateline.Documents;
using Dateline.Pipeline;

namespace Dateline.Tests.Pipeline;

public class AnalysisPipelineTests
{
    private sealed record LayerA : ILayer;

    private sealed record LayerB : ILayer;

    private sealed class Producer(Type produces, params Type[] requires) : IComponent
    {
        public string Name => $"makes {produces.Name}";

        public IReadOnlyList<Type> Requires => requires;

        public IReadOnlyList<Type> Produces => [produces];

        public Document Process(Document document) => produces == typeof(LayerA) ? document.With(new LayerA()) : document.With(new LayerB());
    }

    [Fact]
    public void BuildRejectsAComponentWhoseRequirementIsNotProducedEarlier()
    {
        var error = Assert.Throws<PipelineConfigurationException>(() =>
            AnalysisPipeline.Build([new Producer(typeof(LayerB), typeof(LayerA)), new Producer(typeof(LayerA))]));
        Assert.Contains("LayerA", error.Message);
    }

    [Fact]
    public void RunAddsLayersInOrderAndLeavesTheInputUntouched()
    {
        var pipeline = AnalysisPipeline.Build([new Producer(typeof(LayerA)), new Producer(typeof(LayerB), typeof(LayerA))]);
        var input = new Document("d", "text");
        var output = pipeline.Run(input);
        Assert.True(output.Has<LayerA>() && output.Has<LayerB>());
        Assert.False(input.Has<LayerA>());
    }

    private sealed class Loader(bool fails) : IComponent
    {
        private int loads;

        public int Loads => loads;

        public string Name => "loader";

        public IReadOnlyList<Type> Requires => [];

        public IReadOnlyList<Type> Produces => [];

        public Document Process(Document document) => document;

        public void Preload()
        {
            Interlocked.Increment(ref loads);
            if (fails)
            {
                throw new InvalidDataException("model file damaged");
            }
        }
    }

    [Fact]
    public void PreloadLoadsEveryComponentAndLeavesAFailedLoadToTheFirstDocument()
    {
        var loaders = new[] { new Loader(fails: false), new Loader(fails: true), new Loader(fails: false) };
        var pipeline = AnalysisPipeline.Build(loaders);
        pipeline.Preload();
        Assert.All(loaders, loader => Assert.Equal(1, loader.Loads));
        Assert.Equal("text", pipeline.Run(new Document("d", "text")).Raw);
    }
}
