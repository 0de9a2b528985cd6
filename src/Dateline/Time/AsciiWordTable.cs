namespace Dateline.Time;

/// <summary>
/// Open-addressing table from lower-case ASCII words to lexicon entries, keyed by an FNV-1a hash that the
/// scanner computes while it reads a word, so a lookup costs one probe and a short compare, no string.
/// </summary>
internal sealed class AsciiWordTable
{
    private const uint Seed = 2166136261;
    private const uint Prime = 16777619;

    private readonly string?[] keys;
    private readonly LexEntry?[] values;
    private readonly int mask;

    public AsciiWordTable(IReadOnlyDictionary<string, LexEntry> entries)
    {
        int size = 16;
        while (size < entries.Count * 4)
        {
            size *= 2;
        }

        keys = new string?[size];
        values = new LexEntry?[size];
        mask = size - 1;
        foreach (var (word, entry) in entries)
        {
            if (!word.All(IsAsciiLetter))
            {
                continue;
            }

            string key = word.ToLowerInvariant();
            uint hash = Seed;
            foreach (char c in key)
            {
                hash = Step(hash, c);
            }

            int slot = (int)(hash & (uint)mask);
            while (keys[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = key;
            values[slot] = entry;
        }
    }

    public static uint Start => Seed;

    /// <summary>Folds one ASCII letter (either case) into the hash.</summary>
    public static uint Step(uint hash, char letter) => (hash ^ (uint)(letter | 0x20)) * Prime;

    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    public LexEntry? Find(string text, int start, int length, uint hash)
    {
        int slot = (int)(hash & (uint)mask);
        while (keys[slot] is { } key)
        {
            if (key.Length == length && SameLetters(text, start, key))
            {
                return values[slot];
            }

            slot = (slot + 1) & mask;
        }

        return null;
    }

    private static bool SameLetters(string text, int start, string key)
    {
        for (int k = 0; k < key.Length; k++)
        {
            if ((text[start + k] | 0x20) != key[k])
            {
                return false;
            }
        }

        return true;
    }
}
