using System.Buffers;

namespace Dateline.Cli.Commands;

/// <summary>
/// Holds one article's record until its turn to be written, in chunks rather than one growing array: a gigantic
/// article's record (20 times its text) then never sits in memory twice, as it would while an array doubles or is
/// copied out to its exact length.
/// </summary>
public sealed class ChunkedBuffer : IBufferWriter<byte>
{
    private const int FirstChunk = 16 * 1024;
    private const int LargestChunk = 4 * 1024 * 1024;

    private readonly List<(byte[] Chunk, int Used)> full = [];
    private byte[] current = new byte[FirstChunk];
    private int used;

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, current.Length - used);
        used += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return current.AsMemory(used);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return current.AsSpan(used);
    }

    public void WriteTo(Stream output)
    {
        foreach (var (chunk, length) in full)
        {
            output.Write(chunk, 0, length);
        }

        output.Write(current, 0, used);
    }

    private void Reserve(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 1);
        if (current.Length - used >= needed)
        {
            return;
        }

        full.Add((current, used));
        current = new byte[Math.Max(needed, Math.Min(current.Length * 2, LargestChunk))];
        used = 0;
    }
}
