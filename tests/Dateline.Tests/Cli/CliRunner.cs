using System.Text;
using System.Text.Json;

namespace Dateline.Tests.Cli;

/// <summary>Runs the real CLI in-process and captures what a user would see.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        /// <summary>The records printed, whether one object or an array.</summary>
        public IReadOnlyList<JsonElement> Records()
        {
            if (Stdout.TrimStart().StartsWith('['))
            {
                return JsonDocument.Parse(Stdout).RootElement.EnumerateArray().ToArray();
            }

            return Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 0 && Stdout.TrimStart().StartsWith('{') && !Stdout.Contains("\n{", StringComparison.Ordinal)
                ? [JsonDocument.Parse(Stdout).RootElement]
                : Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        }
    }

    public static Result Run(params string[] args) => RunWithStdin("", args);

    public static Result RunWithStdin(string stdin, params string[] args)
    {
        using var output = new MemoryStream();
        using var errors = new StringWriter();
        int code = Dateline.Cli.Program.Run(args, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)), output, errors);
        return new Result(code, Encoding.UTF8.GetString(output.ToArray()), errors.ToString());
    }
}

/// <summary>Runs the CLI with stdout going to a file, for outputs too large to hold as one string.</summary>
public static class LargeOutputCliRunner
{
    public static (int ExitCode, string Stderr) Run(string outputPath, params string[] args)
    {
        using var output = File.Create(outputPath);
        using var errors = new StringWriter();
        int code = Dateline.Cli.Program.Run(args, () => Stream.Null, output, errors);
        return (code, errors.ToString());
    }
}

/// <summary>A scratch folder for one test, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dateline-tests", Guid.NewGuid().ToString("N"));

    public string File(string name, string text)
    {
        string path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public string File(string name, byte[] bytes)
    {
        string path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
