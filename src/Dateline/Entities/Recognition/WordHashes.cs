namespace Dateline.Entities.Recognition;

/// <summary>
/// What the entity features need of one word form alone: its exact and case-folded hashes, its shape and its
/// packed word-cluster ids (<see cref="SentenceFeatures"/>). <see cref="Boundary"/> stands for a position
/// outside the sentence.
/// </summary>
internal readonly record struct WordHashes(ulong Word, ulong Lower, ulong Shape, ulong Cluster)
{
    public const ulong BoundaryValue = 0x1234_5678_9ABC_DEF1UL;

    public static readonly WordHashes Boundary = new(BoundaryValue, BoundaryValue, BoundaryValue, BoundaryValue);

    /// <summary>The coarse (64), medium (256) and fine (1024) cluster ids, as packed in <see cref="Cluster"/>.</summary>
    public ulong Coarse => Cluster & 0xFFFF;

    public ulong Medium => (Cluster >> 16) & 0xFFFF;

    public ulong Fine => Cluster >> 32;
}
