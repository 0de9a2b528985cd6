using System.CommandLine;
using Dateline.Cli.Commands;

namespace Dateline.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.OpenStandardInput, Console.OpenStandardOutput(), Console.Error);

    /// <summary>Runs the CLI; exit code 0 when every input succeeded, 1 when any failed, 2 on usage errors.</summary>
    public static int Run(string[] args, Func<Stream> stdin, Stream stdout, TextWriter stderr, MemoryGate? memory = null)
    {
        var context = new CliContext(stdin, stdout, stderr) { Memory = memory ?? MemoryGate.ForThisMachine() };
        var root = new RootCommand("Dateline: who said and did what, to whom, where and when, from news articles.")
        {
            AnalyzeCommand.Create(context),
            EvalCommand.Create(context),
            ExportCommand.Create(context),
            TimeMlCommand.Create(context),
            TagCommand.Create(context),
            TrainCommand.Create(context),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"dateline: {error.Message}");
            }

            stderr.WriteLine("Try 'dateline --help'.");
            return ExitCodes.Usage;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = new StreamWriter(stdout) { AutoFlush = true }, Error = stderr });
    }
}
