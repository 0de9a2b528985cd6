using static Dateline.Tests.EndToEnd.CliRecords;

namespace Dateline.Tests.EndToEnd;

/// <summary>The machine-translated example article (../shared/examples/blinken.txt) through the whole CLI.</summary>
public class BlinkenArticleTests
{
    private static readonly Lazy<System.Text.Json.JsonElement> Record = new(() => Assert.Single(Analyze(SharedCorpora.PathOf("examples/blinken.txt"))));

    [NeedsSharedFact]
    public void DateComesFromTheHeader()
    {
        Assert.Equal("2024-01-03", Record.Value.GetProperty("date").GetString());
        Assert.Equal("header", Record.Value.GetProperty("dateSource").GetString());
    }

    [NeedsSharedFact]
    public void ExactlyTheFiveCaptionsWithTheirCredits()
    {
        Assert.Equal(
            ["Mark Schiefelbein/Reuters", "Mark Schieffelbein/Reuters", "Mark Schieffelbein/Reuters", "Reuters/Ibrahim Abu Mustafa", "Reuters/Mahmoud Essa"],
            Strings(Record.Value, "captions", "credit"));
        Assert.Equal("United States Secretary of State, Antony Blinken", Strings(Record.Value, "captions", "text")[0]);
    }

    [NeedsSharedFact]
    public void TheApSourceLineIsAnAttribution()
    {
        Assert.Equal(["AP"], Strings(Record.Value, "attributions", "agency"));
        Assert.Equal(["(With information from AP)"], Strings(Record.Value, "attributions", "text"));
    }

    [NeedsSharedFact]
    public void NoCaptionOrSourceTextIsLeftInTheCleanText()
    {
        AssertOffsetsAndCleanText(Record.Value);
        string text = Record.Value.GetProperty("text").GetString()!;
        Assert.DoesNotContain("Schiefelbein", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Schieffelbein", text, StringComparison.Ordinal);
        Assert.DoesNotContain("With information from", text, StringComparison.Ordinal);
        Assert.StartsWith("US Secretary of State Antony Blinken left the Middle East", text, StringComparison.Ordinal);
    }

    [NeedsSharedFact]
    public void TheTranslationRepairs()
    {
        Assert.Equal(
            [
                "name-case: usa -> US",
                "function-word-case: And -> and",
                "name-case: israel -> Israel",
                "run-together-sentence: GazaParticularly -> Gaza. Particularly",
                "run-together-sentence: UNRWAThe -> UNRWA. The",
                "orphaned-cue: Said -> said",
            ],
            Repairs(Record.Value));
        string text = Record.Value.GetProperty("text").GetString()!;
        Assert.Contains("differences US and Israel This", text, StringComparison.Ordinal);
        Assert.Contains("southern Gaza. Particularly in Rafah", text, StringComparison.Ordinal);
        Assert.Contains("abolition of UNRWA. The United Nations", text, StringComparison.Ordinal);
    }
}
