namespace Dateline.Tests;

/// <summary>
/// Locates <c>../shared</c> (gold corpora and the example article) beside the repository. A user's clone has
/// none, so tests that need it use <see cref="NeedsSharedFactAttribute"/> and are skipped with a message.
/// </summary>
public static class SharedCorpora
{
    private static readonly Lazy<string?> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dateline.sln")))
            {
                string shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(shared) ? shared : null;
            }
        }

        return null;
    });

    public static bool IsPresent => Root.Value is not null;

    /// <summary>Absolute path of a file or folder under <c>../shared</c>, e.g. <c>examples/blinken.txt</c>.</summary>
    public static string PathOf(string relative) =>
        Path.Combine(Root.Value ?? throw new InvalidOperationException("../shared is not present"), relative);

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Dateline.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Dateline.sln not found above the test binaries");
        }
    }
}

/// <summary>A fact that needs <c>../shared</c>; skipped with a clear message where it is absent.</summary>
public sealed class NeedsSharedFactAttribute : FactAttribute
{
    public NeedsSharedFactAttribute()
    {
        if (!SharedCorpora.IsPresent)
        {
            Skip = "needs ../shared (gold corpora and examples beside the repository); not present in this clone";
        }
    }
}
