namespace Dateline.Cli;

/// <summary>
/// Admits articles to analysis by the memory they need at peak, so gigantic ones run one at a time and one that
/// cannot fit in this machine's memory fails alone with a clear error, instead of the kernel killing the process
/// and the rest of the batch with it.
/// </summary>
public sealed class MemoryGate(long capacityBytes)
{
    /// <summary>
    /// Peak bytes per character of an article under analysis: `-- memory FILE` and the 10 MB / 50 MB articles peak
    /// at 45-60, the record waiting for output included; rounded up for headroom.
    /// </summary>
    public const long PeakBytesPerChar = 96;

    private readonly object gate = new();
    private long inUse;

    public long CapacityBytes => capacityBytes;

    /// <summary>Three quarters of the memory the runtime may use here (physical, container or GC heap limit).</summary>
    public static MemoryGate ForThisMachine() => new(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4 * 3);

    public static long PeakOf(int characters) => characters * PeakBytesPerChar;

    /// <summary>Why an article of <paramref name="characters"/> cannot be analysed here, or null when it can.</summary>
    public string? Refusal(int characters)
    {
        long peak = PeakOf(characters);
        return peak <= capacityBytes ? null
            : $"too large to analyse in the memory available (about {Gigabytes(peak)} GB needed at peak, {Gigabytes(capacityBytes)} GB usable)";
    }

    /// <summary>Waits until <paramref name="bytes"/> fit beside the articles running; an article alone always enters.</summary>
    public Admission Enter(long bytes)
    {
        lock (gate)
        {
            while (inUse > 0 && inUse + bytes > capacityBytes)
            {
                Monitor.Wait(gate);
            }

            inUse += bytes;
        }

        return new Admission(this, bytes);
    }

    private void Leave(long bytes)
    {
        lock (gate)
        {
            inUse -= bytes;
            Monitor.PulseAll(gate);
        }
    }

    private static string Gigabytes(long bytes) => (bytes / (1024.0 * 1024 * 1024)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

    public readonly struct Admission(MemoryGate owner, long bytes) : IDisposable
    {
        public void Dispose() => owner.Leave(bytes);
    }
}
