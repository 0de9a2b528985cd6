using Dateline.Time;
using Dateline.Training.Time;

namespace Dateline.Tests.Time;

public sealed class TimeMlTests
{
    private const string Gold = """
        <?xml version="1.0" ?>
        <TimeML>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" functionInDocument="CREATION_TIME">19980213</TIMEX3></DCT>
        <TEXT>
        Officials <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-12">Thursday</TIMEX3> and talks resume <TIMEX3 tid="t2" type="DATE" value="1998-W08">next week</TIMEX3> &amp; later.
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public void ParsingStripsTagsAndKeepsTheCreationDate()
    {
        var file = TimeMlFile.Parse(Gold);
        Assert.Equal(new DateOnly(1998, 2, 13), file.CreationDate);
        Assert.Equal("\nOfficials met Thursday and talks resume next week &amp; later.\n", file.Plain);
        Assert.Equal(["Thursday", "next week"], file.Timexes.Select(x => file.Plain[x.Start..x.End]));
    }

    [Fact]
    public void WritingInsertsTimexesAroundTheSameText()
    {
        var file = TimeMlFile.Parse(Gold);
        string written = file.Write(file.Recognize(new TimexRecognizer(), "gold"));
        Assert.Contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-02-12\">Thursday</TIMEX3>", written, StringComparison.Ordinal);
        Assert.DoesNotContain("<EVENT", written, StringComparison.Ordinal);
        var reread = TimeMlFile.Parse(written);
        Assert.Equal(file.Plain, reread.Plain);
        var scores = TimexEvaluation.Compare(file, reread, "gold");
        Assert.Equal((2, 2, 2, 2), (scores.Gold, scores.System, scores.StrictMatches, scores.ValueCorrect));
    }

    [Fact]
    public void ScoresCountStrictRelaxedTypeAndValue()
    {
        var gold = TimeMlFile.Parse(Gold);
        var system = TimeMlFile.Parse(Gold.Replace("<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1998-W08\">next week</TIMEX3>", "next <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P1W\">week</TIMEX3>", StringComparison.Ordinal));
        var scores = TimexEvaluation.Compare(gold, system, "x");
        Assert.Equal(1, scores.StrictMatches);
        Assert.Equal(2, scores.RelaxedMatches);
        Assert.Equal(0.5, scores.TypeAccuracy);
        Assert.Equal(0.5, scores.ValueF1);
    }
}
