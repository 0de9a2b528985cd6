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
        // The conventions developed on TimeBank in session 8 moved AQUAINT strict F1 from 0.829 to 0.819 (AQUAINT is held
        // out, its errors were not studied); session 10's narrative and dateline conventions brought it to 0.825 and
        // value F1 to 0.741, so the floors sit just below that.
        Assert.True(total.StrictF1 >= 0.82, $"strict F1 {total.StrictF1:0.000}");
        Assert.True(total.RelaxedF1 >= 0.92, $"relaxed F1 {total.RelaxedF1:0.000}");
        Assert.True(total.ValueF1 >= 0.735, $"value F1 {total.ValueF1:0.000}");
    }
}
