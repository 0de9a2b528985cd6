namespace Dateline.Learning;

/// <summary>
/// A trained linear sequence labeller: hashed features → label scores (<see cref="Weights"/>), optional
/// label-transition scores for Viterbi decoding, and named side sections (tag dictionaries, lexicons) that
/// the component owning the model interprets. Immutable; one instance serves every thread.
/// </summary>
public sealed class SequenceModel
{
    private readonly float[]? transitions;
    private readonly Dictionary<string, byte[]> sections;

    /// <param name="transitions">
    /// Null, or <c>(labels + 1) × labels</c> scores: row p is the previous label, the last row the sequence start.
    /// </param>
    public SequenceModel(
        ModelHeader header,
        LabelSet labels,
        WeightTable weights,
        float[]? transitions,
        IReadOnlyDictionary<string, byte[]> sections)
    {
        if (weights.LabelCount != labels.Count)
        {
            throw new ArgumentException("The weight table and the label set disagree on the number of labels.", nameof(weights));
        }

        if (transitions is not null && transitions.Length != (labels.Count + 1) * labels.Count)
        {
            throw new ArgumentException("Transitions must be (labels + 1) × labels.", nameof(transitions));
        }

        Header = header;
        Labels = labels;
        Weights = weights;
        this.transitions = transitions;
        this.sections = new Dictionary<string, byte[]>(sections, StringComparer.Ordinal);
    }

    public ModelHeader Header { get; }

    public LabelSet Labels { get; }

    public WeightTable Weights { get; }

    public bool HasTransitions => transitions is not null;

    /// <summary>Transition scores, <c>(labels + 1) × labels</c>, or empty when the model has none.</summary>
    public ReadOnlySpan<float> Transitions => transitions;

    public IReadOnlyCollection<string> SectionNames => sections.Keys;

    /// <summary>Index of the "previous label" row that stands for the start of a sequence.</summary>
    public int StartRow => Labels.Count;

    public float Transition(int previous, int next) =>
        transitions is null ? 0f : transitions[(previous < 0 ? StartRow : previous) * Labels.Count + next];

    public bool TryGetSection(string name, out byte[] content) => sections.TryGetValue(name, out content!);

    public byte[] Section(string name) =>
        sections.TryGetValue(name, out var content)
            ? content
            : throw new InvalidDataException($"Model '{Header.Kind}' has no section '{name}'.");

    /// <summary>Writes the label scores of one position into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..Labels.Count].Clear();
        Weights.AddScores(features, scores);
    }

    /// <summary>The best label for one position, ties going to the lowest label id.</summary>
    public int Predict(ReadOnlySpan<ulong> features, Span<float> scratch)
    {
        Score(features, scratch);
        return ArgMax(scratch[..Labels.Count]);
    }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }
}
