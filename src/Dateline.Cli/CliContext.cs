namespace Dateline.Cli;

/// <summary>The process's streams, passed in so tests run commands in-process.</summary>
public sealed record CliContext(Func<Stream> OpenStdin, Stream Stdout, TextWriter Stderr)
{
    public int Fail(string message)
    {
        Stderr.WriteLine($"dateline: {message}");
        return ExitCodes.Usage;
    }
}
