namespace Dateline.Cli;

/// <summary>The process's streams, passed in so tests run commands in-process.</summary>
public sealed record CliContext(Func<Stream> OpenStdin, Stream Stdout, TextWriter Stderr)
{
    /// <summary>Admits articles to analysis by the memory they need; tests pass a small one.</summary>
    public MemoryGate Memory { get; init; } = MemoryGate.ForThisMachine();

    public int Fail(string message)
    {
        Stderr.WriteLine($"dateline: {message}");
        return ExitCodes.Usage;
    }
}
