namespace Dateline.Entities.Gazetteers;

/// <summary>
/// 64-bit hashes of tokens and token sequences, so that phrase look-ups on the hot path allocate nothing.
/// Collisions between distinct phrases are possible in principle and harmless: a gazetteer only feeds features.
/// </summary>
internal static class PhraseHash
{
    private const ulong Seed = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong OfToken(ReadOnlySpan<char> token, bool fold)
    {
        ulong hash = Seed;
        foreach (char c in token)
        {
            char ch = fold ? char.ToLowerInvariant(c) : c;
            hash = (hash ^ ch) * Prime;
        }

        return hash;
    }

    /// <summary>The hash of a phrase extended by one more token.</summary>
    public static ulong Extend(ulong phrase, ulong token)
    {
        ulong mixed = (phrase * 0x9E3779B97F4A7C15UL) ^ token;
        mixed ^= mixed >> 29;
        return mixed * 0xBF58476D1CE4E5B9UL;
    }

    public const ulong Empty = 0x2545F4914F6CDD1DUL;
}
