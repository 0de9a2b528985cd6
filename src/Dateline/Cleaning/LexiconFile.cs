namespace Dateline.Cleaning;

/// <summary>Reads a line-based data file embedded from <c>data/</c>: blank lines and <c>#</c> comments are skipped.</summary>
internal static class LexiconFile
{
    public static IEnumerable<string> Lines(string relativePath) =>
        Lines(typeof(LexiconFile).Assembly, "Dateline.data." + relativePath.Replace('/', '.'));

    /// <summary>The same for a data file embedded in another assembly (the training tools' own lists).</summary>
    public static IEnumerable<string> Lines(System.Reflection.Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded data file '{resource}' is missing; the csproj embeds data/**.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            string trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }

    /// <summary>Splits <c>surface =&gt; canonical</c>; a line without the arrow maps to itself.</summary>
    public static (string Surface, string Canonical) Mapping(string line)
    {
        int arrow = line.IndexOf("=>", StringComparison.Ordinal);
        return arrow < 0 ? (line, line) : (line[..arrow].Trim(), line[(arrow + 2)..].Trim());
    }
}
