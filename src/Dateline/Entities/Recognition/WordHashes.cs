namespace Dateline.Entities.Recognition;

/// <summary>
/// What the entity features need of one word form alone: its exact and case-folded hashes, its shape, its
/// packed word-cluster ids and what the tag lexicon says of it (<see cref="SentenceFeatures"/>). <see cref="Boundary"/>
/// stands for a position outside the sentence.
/// </summary>
internal readonly record struct WordHashes(ulong Word, ulong Lower, ulong Shape, ulong Cluster, ulong Lexicon)
{
    public const ulong BoundaryValue = 0x1234_5678_9ABC_DEF1UL;

    public static readonly WordHashes Boundary = new(BoundaryValue, BoundaryValue, BoundaryValue, BoundaryValue, BoundaryValue);

    /// <summary>The coarse (64), medium (256) and fine (1024) cluster ids, as packed in <see cref="Cluster"/>.</summary>
    public ulong Coarse => Cluster & 0xFFFF;

    public ulong Medium => (Cluster >> 16) & 0xFFFF;

    public ulong Fine => Cluster >> 32;

    /// <summary>The <see cref="NameLexicon"/> code of the exact form (0: absent).</summary>
    public ulong ExactCode => Lexicon & 0xFF;

    /// <summary>The code of the lowercase form, for a word with capitals (else 0).</summary>
    public ulong LowerCode => (Lexicon >> 8) & 0xFF;

    /// <summary>The code of the title-case form, for an all-caps word of two or more letters (else 0).</summary>
    public ulong TitleCode => (Lexicon >> 16) & 0xFF;

    /// <summary>Whether the form has capitals (so <see cref="LowerCode"/> is its lowercase's).</summary>
    public bool HasCapitals => (Lexicon >> 24 & 1) != 0;

    public ulong ExactClass => ExactCode >> 6;

    public ulong LowerClass => LowerCode >> 6;

    public ulong TitleClass => TitleCode >> 6;

    /// <summary>Exact and lowercase class and whether the form has capitals, in one small value (boundary: its own value).</summary>
    public ulong Classes => Lexicon == BoundaryValue ? BoundaryValue : ExactClass | (LowerClass << 2) | ((HasCapitals ? 1UL : 0UL) << 4);
}
