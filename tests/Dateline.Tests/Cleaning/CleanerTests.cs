using Dateline.Cleaning;
using Dateline.Documents;
using Dateline.Reading;

namespace Dateline.Tests.Cleaning;

public class CleanerTests
{
    private static CleaningLayer Clean(string text) => new Cleaner().Process(ArticleReader.FromPlainText("t", text, null)).Get<CleaningLayer>();

    private static string At(string raw, TextSpan span) => raw[span.Start..span.End];

    [Fact]
    public void CaptionGluedToTheHeaderLineLeavesTheBody()
    {
        const string raw = "date 2025-03-02 The minister arrives in Lisbon (Ana Pereira/Reuters)\n\nThe minister arrived on Sunday.";
        var layer = Clean(raw);
        var caption = Assert.Single(layer.Captions);
        Assert.Equal("The minister arrives in Lisbon", caption.Text);
        Assert.Equal("Ana Pereira/Reuters", caption.Credit);
        Assert.Equal("Reuters", caption.Agency);
        Assert.Equal("Ana Pereira", caption.Photographer);
        Assert.Equal("(Ana Pereira/Reuters)", raw[(caption.Span.End - 21)..caption.Span.End]);
        Assert.Equal("The minister arrived on Sunday.", layer.CleanText);
        Assert.Equal("The minister arrived on Sunday.", At(raw, Assert.Single(layer.Paragraphs)));
    }

    [Fact]
    public void CaptionFollowedByBodyTextOnTheFirstLineIsCutAtTheCredit()
    {
        const string raw = "date 2025-03-02 Farmers block a road (AFP) Farmers blocked roads on Monday.\nThey want lower fuel prices.";
        var layer = Clean(raw);
        Assert.Equal("Farmers block a road", Assert.Single(layer.Captions).Text);
        Assert.Equal("Farmers blocked roads on Monday.\n\nThey want lower fuel prices.", layer.CleanText);
    }

    [Fact]
    public void CaptionsBetweenParagraphsAreRemovedInEitherCreditOrder()
    {
        const string raw = "First paragraph.\n\nA crowd gathers near the port (EPA/Jonas Berg)\n\nSecond paragraph.\n\nRescue workers search the rubble (Lena Ortiz/AP Photo)\n\nThird.";
        var layer = Clean(raw);
        Assert.Equal(["EPA/Jonas Berg", "Lena Ortiz/AP Photo"], layer.Captions.Select(c => c.Credit));
        Assert.Equal(["EPA", "AP"], layer.Captions.Select(c => c.Agency));
        Assert.Equal("First paragraph.\n\nSecond paragraph.\n\nThird.", layer.CleanText);
        Assert.Equal(3, layer.Paragraphs.Count);
    }

    [Theory]
    [InlineData("(Photo by Jane Roe/Getty Images)", "Jane Roe/Getty Images", "Getty Images", "Jane Roe")]
    [InlineData("(Reuters/Mahmoud al-Essa)", "Reuters/Mahmoud al-Essa", "Reuters", "Mahmoud al-Essa")]
    [InlineData("(AFP via Getty Images)", "AFP via Getty Images", "AFP", null)]
    [InlineData("(File/Reuters)", "File/Reuters", "Reuters", null)]
    [InlineData("(AP Photo/Dan Moore)", "AP Photo/Dan Moore", "AP", "Dan Moore")]
    [InlineData("(Photo: Anadolu Agency)", "Anadolu Agency", "Anadolu", null)]
    public void CreditForms(string credit, string text, string agency, string? photographer)
    {
        var caption = Assert.Single(Clean("Body text.\n\nRescuers search a collapsed building " + credit + "\n\nMore body.").Captions);
        Assert.Equal((text, agency, photographer), (caption.Credit, caption.Agency, caption.Photographer));
    }

    [Fact]
    public void ParenthesisWithoutAnAgencyIsNotACredit()
    {
        var layer = Clean("The plan was approved by the lower house (the Sejm)\n\nMore text.");
        Assert.Empty(layer.Captions);
        Assert.Equal(2, layer.Paragraphs.Count);
    }

    [Theory]
    [InlineData("(With information from AP)", "AP", "source:opener-line")]
    [InlineData("Reporting by Tom Hale; Editing by Ruth Lang", "Tom Hale", "source:byline-line")]
    [InlineData("Associated Press writer Jo Kim contributed to this report.", "AP", "source:closer-line")]
    [InlineData("— Reuters", "Reuters", "source:dash-agency")]
    [InlineData("(AFP)", "AFP", "source:lone-credit")]
    public void SourceLinesBecomeAttributions(string line, string agency, string rule)
    {
        string raw = "The talks ended without a deal.\n\n" + line;
        var layer = Clean(raw);
        var attribution = Assert.Single(layer.Attributions);
        Assert.Equal(agency, attribution.Agency);
        Assert.Equal(rule, attribution.Rule);
        Assert.Equal(line, At(raw, attribution.Span));
        Assert.Equal("The talks ended without a deal.", layer.CleanText);
    }

    [Fact]
    public void DatelinePrefixIsRecordedAndTheParagraphKept()
    {
        const string raw = "NAIROBI, Kenya (AP) — Heavy rain closed schools on Friday.\n\nMore rain is expected.";
        var layer = Clean(raw);
        var attribution = Assert.Single(layer.Attributions);
        Assert.Equal("AP", attribution.Agency);
        Assert.Equal("NAIROBI, Kenya (AP) —", attribution.Text);
        Assert.Equal("NAIROBI, Kenya", attribution.Place);
        Assert.Equal("Heavy rain closed schools on Friday.\n\nMore rain is expected.", layer.CleanText);
    }

    [Fact]
    public void BareAgencyPrefixAtTheStartOfTheBody()
    {
        var layer = Clean("(Reuters) - Oil prices rose on Tuesday.");
        Assert.Equal("Reuters", Assert.Single(layer.Attributions).Agency);
        Assert.Equal("Oil prices rose on Tuesday.", layer.CleanText);
    }

    [Fact]
    public void TrailingDashAgencyEndsTheLastParagraph()
    {
        var layer = Clean("Exports fell for a third month. — Reuters");
        Assert.Equal("Reuters", Assert.Single(layer.Attributions).Agency);
        Assert.Equal("Exports fell for a third month.", layer.CleanText);
    }

    [Fact]
    public void RunTogetherSentencesAreSplitWithAForcedBreak()
    {
        const string raw = "Fighting moved to the northern suburbsEspecially near the bridge. Aid reached the WFPThe convoy was late.";
        var layer = Clean(raw);
        Assert.Equal(["suburbsEspecially", "WFPThe"], layer.Repairs.Select(r => r.Original));
        Assert.All(layer.Repairs, r => Assert.Equal(RepairKinds.RunTogetherSentence, r.Kind));
        Assert.Equal([raw.IndexOf("Especially", StringComparison.Ordinal), raw.IndexOf("The convoy", StringComparison.Ordinal)], layer.ForcedBreaks);
        Assert.Equal("Fighting moved to the northern suburbs. Especially near the bridge. Aid reached the WFP. The convoy was late.", layer.CleanText);
    }

    [Fact]
    public void CamelCaseNamesAreNotSplit()
    {
        Assert.Empty(Clean("She posted the clip on YouTube and opened it in PowerPoint with her iPhone. Contact DeAndre via www.ExampleThe.com").Repairs);
    }

    [Fact]
    public void CaseRepairsAreOnePerWord()
    {
        const string raw = "Talks resumed between russia And ukraine on Monday.";
        var layer = Clean(raw);
        Assert.Equal(["russia>Russia", "And>and", "ukraine>Ukraine"], layer.Repairs.Select(r => $"{r.Original}>{r.Replacement}"));
        Assert.All(layer.Repairs, r => Assert.Equal(r.Original, At(raw, r.Span)));
        Assert.Equal("Talks resumed between Russia and Ukraine on Monday.", layer.CleanText);
    }

    [Fact]
    public void TitleCaseAndSentenceStartsAreNotCaseRepairs()
    {
        Assert.Empty(Clean("He read The Lord Of The Rings. And then he slept.").Repairs);
    }

    [Fact]
    public void OrphanedSpeechVerbAfterAClosingQuote()
    {
        const string raw = "“We will rebuild every school”Said. The crowd cheered.";
        var layer = Clean(raw);
        var repair = Assert.Single(layer.Repairs);
        Assert.Equal((RepairKinds.OrphanedCue, "Said", "said"), (repair.Kind, repair.Original, repair.Replacement));
        Assert.Equal("“We will rebuild every school” said. The crowd cheered.", layer.CleanText);
    }

    [Fact]
    public void SpeechVerbWithASpeakerIsNotOrphaned()
    {
        Assert.Empty(Clean("“We will rebuild,” said the mayor. “Soon,” she said.").Repairs);
    }

    [Fact]
    public void SingleLineBreaksSeparateParagraphsUnlessTheTextIsHardWrapped()
    {
        const string raw = "Port strike enters second week\nDockworkers stayed out on Monday.\nThe union said talks would resume\non Thursday in the capital.";
        var layer = Clean(raw);
        Assert.Equal(
            ["Port strike enters second week", "Dockworkers stayed out on Monday.", "The union said talks would resume\non Thursday in the capital."],
            layer.Paragraphs.Select(p => At(raw, p)));
    }
}
