using System.Diagnostics;
using Dateline.Documents;
using Dateline.Reading;

namespace Dateline.Benchmarks;

/// <summary>
/// Throughput benchmarks on real articles (default: the PolNeAR train texts). Each benchmark runs the layer
/// over the whole corpus several times on one thread and reports the median words per second.
/// Usage: <c>dotnet run -c Release --project benchmarks/Dateline.Benchmarks -- NAME [DIR] [--runs N]</c>;
/// <c>-- load</c> measures model loading instead (see <see cref="LoadBenchmark"/>; <c>-- load --by-component</c> splits the heap);
/// <c>-- memory FILE</c> splits one (large) article's memory by component (see <see cref="MemoryBenchmark"/>).
/// </summary>
public static class Program
{
    private const string DefaultCorpus = "../shared/corpora/quotes/polnear/data/train/text";

    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "load")
        {
            return args.Contains("--by-component") ? LoadBenchmark.RunByComponent() : LoadBenchmark.Run();
        }

        if (args.Length == 2 && args[0] == "memory")
        {
            return MemoryBenchmark.Run(args[1], new DateOnly(2024, 1, 3));
        }

        var benchmarks = Benchmarks.All.ToDictionary(b => b.Name);
        if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var benchmark))
        {
            Console.Error.WriteLine($"usage: benchmarks NAME [DIR] [--runs N]; NAME is one of: {string.Join(", ", benchmarks.Keys)}, load, or memory FILE");
            return 2;
        }

        string directory = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : DefaultCorpus;
        int runs = args.SkipWhile(a => a != "--runs").Skip(1).Select(int.Parse).FirstOrDefault(7);
        if (!Directory.Exists(directory))
        {
            Console.Error.WriteLine($"corpus directory {directory} not found (it lives in ../shared/corpora)");
            return 2;
        }

        var documents = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => ArticleReader.FromPlainText(path, File.ReadAllText(path), new DateOnly(2016, 11, 1)))
            .ToArray();
        long words = documents.Sum(d => CountWords(d.Raw));
        var prepared = benchmark.Prepare(documents);
        benchmark.Run(prepared); // warm-up: JIT and lazy model loading
        var rates = new List<double>();
        var cpuRates = new List<double>(); // per CPU-second of this process: steadier than wall time on a shared, loaded machine
        using var process = Process.GetCurrentProcess();
        for (int run = 0; run < runs; run++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            benchmark.Run(prepared);
            clock.Stop();
            process.Refresh();
            rates.Add(words / clock.Elapsed.TotalSeconds);
            cpuRates.Add(words / Math.Max(1e-6, (process.TotalProcessorTime - cpuBefore).TotalSeconds));
        }

        rates.Sort();
        cpuRates.Sort();
        Console.WriteLine($"{benchmark.Name}: {documents.Length} articles, {words:N0} words, {runs} runs; median {rates[rates.Count / 2]:N0} words/s (min {rates[0]:N0}, max {rates[^1]:N0}); per CPU-second median {cpuRates[cpuRates.Count / 2]:N0}");
        if (prepared.Length > 0 && prepared.All(d => d.Has<Text.TokenLayer>()))
        {
            // The tagger bars are in tokens (punctuation split off), the unit the layer actually processes.
            double tokensPerWord = prepared.Sum(d => (long)d.Get<Text.TokenLayer>().Count) / (double)words;
            Console.WriteLine($"{benchmark.Name}: {tokensPerWord:F3} tokens per word; median {rates[rates.Count / 2] * tokensPerWord:N0} tokens/s, per CPU-second {cpuRates[cpuRates.Count / 2] * tokensPerWord:N0}");
        }

        return 0;
    }

    /// <summary>Whitespace-separated words, the unit every throughput figure uses.</summary>
    public static long CountWords(string text) => Cleaning.TextScan.CountWords(text);
}

/// <summary>A named throughput benchmark: <see cref="Prepare"/> runs the layers it needs, untimed; <see cref="Run"/> is timed.</summary>
public sealed record Benchmark(string Name, Func<Document[], Document[]> Prepare, Action<Document[]> Run);
