namespace Dateline.Training.Time;

/// <summary>TempEval-3 style figures for time expressions.</summary>
public sealed record TimexScores(
    int Gold,
    int System,
    int StrictMatches,
    int RelaxedMatches,
    int TypeCorrect,
    int ValueCorrect)
{
    public double StrictPrecision => Ratio(StrictMatches, System);

    public double StrictRecall => Ratio(StrictMatches, Gold);

    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    public double RelaxedPrecision => Ratio(RelaxedMatches, System);

    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);

    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    public double TypeAccuracy => Ratio(TypeCorrect, RelaxedMatches);

    public double ValueAccuracy => Ratio(ValueCorrect, RelaxedMatches);

    /// <summary>Relaxed F1 × value accuracy, as the brief defines it.</summary>
    public double ValueF1 => RelaxedF1 * ValueAccuracy;

    public static TimexScores operator +(TimexScores a, TimexScores b) => new(
        a.Gold + b.Gold, a.System + b.System, a.StrictMatches + b.StrictMatches, a.RelaxedMatches + b.RelaxedMatches,
        a.TypeCorrect + b.TypeCorrect, a.ValueCorrect + b.ValueCorrect);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/// <summary>One disagreement, for error analysis: gold or system side may be missing.</summary>
public sealed record TimexDifference(string File, string Text, TimeMlTimex? Gold, TimeMlTimex? System);

/// <summary>Compares system TIMEX3 against gold TIMEX3 on the same tag-stripped text.</summary>
public static class TimexEvaluation
{
    public static TimexScores Compare(TimeMlFile gold, TimeMlFile system, string name, List<TimexDifference>? differences = null)
    {
        if (gold.Plain.Length != system.Plain.Length)
        {
            throw new InvalidDataException($"{name}: system text differs from gold text ({system.Plain.Length} vs {gold.Plain.Length} characters)");
        }

        int strict = 0, relaxed = 0, type = 0, value = 0;
        var used = new bool[system.Timexes.Count];
        foreach (var g in gold.Timexes)
        {
            int match = -1;
            for (int k = 0; k < system.Timexes.Count; k++)
            {
                var s = system.Timexes[k];
                if (!used[k] && s.Start < g.End && g.Start < s.End && (match < 0 || (s.Start == g.Start && s.End == g.End)))
                {
                    match = k;
                }
            }

            if (match < 0)
            {
                differences?.Add(new TimexDifference(name, gold.Plain[g.Start..g.End], g, null));
                continue;
            }

            used[match] = true;
            var sys = system.Timexes[match];
            relaxed++;
            strict += sys.Start == g.Start && sys.End == g.End ? 1 : 0;
            type += sys.Type == g.Type ? 1 : 0;
            value += sys.Value == g.Value ? 1 : 0;
            if (sys.Value != g.Value || sys.Start != g.Start || sys.End != g.End || sys.Type != g.Type)
            {
                differences?.Add(new TimexDifference(name, gold.Plain[Math.Min(g.Start, sys.Start)..Math.Max(g.End, sys.End)], g, sys));
            }
        }

        for (int k = 0; k < system.Timexes.Count; k++)
        {
            if (!used[k])
            {
                var s = system.Timexes[k];
                differences?.Add(new TimexDifference(name, system.Plain[s.Start..s.End], null, s));
            }
        }

        return new TimexScores(gold.Timexes.Count, system.Timexes.Count, strict, relaxed, type, value);
    }

    /// <summary>Every <c>*.tml</c> in <paramref name="goldDirectory"/> against the same name in <paramref name="systemDirectory"/>.</summary>
    public static TimexScores CompareDirectories(string goldDirectory, string systemDirectory, List<TimexDifference>? differences = null)
    {
        var total = new TimexScores(0, 0, 0, 0, 0, 0);
        foreach (string goldPath in Directory.EnumerateFiles(goldDirectory, "*.tml").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(goldPath);
            string systemPath = Path.Combine(systemDirectory, name);
            var gold = TimeMlFile.Parse(File.ReadAllText(goldPath));
            var system = File.Exists(systemPath) ? TimeMlFile.Parse(File.ReadAllText(systemPath)) : null;
            total += system is null
                ? new TimexScores(gold.Timexes.Count, 0, 0, 0, 0, 0)
                : Compare(gold, system, name, differences);
        }

        return total;
    }
}
