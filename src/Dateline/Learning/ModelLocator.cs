namespace Dateline.Learning;

/// <summary>
/// Finds shipped model files: <c>models/</c> beside the running binaries (the build copies them there),
/// else the repository's <c>models/</c> above them (running from a source tree).
/// </summary>
public static class ModelLocator
{
    public static string PathOf(string fileName)
    {
        string beside = Path.Combine(AppContext.BaseDirectory, "models", fileName);
        if (File.Exists(beside))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "models", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Model file '{fileName}' not found in {Path.Combine(AppContext.BaseDirectory, "models")}.", fileName);
    }

    /// <summary>A load-once, thread-safe handle to a shipped model; the file is read on first use.</summary>
    public static Lazy<SequenceModel> Lazy(string fileName) =>
        new(() => ModelFormat.Read(PathOf(fileName)), LazyThreadSafetyMode.ExecutionAndPublication);
}
