using Dateline.Learning;
using Dateline.Training.Learning;

namespace Dateline.Tests.Learning;

public class ModelFormatTests
{
    [Theory]
    [InlineData(Training.Learning.DecodingMode.Greedy)]
    [InlineData(Training.Learning.DecodingMode.Viterbi)]
    public void Round_trip_keeps_header_labels_weights_and_sections(Training.Learning.DecodingMode mode)
    {
        var model = TinyCorpus.Train(mode);
        byte[] bytes = PerceptronTrainerTests.Serialize(model);
        var read = ModelFormat.Read(new MemoryStream(bytes));

        Assert.Equal(model.Header, read.Header);
        Assert.Equal(model.Labels.Names, read.Labels.Names);
        Assert.Equal(model.Weights.Keys.ToArray(), read.Weights.Keys.ToArray());
        Assert.Equal(model.Weights.Weights.ToArray(), read.Weights.Weights.ToArray());
        Assert.Equal(model.Transitions.ToArray(), read.Transitions.ToArray());
        Assert.Equal([1, 2, 3], read.Section("note"));
        Assert.Equal(bytes, PerceptronTrainerTests.Serialize(read));
    }

    [Fact]
    public void Truncated_or_foreign_files_are_refused()
    {
        byte[] bytes = PerceptronTrainerTests.Serialize(TinyCorpus.Train(Training.Learning.DecodingMode.Greedy));
        Assert.ThrowsAny<Exception>(() => ModelFormat.Read(new MemoryStream(bytes[..^4])));
        Assert.Throws<InvalidDataException>(() => ModelFormat.Read(new MemoryStream("not a model at all"u8.ToArray())));
    }

    [Fact]
    public void Weight_table_finds_every_key_and_only_those()
    {
        ulong[] keys = [0, 5, 1UL << 40, ulong.MaxValue];
        var table = new WeightTable(keys, [1, 2, 3, 4, 5, 6, 7, 8], 2);
        Assert.Equal(0, table.RowOf(0));
        Assert.Equal(2, table.RowOf(1UL << 40));
        Assert.Equal(3, table.RowOf(ulong.MaxValue));
        Assert.Equal(-1, table.RowOf(6));
        Span<float> scores = stackalloc float[2];
        table.AddScores([5, 6, ulong.MaxValue], scores);
        Assert.Equal([3f + 7f, 4f + 8f], scores.ToArray());
    }

    [Fact]
    public void Feature_hash_separates_parts()
    {
        ulong ab1 = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(1), "ab"), "c");
        ulong a1bc = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(1), "a"), "bc");
        Assert.NotEqual(ab1, a1bc);
        Assert.NotEqual(FeatureHash.Start(1), FeatureHash.Start(2));
    }
}
