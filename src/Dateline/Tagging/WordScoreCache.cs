using Dateline.Learning;

namespace Dateline.Tagging;

/// <summary>
/// Most POS features look at one word only (the word itself, or a neighbour in a fixed role), so their
/// summed label scores are a property of the word form. This cache holds, for every form in the lemma
/// lexicon, its <see cref="TokenHashes"/> and one score vector per <see cref="Role"/>: tagging a known word
/// then costs one lookup instead of ~26 feature probes. Built once when the model loads; read-only after.
/// </summary>
internal sealed class WordScoreCache
{
    private readonly Dictionary<ulong, int> entries;
    private readonly TokenHashes[] hashes;
    private readonly float[] vectors;
    private readonly float[] boundaryVectors;
    private readonly int labels;

    public WordScoreCache(IEnumerable<string> forms, WordClasses? classes, SequenceModel model)
    {
        labels = model.Labels.Count;
        var distinct = forms.Distinct(StringComparer.Ordinal).ToArray();
        entries = new Dictionary<ulong, int>(distinct.Length);
        hashes = new TokenHashes[distinct.Length];
        vectors = new float[distinct.Length * RoleCount * labels];
        var scratch = new FeatureVector();
        for (int entry = 0; entry < distinct.Length; entry++)
        {
            hashes[entry] = PosFeatures.Hash(distinct[entry], sentenceStart: false, classes);
            if (entries.TryAdd(hashes[entry].Exact, entry))
            {
                ComputeRoles(model, in hashes[entry], scratch, vectors.AsSpan(entry * RoleCount * labels, RoleCount * labels));
            }
        }

        boundaryVectors = new float[4 * RoleCount * labels];
        for (int boundary = 0; boundary < 4; boundary++)
        {
            ComputeRoles(model, in PosFeatures.Boundary(boundary), scratch, boundaryVectors.AsSpan(boundary * RoleCount * labels, RoleCount * labels));
        }
    }

    /// <summary>The score vectors kept per word: how it scores as the tagged word and as each neighbour.</summary>
    public enum Role
    {
        Self,
        SelfAtSentenceStart,
        Previous,
        Next,
        Previous2,
        Next2,
    }

    public const int RoleCount = 6;

    public int Count => entries.Count;

    public bool TryGet(ulong formHash, out int entry) => entries.TryGetValue(formHash, out entry);

    public ref readonly TokenHashes Hashes(int entry) => ref hashes[entry];

    public ReadOnlySpan<float> Vector(int entry, Role role) => vectors.AsSpan((entry * RoleCount + (int)role) * labels, labels);

    /// <summary>Vectors of the sentence-boundary markers: 0 = one before, 1 = two before, 2 = one after, 3 = two after.</summary>
    public ReadOnlySpan<float> BoundaryVector(int boundary, Role role) =>
        boundaryVectors.AsSpan((boundary * RoleCount + (int)role) * labels, labels);

    /// <summary>Fills <paramref name="target"/> (<see cref="RoleCount"/> × labels) with a word's role vectors.</summary>
    public static void ComputeRoles(SequenceModel model, in TokenHashes word, FeatureVector scratch, Span<float> target)
    {
        int labels = model.Labels.Count;
        var atStart = word;
        atStart.Traits |= TokenHashes.SentenceStartTrait;
        for (int role = 0; role < RoleCount; role++)
        {
            scratch.Clear();
            switch ((Role)role)
            {
                case Role.Self:
                    PosFeatures.AddWordFeatures(in word, scratch);
                    break;
                case Role.SelfAtSentenceStart:
                    PosFeatures.AddWordFeatures(in atStart, scratch);
                    break;
                default:
                    PosFeatures.AddNeighbourFeatures(in word, (NeighbourRole)(role - (int)Role.Previous), scratch);
                    break;
            }

            model.Score(scratch.Items, target.Slice(role * labels, labels));
        }
    }
}
