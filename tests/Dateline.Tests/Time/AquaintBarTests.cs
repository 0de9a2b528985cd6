using Dateline.Cleaning;
using Dateline.Pipeline;
using Dateline.Tagging;
using Dateline.Text;
using Dateline.Time;
using Dateline.Training.Time;
using Xunit.Abstractions;

namespace Dateline.Tests.Time;

/// <summary>
/// The measurement on AQUAINT (TempEval-3 training data, not used for development): the same logic as
/// <c>dateline timeml</c> + <c>dateline eval timex</c>, in-process. The floors guard against regressions; the
/// project's bar (value F1 0.85, strict F1 0.87) is reported, not yet reached.
/// </summary>
public sealed class AquaintBarTests(ITestOutputHelper output)
{
    [NeedsSharedFact]
    public void AquaintScoresStayAboveTheirFloors()
    {
        string directory = SharedCorpora.PathOf("corpora/timeml/TBAQ-cleaned/AQUAINT");
        var recognizer = new TimexRecognizer();
        var steps = new IComponent[] { new Cleaner(), new TokenizerComponent(), new PosTagger() };
        var total = new TimexScores(0, 0, 0, 0, 0, 0);
        foreach (string path in Directory.EnumerateFiles(directory, "*.tml"))
        {
            var gold = TimeMlFile.Parse(File.ReadAllText(path));
            var found = gold.Recognize(recognizer, path, d => steps.Aggregate(d, (document, step) => step.Process(document)));
            total += TimexEvaluation.Compare(gold, TimeMlFile.Parse(gold.Write(found)), Path.GetFileName(path));
        }

        output.WriteLine($"AQUAINT strict F1 {total.StrictF1:0.000}, relaxed F1 {total.RelaxedF1:0.000}, value F1 {total.ValueF1:0.000}");
        // Loose guards against a broken time layer (a recognizer or resolver that stops working), not against small
        // moves: a floor at the current figure turns the held-out set into a pass/fail tuning signal (in session 17 a
        // floor of 0.82, set just below the figure, decided which TimeBank-driven changes were dropped). Figures:
        // session 10 strict 0.825 / value 0.741, sessions 16–17 strict 0.820, relaxed 0.929, value 0.746.
        Assert.True(total.StrictF1 >= 0.79, $"strict F1 {total.StrictF1:0.000}");
        Assert.True(total.RelaxedF1 >= 0.90, $"relaxed F1 {total.RelaxedF1:0.000}");
        Assert.True(total.ValueF1 >= 0.71, $"value F1 {total.ValueF1:0.000}");
    }
}
