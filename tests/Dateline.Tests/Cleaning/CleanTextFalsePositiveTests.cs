using Dateline.Cleaning;
using Dateline.Documents;

namespace Dateline.Tests.Cleaning;

/// <summary>
/// Regression tests for false positives found by <c>dateline eval clean</c> on clean text; every sentence is
/// paraphrased, not corpus text. None of these may produce a repair.
/// </summary>
public class CleanTextFalsePositiveTests
{
    [Theory]
    [InlineData("Hi all, I moved to canada last spring and need advice on winter tyres.")] // chat text, no proper spelling anywhere
    [InlineData("We loved the pad thai but the soup was cold.")]
    [InlineData("Sorry if this is odd, i was reading the japanese site while typing.")]
    [InlineData("Analysts expect more arab investment in the region next year.")] // a writer's slip, not MT damage
    [InlineData("Does anyone know the name of this irish song?")]
    [InlineData("She met a man from normandy france at a wedding.")]
    [InlineData("Markets were quiet.\nkenya\nThe shilling held steady.")] // a lower-case line of its own
    [InlineData("A good working title might be From the Farm to the Family Table.")] // a title in running text
    [InlineData("Welcome to Into the Woods, the weekly show about forests.")]
    [InlineData("The road runs long and cold To one, who walks it all alone.")] // verse
    [InlineData("But, Senator, as “The Daily Ledger” wrote, the plan costs too much.")] // quoted title is the speaker
    public void CleanSentencesGetNoRepair(string text) =>
        Assert.Empty(Cleaner.Clean(text, new TextSpan(0, text.Length)).Repairs);

    [Fact]
    public void LowerCasedNameIsRepairedWhenTheArticleSpellsItProperly()
    {
        const string text = "Ministers from Kenya met on Monday. The talks in kenya ended early.";
        var repair = Assert.Single(Cleaner.Clean(text, new TextSpan(0, text.Length)).Repairs);
        Assert.Equal(("kenya", "Kenya"), (repair.Original, repair.Replacement));
    }

    [Fact]
    public void LoneCapitalisedFunctionWordIsRepairedInADamagedArticle()
    {
        const string text = "The envoy met the council From the north of the city. Aid reached the WFPThe trucks were late.";
        var layer = Cleaner.Clean(text, new TextSpan(0, text.Length));
        Assert.Equal(["From>from", "WFPThe>WFP. The"], layer.Repairs.Select(r => $"{r.Original}>{r.Replacement}"));
    }
}
