using Dateline.Learning;
using Dateline.Training.Learning;

namespace Dateline.Tests.Learning;

/// <summary>A hand-made toy tagging task: words plus current/neighbouring-word and previous-label features.</summary>
internal sealed class TinySentence(string[] words, bool useHistory) : ISequenceFeatures
{
    public int Length => words.Length;

    public int FixedLabel(int position) => -1;

    public void AddFeatures(int position, ReadOnlySpan<int> previousLabels, FeatureVector features)
    {
        features.Add(FeatureHash.Start(0));
        features.Add(FeatureHash.Add(FeatureHash.Start(1), words[position]));
        features.Add(FeatureHash.Add(FeatureHash.Start(2), position > 0 ? words[position - 1] : "<s>"));
        features.Add(FeatureHash.Add(FeatureHash.Start(3), position + 1 < words.Length ? words[position + 1] : "</s>"));
        if (useHistory && previousLabels.Length > 0)
        {
            features.Add(FeatureHash.Add(FeatureHash.Start(4), previousLabels[^1]));
        }
    }
}

internal static class TinyCorpus
{
    public static readonly LabelSet Labels = new(["DET", "NOUN", "VERB"]);

    private static readonly string[] Sentences =
    [
        "the dog barks/DET NOUN VERB",
        "a cat sleeps/DET NOUN VERB",
        "the cat barks/DET NOUN VERB",
        "dogs run/NOUN VERB",
        "the run tires/DET NOUN VERB",
        "a dog runs/DET NOUN VERB",
    ];

    public static TrainingSequence[] Data(bool useHistory) => Sentences.Select(line =>
    {
        var parts = line.Split('/');
        return new TrainingSequence(
            new TinySentence(parts[0].Split(' '), useHistory),
            parts[1].Split(' ').Select(Labels.IdOf).ToArray());
    }).ToArray();

    public static SequenceModel Train(DecodingMode mode) =>
        new PerceptronTrainer(Labels, new PerceptronOptions(Epochs: 5, Seed: 7, Mode: mode))
            .Train(Data(mode == DecodingMode.Greedy), Header, new Dictionary<string, byte[]> { ["note"] = [1, 2, 3] });

    public static readonly ModelHeader Header = new("toy", "toy-features-1", "hand-made", "CC0", "n/a");
}
