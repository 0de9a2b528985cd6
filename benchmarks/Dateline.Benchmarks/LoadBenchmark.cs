using System.Diagnostics;
using Dateline.Pipeline;
using Dateline.Reading;

namespace Dateline.Benchmarks;

/// <summary>
/// What loading every model costs: in a fresh process, the time to build the analyze pipeline, preload every
/// component's models, lexicons and gazetteers side by side (as <c>analyze</c> does) and run one short article
/// through it, and the memory held afterwards. One figure per process, so run it several times and quote the median.
/// </summary>
public static class LoadBenchmark
{
    private const string Article = "date 2024-01-03 Foreign ministers met in Cairo on Tuesday. \"We will keep talking,\" the Egyptian minister said.";

    public static int Run()
    {
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var document = ArticleReader.FromPlainText("load-benchmark", Article, new DateOnly(2024, 1, 3));
        var pipeline = DefaultPipeline.Create();
        pipeline.Preload();
        var parts = new List<string> { $"preload (all components side by side) {clock.ElapsedMilliseconds:N0}" };
        foreach (var component in pipeline.Components)
        {
            long before = clock.ElapsedMilliseconds;
            document = component.Process(document);
            parts.Add($"{component.GetType().Name} {clock.ElapsedMilliseconds - before:N0}");
        }

        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        string collections = $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}";
        long heap = GC.GetTotalMemory(forceFullCollection: true);
        process.Refresh();
        Console.WriteLine($"load: pipeline built and first article analysed in {clock.ElapsedMilliseconds:N0} ms wall ({cpu.TotalMilliseconds:N0} ms CPU); managed heap {heap / 1e6:N0} MB, working set {process.WorkingSet64 / 1e6:N0} MB; collections gen0/1/2 {collections}");
        Console.WriteLine($"  first article per component, ms: {string.Join(", ", parts)}");
        return 0;
    }
}
