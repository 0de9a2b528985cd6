using System.Diagnostics;
using Dateline.Pipeline;
using Dateline.Reading;

namespace Dateline.Benchmarks;

/// <summary>
/// Where one large article's memory goes: runs the pipeline's components one after another on the article and
/// prints, per component, the bytes it allocated, the managed heap it leaves behind (the layer it adds to the
/// document, less what it freed) and the process's peak working set so far. Run it on a gigantic article to see
/// which layer a batch's memory ceiling comes from.
/// </summary>
public static class MemoryBenchmark
{
    public static int Run(string path, DateOnly date)
    {
        string text = File.ReadAllText(path);
        var pipeline = DefaultPipeline.Create();
        pipeline.Preload();
        using var process = Process.GetCurrentProcess();
        var document = ArticleReader.FromPlainText(path, text, date);
        text = null!;
        long heap = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"memory: {document.Raw.Length:N0} characters; heap with models and the read document {heap / 1e6:N0} MB");
        foreach (var component in pipeline.Components)
        {
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            document = component.Process(document);
            clock.Stop();
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            long after = GC.GetTotalMemory(forceFullCollection: true);
            process.Refresh();
            Console.WriteLine($"  {component.GetType().Name,-28} allocated {allocated / 1e6,8:N0} MB ({allocated / (double)document.Raw.Length,6:N1} B/char), retained {(after - heap) / 1e6,+8:N0} MB ({(after - heap) / (double)document.Raw.Length,6:N1} B/char), peak working set {process.PeakWorkingSet64 / 1e6,6:N0} MB, {clock.ElapsedMilliseconds:N0} ms");
            heap = after;
        }

        GC.KeepAlive(document);
        return 0;
    }
}
