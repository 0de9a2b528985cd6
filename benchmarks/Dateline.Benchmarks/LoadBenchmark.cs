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

    /// <summary>
    /// Where the heap goes: preloads one component after another (not side by side, so the times are not the
    /// product's) and prints the managed heap each adds, then what the first article adds.
    /// </summary>
    public static int RunByComponent()
    {
        var pipeline = DefaultPipeline.Create();
        long heap = GC.GetTotalMemory(forceFullCollection: true);
        var parts = new List<string> { $"pipeline {heap / 1e6:N1}" };
        foreach (var component in pipeline.Components)
        {
            var clock = Stopwatch.StartNew();
            component.Preload();
            long after = GC.GetTotalMemory(forceFullCollection: true);
            parts.Add($"{component.GetType().Name} +{(after - heap) / 1e6:N1} ({clock.ElapsedMilliseconds:N0} ms)");
            heap = after;
        }

        pipeline.Run(ArticleReader.FromPlainText("load-benchmark", Article, new DateOnly(2024, 1, 3)));
        long total = GC.GetTotalMemory(forceFullCollection: true);
        parts.Add($"first article +{(total - heap) / 1e6:N1}");
        Console.WriteLine($"load by component: managed heap {total / 1e6:N0} MB; MB added: {string.Join(", ", parts)}");
        return 0;
    }
}
