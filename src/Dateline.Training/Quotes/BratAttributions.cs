using Dateline.Documents;

namespace Dateline.Training.Quotes;

/// <summary>One gold attribution: its content, cue and source spans (each possibly discontinuous).</summary>
public sealed record GoldAttribution(IReadOnlyList<TextSpan> Content, IReadOnlyList<TextSpan> Cue, IReadOnlyList<TextSpan> Source);

/// <summary>Reads PolNeAR brat standoff: <c>T</c> lines are typed spans ("Content 12 40;45 60"), <c>E</c> lines link them.</summary>
public static class BratAttributions
{
    public static IReadOnlyList<GoldAttribution> Parse(IEnumerable<string> lines)
    {
        var spans = new Dictionary<string, IReadOnlyList<TextSpan>>(StringComparer.Ordinal);
        var events = new List<string[]>();
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                continue;
            }

            if (fields[0].StartsWith('T'))
            {
                int space = fields[1].IndexOf(' ', StringComparison.Ordinal);
                if (space > 0)
                {
                    spans[fields[0]] = fields[1][(space + 1)..].Split(';').Select(ParseRange).ToArray();
                }
            }
            else if (fields[0].StartsWith('E'))
            {
                events.Add(fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        var gold = new List<GoldAttribution>();
        foreach (var arguments in events)
        {
            IReadOnlyList<TextSpan> content = [], cue = [], source = [];
            foreach (var argument in arguments.Skip(1))
            {
                var parts = argument.Split(':');
                if (parts.Length != 2 || !spans.TryGetValue(parts[1], out var found))
                {
                    continue;
                }

                switch (parts[0].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'))
                {
                    case "Content":
                        content = [.. content, .. found];
                        break;
                    case "Cue":
                        cue = [.. cue, .. found];
                        break;
                    case "Source":
                        source = [.. source, .. found];
                        break;
                }
            }

            if (content.Count > 0)
            {
                gold.Add(new GoldAttribution(content, cue, source));
            }
        }

        return gold;
    }

    private static TextSpan ParseRange(string range)
    {
        var parts = range.Trim().Split(' ');
        return new TextSpan(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
