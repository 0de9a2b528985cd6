using Dateline.Documents;

namespace Dateline.Training.Quotes;

/// <summary>Character-level overlap between sets of spans (merged first, so overlapping pieces count once).</summary>
public static class SpanSets
{
    public static TextSpan[] Merge(IEnumerable<TextSpan> spans)
    {
        var sorted = spans.Where(s => !s.IsEmpty).OrderBy(s => s.Start).ToList();
        var merged = new List<TextSpan>();
        foreach (var span in sorted)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = new TextSpan(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return [.. merged];
    }

    public static int Length(IReadOnlyList<TextSpan> merged) => merged.Sum(s => s.Length);

    public static int Overlap(IReadOnlyList<TextSpan> a, IReadOnlyList<TextSpan> b)
    {
        int total = 0;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                total += Math.Max(0, Math.Min(x.End, y.End) - Math.Max(x.Start, y.Start));
            }
        }

        return total;
    }

    /// <summary>Harmonic mean of character precision and recall of <paramref name="system"/> against <paramref name="gold"/>.</summary>
    public static double F1(IReadOnlyList<TextSpan> system, IReadOnlyList<TextSpan> gold)
    {
        int overlap = Overlap(system, gold);
        if (overlap == 0)
        {
            return 0;
        }

        double precision = (double)overlap / Length(system), recall = (double)overlap / Length(gold);
        return 2 * precision * recall / (precision + recall);
    }

    public static bool AnyOverlap(TextSpan span, IEnumerable<TextSpan> others) => others.Any(span.Overlaps);
}
