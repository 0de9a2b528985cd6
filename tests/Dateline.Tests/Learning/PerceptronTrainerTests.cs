using Dateline.Learning;
using Dateline.Training.Learning;

namespace Dateline.Tests.Learning;

public class PerceptronTrainerTests
{
    [Theory]
    [InlineData(DecodingMode.Greedy)]
    [InlineData(DecodingMode.Viterbi)]
    public void Learns_the_toy_task(DecodingMode mode)
    {
        var model = TinyCorpus.Train(mode);
        var decoder = new SequenceDecoder(model);
        var labels = new int[3];
        var sentence = new TinySentence(["the", "dog", "sleeps"], mode == DecodingMode.Greedy);
        if (mode == DecodingMode.Greedy)
        {
            decoder.Greedy(sentence, labels);
        }
        else
        {
            decoder.Viterbi(sentence, labels);
        }

        Assert.Equal(["DET", "NOUN", "VERB"], labels.Select(l => model.Labels[l]));
    }

    [Fact]
    public void Training_twice_gives_identical_bytes()
    {
        byte[] first = Serialize(TinyCorpus.Train(DecodingMode.Greedy));
        byte[] second = Serialize(TinyCorpus.Train(DecodingMode.Greedy));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Viterbi_model_carries_transitions()
    {
        var model = TinyCorpus.Train(DecodingMode.Viterbi);
        Assert.True(model.HasTransitions);
        Assert.True(model.Transition(TinyCorpus.Labels.IdOf("DET"), TinyCorpus.Labels.IdOf("NOUN")) > model.Transition(TinyCorpus.Labels.IdOf("DET"), TinyCorpus.Labels.IdOf("VERB")));
    }

    [Fact]
    public void Greedy_training_learns_nothing_at_unknown_positions()
    {
        var unknown = TinyCorpus.Data(useHistory: true).Select(s => s with { Unknown = Enumerable.Repeat(true, s.Gold.Length).ToArray() }).ToArray();

        var model = new PerceptronTrainer(TinyCorpus.Labels, new PerceptronOptions(Epochs: 5, Seed: 7)).Train(unknown, TinyCorpus.Header, new Dictionary<string, byte[]>());

        Assert.Equal(0, model.Weights.FeatureCount);
    }

    [Fact]
    public void Shuffle_is_fixed_by_seed()
    {
        int[] a = [.. Enumerable.Range(0, 20)], b = [.. Enumerable.Range(0, 20)];
        new DeterministicRandom(42).Shuffle(a);
        new DeterministicRandom(42).Shuffle(b);
        Assert.Equal(a, b);
        Assert.NotEqual(Enumerable.Range(0, 20), a);
    }

    internal static byte[] Serialize(SequenceModel model)
    {
        using var stream = new MemoryStream();
        ModelWriter.Write(model, stream);
        return stream.ToArray();
    }
}
