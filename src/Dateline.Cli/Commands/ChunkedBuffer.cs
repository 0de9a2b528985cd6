using System.Buffers;

namespace Dateline.Cli.Commands;

/// <summary>
/// Holds one article's record until its turn to be written, in chunks rather than one growing array: a gigantic
/// article's record (30 times its text) then never sits in memory twice, as it would while an array doubles or is
/// copied out to its exact length. Past <see cref="SpillThreshold"/> bytes the finished chunks go to a temporary
/// file, so such a record costs disk rather than memory while it waits; if no temporary file can be made, it stays
/// in memory.
/// </summary>
public sealed class ChunkedBuffer : IBufferWriter<byte>, IDisposable
{
    public const int DefaultSpillThreshold = 32 * 1024 * 1024;

    private const int FirstChunk = 16 * 1024;
    private const int LargestChunk = 4 * 1024 * 1024;

    private readonly List<(byte[] Chunk, int Used)> full = [];
    private byte[] current = new byte[FirstChunk];
    private int used;
    private long heldInFull;
    private FileStream? spill;
    private bool spillUnavailable;

    public ChunkedBuffer(int spillThreshold = DefaultSpillThreshold) => SpillThreshold = spillThreshold;

    public int SpillThreshold { get; }

    /// <summary>Whether part of the record went to a temporary file.</summary>
    public bool Spilled => spill is not null;

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
        if (spill is not null)
        {
            spill.Flush();
            spill.Position = 0;
            spill.CopyTo(output);
        }

        foreach (var (chunk, length) in full)
        {
            output.Write(chunk, 0, length);
        }

        output.Write(current, 0, used);
    }

    public void Dispose()
    {
        spill?.Dispose();
        spill = null;
        full.Clear();
    }

    private void Reserve(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 1);
        if (current.Length - used >= needed)
        {
            return;
        }

        full.Add((current, used));
        heldInFull += used;
        if (heldInFull >= SpillThreshold)
        {
            SpillFullChunks();
        }

        current = new byte[Math.Max(needed, Math.Min(current.Length * 2, LargestChunk))];
        used = 0;
    }

    private void SpillFullChunks()
    {
        if (spill is null && !spillUnavailable)
        {
            try
            {
                string path = Path.Combine(Path.GetTempPath(), $"dateline-record-{Guid.NewGuid():N}.tmp");
                spill = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete, bufferSize: 1, FileOptions.DeleteOnClose);
                if (!OperatingSystem.IsWindows())
                {
                    // Unlinked at once, so a killed process leaves nothing behind; the open handle keeps the data.
                    File.Delete(path);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                spillUnavailable = true;
            }
        }

        if (spill is null)
        {
            return;
        }

        foreach (var (chunk, length) in full)
        {
            spill.Write(chunk, 0, length);
        }

        full.Clear();
        heldInFull = 0;
    }
}
