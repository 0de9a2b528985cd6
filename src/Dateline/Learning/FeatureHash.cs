namespace Dateline.Learning;

/// <summary>
/// Incremental 64-bit feature hashing (FNV-1a over UTF-16 units and integers). A feature is a template id
/// followed by any number of parts; hashing part by part means no feature string is ever built.
/// Example: <c>FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(7), word), tag)</c>.
/// The values are part of the model file format: never change these constants for an existing feature set.
/// </summary>
public static class FeatureHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of a template with no parts yet.</summary>
    public static ulong Start(int template) => Add(OffsetBasis, template);

    public static ulong Add(ulong hash, int value)
    {
        hash = (hash ^ (uint)value) * Prime;
        return (hash ^ 0xff) * Prime; // separator, so ("ab", 1) and ("a", "b1") differ
    }

    public static ulong Add(ulong hash, char value) => Add(hash, (int)value);

    public static ulong Add(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return (hash ^ 0xfe) * Prime;
    }

    /// <summary>Like <see cref="Add(ulong, ReadOnlySpan{char})"/> over the invariant lowercase of <paramref name="text"/>.</summary>
    public static ulong AddLowercase(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * Prime;
        }

        return (hash ^ 0xfe) * Prime;
    }

    /// <summary>Adds an already hashed part (for example a precomputed word hash).</summary>
    public static ulong AddHash(ulong hash, ulong part)
    {
        hash = (hash ^ (part & 0xffffffffUL)) * Prime;
        return (hash ^ (part >> 32)) * Prime;
    }

    /// <summary>Spreads the bits before a hash picks a table slot (FNV's low bits are weak).</summary>
    internal static ulong Mix(ulong key)
    {
        key ^= key >> 33;
        key *= 0xff51afd7ed558ccdUL;
        key ^= key >> 33;
        key *= 0xc4ceb9fe1a85ec53UL;
        key ^= key >> 33;
        return key;
    }
}
