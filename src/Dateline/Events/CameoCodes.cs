using System.Globalization;

namespace Dateline.Events;

/// <summary>One CAMEO code with its name, QuadClass and Goldstein weight.</summary>
public sealed record CameoCode(string Code, string Name, int QuadClass, double Goldstein)
{
    public string Root => Code[..2];
}

/// <summary>The CAMEO code table (<c>data/events/cameo-codes.txt</c>).</summary>
public sealed class CameoCodes
{
    private readonly Dictionary<string, CameoCode> codes;

    public CameoCodes(IEnumerable<CameoCode> codes) => this.codes = codes.ToDictionary(c => c.Code, StringComparer.Ordinal);

    public int Count => codes.Count;

    /// <summary>Reads <c>code TAB goldstein TAB name</c> lines; QuadClass follows from the root.</summary>
    public static CameoCodes Read(TextReader reader)
    {
        var list = new List<CameoCode>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            list.Add(new CameoCode(f[0], f[2], QuadClassOf(f[0]), double.Parse(f[1], CultureInfo.InvariantCulture)));
        }

        return new CameoCodes(list);
    }

    /// <summary>The entry for <paramref name="code"/> or its nearest listed parent; null for codes that are not CAMEO.</summary>
    public CameoCode? Find(string code)
    {
        for (int length = code.Length; length >= 2; length--)
        {
            if (codes.TryGetValue(code[..length], out var found))
            {
                return length == code.Length ? found : found with { Code = code };
            }
        }

        return null;
    }

    /// <summary>GDELT's QuadClass: 1 verbal cooperation (01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20).</summary>
    public static int QuadClassOf(string code) =>
        code.Length >= 2 && int.TryParse(code.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int root)
            ? root switch { <= 5 => 1, <= 8 => 2, <= 13 => 3, _ => 4 }
            : 0;
}
