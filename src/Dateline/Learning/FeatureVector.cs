namespace Dateline.Learning;

/// <summary>A reusable, growable buffer of hashed features for one position; cleared, never reallocated per token.</summary>
public sealed class FeatureVector
{
    private ulong[] items;

    public FeatureVector(int capacity = 64) => items = new ulong[Math.Max(4, capacity)];

    public int Count { get; private set; }

    public ReadOnlySpan<ulong> Items => items.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void Add(ulong feature)
    {
        if (Count == items.Length)
        {
            Array.Resize(ref items, items.Length * 2);
        }

        items[Count++] = feature;
    }
}
