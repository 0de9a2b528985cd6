namespace Dateline.Learning;

/// <summary>The labels a model predicts (UPOS tags, BIO entity tags, …), numbered in a fixed order.</summary>
public sealed class LabelSet
{
    /// <summary>Labels are stored as bytes in the model file.</summary>
    public const int MaxCount = 255;

    private readonly string[] names;
    private readonly Dictionary<string, int> ids;

    public LabelSet(IEnumerable<string> labels)
    {
        names = labels.ToArray();
        if (names.Length == 0 || names.Length > MaxCount)
        {
            throw new ArgumentException($"A label set needs 1 to {MaxCount} labels, not {names.Length}.", nameof(labels));
        }

        ids = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
        {
            if (!ids.TryAdd(names[i], i))
            {
                throw new ArgumentException($"Label '{names[i]}' appears twice.", nameof(labels));
            }
        }
    }

    public int Count => names.Length;

    public IReadOnlyList<string> Names => names;

    public string this[int id] => names[id];

    public int IdOf(string label) =>
        ids.TryGetValue(label, out int id) ? id : throw new KeyNotFoundException($"Unknown label '{label}'.");

    public bool TryGetId(string label, out int id) => ids.TryGetValue(label, out id);
}
