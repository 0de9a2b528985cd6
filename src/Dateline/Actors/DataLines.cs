using System.Reflection;

namespace Dateline.Actors;

/// <summary>Reads an embedded data file (<c>data/AREA/NAME</c>) as tab-separated lines, skipping comments and blanks.</summary>
internal static class DataLines
{
    public static IEnumerable<string[]> Read(string area, string name)
    {
        string resource = $"Dateline.data.{area}.{name}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded data file {resource} is missing.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }
}
