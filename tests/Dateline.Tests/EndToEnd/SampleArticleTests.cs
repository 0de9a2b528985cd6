using static Dateline.Tests.EndToEnd.CliRecords;

namespace Dateline.Tests.EndToEnd;

/// <summary>The project's own sample articles (samples/) through the whole CLI; these run in every clone.</summary>
public class SampleArticleTests
{
    [Fact]
    public void CeasefireTalks()
    {
        var record = Assert.Single(Analyze(SamplePath("ceasefire-talks.txt")));
        Assert.Equal(("2025-02-14", "header"), (record.GetProperty("date").GetString(), record.GetProperty("dateSource").GetString()));
        Assert.Equal(["Samir Haddad/Reuters", "AFP/Yousef Nasser", "Mona Farouk/Reuters"], Strings(record, "captions", "credit"));
        Assert.Equal(["(With information from Reuters and AFP)"], Strings(record, "attributions", "text"));
        Assert.Equal(
            [
                "name-case: egypt -> Egypt",
                "function-word-case: And -> and",
                "name-case: qatar -> Qatar",
                "run-together-sentence: crossingHowever -> crossing. However",
                "orphaned-cue: Added -> added",
                "run-together-sentence: WFPThe -> WFP. The",
            ],
            Repairs(record));
        AssertOffsetsAndCleanText(record);
        Assert.StartsWith("Egyptian and Qatari mediators resumed talks", record.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FloodReliefWithAnApDateline()
    {
        var record = Assert.Single(Analyze(SamplePath("flood-relief.txt")));
        Assert.Equal(["Farid Khan/AP", "Farid Khan/AP Photo"], Strings(record, "captions", "credit"));
        Assert.Equal(["AP", "AP"], Strings(record, "attributions", "agency"));
        Assert.Equal("ISLAMABAD (AP) —", Strings(record, "attributions", "text")[0]);
        Assert.Equal(["run-together-sentence: weekendParticularly -> weekend. Particularly", "orphaned-cue: Said -> said"], Repairs(record));
        AssertOffsetsAndCleanText(record);
        string text = record.GetProperty("text").GetString()!;
        Assert.StartsWith("Pakistan appealed on Wednesday", text, StringComparison.Ordinal);
        Assert.EndsWith("reconstruction loan.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TradeSummitWithAReutersByline()
    {
        var record = Assert.Single(Analyze(SamplePath("trade-summit.txt")));
        Assert.Equal(["Carla Mendes/Reuters", "Paulo Ribeiro/AFP via Getty Images"], Strings(record, "captions", "credit"));
        Assert.Equal(["Reuters", "Reuters"], Strings(record, "attributions", "agency"));
        Assert.Equal(
            ["name-case: france -> France", "function-word-case: And -> and", "name-case: ireland -> Ireland", "run-together-sentence: quotasThese -> quotas. These"],
            Repairs(record));
        AssertOffsetsAndCleanText(record);
        Assert.DoesNotContain("Editing by", record.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLinesBriefs()
    {
        var records = Analyze(SamplePath("briefs.jsonl"));
        Assert.Equal(["brief-port-strike", "brief-election-result"], records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(["Eva Jansen/EPA"], Strings(records[0], "captions", "credit"));
        Assert.Equal(["Reuters", "Reuters"], Strings(records[0], "attributions", "agency"));
        Assert.Equal(["run-together-sentence: dayParticularly -> day. Particularly"], Repairs(records[0]));
        Assert.Equal(["Kwame Mensah/AFP"], Strings(records[1], "captions", "credit"));
        Assert.Equal(["AFP"], Strings(records[1], "attributions", "agency"));
        Assert.Equal(["name-case: ghana -> Ghana", "function-word-case: And -> and", "name-case: nigeria -> Nigeria"], Repairs(records[1]));
        Assert.All(records, AssertOffsetsAndCleanText);
    }
}
