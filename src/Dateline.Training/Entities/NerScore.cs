using System.Globalization;
using System.Text;

namespace Dateline.Training.Entities;

/// <summary>Exact-match entity precision, recall and F1 per type, as conlleval counts them.</summary>
public sealed class NerScore
{
    private readonly SortedDictionary<string, (int Gold, int Found, int Correct)> byType = new(StringComparer.Ordinal);

    public int Tokens { get; private set; }

    public int CorrectTokens { get; private set; }

    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        Tokens += gold.Count;
        for (int i = 0; i < gold.Count; i++)
        {
            CorrectTokens += gold[i] == predicted[i] ? 1 : 0;
        }

        var goldSpans = NerCorpus.Spans(gold);
        var found = NerCorpus.Spans(predicted).ToHashSet();
        foreach (var span in goldSpans)
        {
            Bump(span.Type, gold: 1, found: 0, correct: found.Contains(span) ? 1 : 0);
        }

        foreach (var span in found)
        {
            Bump(span.Type, gold: 0, found: 1, correct: 0);
        }
    }

    public (double Precision, double Recall, double F1) Overall => Prf(Sum());

    public (double Precision, double Recall, double F1) Of(string type) => Prf(byType.GetValueOrDefault(type));

    /// <summary>The report in conlleval's layout.</summary>
    public string Report()
    {
        var total = Sum();
        var (p, r, f) = Prf(total);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"processed {Tokens} tokens with {total.Gold} phrases; found: {total.Found} phrases; correct: {total.Correct}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"accuracy: {Percent(CorrectTokens, Tokens)}%; precision: {p:F2}%; recall: {r:F2}%; FB1: {f:F2}");
        foreach (var (type, counts) in byType)
        {
            var (tp, tr, tf) = Prf(counts);
            text.AppendLine(CultureInfo.InvariantCulture, $"{type,17}: precision: {tp,6:F2}%; recall: {tr,6:F2}%; FB1: {tf,6:F2}  {counts.Found}");
        }

        return text.ToString();
    }

    private static string Percent(int part, int whole) => (whole == 0 ? 0 : 100.0 * part / whole).ToString("F2", CultureInfo.InvariantCulture);

    private static (double, double, double) Prf((int Gold, int Found, int Correct) c)
    {
        double p = c.Found == 0 ? 0 : 100.0 * c.Correct / c.Found;
        double r = c.Gold == 0 ? 0 : 100.0 * c.Correct / c.Gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private (int Gold, int Found, int Correct) Sum() =>
        byType.Values.Aggregate((0, 0, 0), (a, c) => (a.Item1 + c.Gold, a.Item2 + c.Found, a.Item3 + c.Correct));

    private void Bump(string type, int gold, int found, int correct)
    {
        var c = byType.GetValueOrDefault(type);
        byType[type] = (c.Gold + gold, c.Found + found, c.Correct + correct);
    }
}
