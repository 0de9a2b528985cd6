using Dateline.Events;
using Xunit;

namespace Dateline.Tests.Events;

public sealed class EventCoderTests
{
    [Fact]
    public void ActiveVoiceCodesSubjectAsSourceAndObjectAsTarget()
    {
        var coded = Assert.Single(EventDocuments.Code("Egypt criticized Israel on Monday."));
        Assert.Equal("111", coded.Code);
        Assert.Equal("11", coded.Root);
        Assert.Equal(3, coded.QuadClass);
        Assert.Equal(-2.0, coded.Goldstein);
        Assert.Equal(("EGY", "ISR"), (coded.Source?.Code, coded.Target?.Code));
        Assert.Equal("2024-01-03", coded.Date);
        Assert.Equal(EventModality.Asserted, coded.Modality);
        Assert.StartsWith("cameo:", coded.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void PassiveVoiceTakesTheByPhraseAsSource()
    {
        const string text = "Israel was criticized by Egypt.";
        var coded = Assert.Single(EventDocuments.Code(text));
        Assert.Equal(("EGY", "ISR"), (coded.Source?.Code, coded.Target?.Code));
        Assert.Equal(text.TrimEnd('.'), text[coded.Span.Start..coded.Span.End]);
    }

    [Fact]
    public void CoordinatedSubjectsEachGetAnEvent()
    {
        var coded = EventDocuments.Code("Egypt, Qatar and the United States praised Israel.");
        Assert.Equal(["EGY", "QAT", "USA"], coded.Select(e => e.Source?.Code));
        Assert.All(coded, e => Assert.Equal(("051", "ISR"), (e.Code, e.Target?.Code)));
    }

    [Fact]
    public void NegatedAndHypotheticalStatementsAreFlaggedNotAsserted()
    {
        var negated = Assert.Single(EventDocuments.Code("Egypt did not criticize Israel."));
        var hypothetical = Assert.Single(EventDocuments.Code("Egypt could criticize Israel."));
        Assert.Equal(EventModality.Negated, negated.Modality);
        Assert.Equal(EventModality.Hypothetical, hypothetical.Modality);
        Assert.False(negated.Happened);
        Assert.False(hypothetical.Happened);
    }

    [Fact]
    public void AnAgentAfterAnotherPrepositionIsNotPartOfTheActor()
    {
        var coded = EventDocuments.CodeTagged("Egypt criticized Hamas during the network's military forum.");
        var criticism = Assert.Single(coded, e => e.Code == "111");
        Assert.Equal(("EGY", "Hamas"), (criticism.Source?.Code, criticism.Target?.Text));
    }

    [Fact]
    public void APronounSubjectHidesTheActorsBeforeIt()
    {
        var coded = EventDocuments.Code("From Egypt, to Qatar and Jordan, we criticized Israel.");
        Assert.All(coded, e => Assert.Null(e.Source));
        Assert.Contains(coded, e => e.Target?.Code == "ISR");
    }

    [Fact]
    public void AStatementsPlaceIsWhereItWasMadeNotItsTarget()
    {
        var coded = Assert.Single(EventDocuments.Code("The Egyptian foreign minister said in Doha that the talks had ended."), e => e.Root == "01");
        Assert.Equal(("01", "EGYGOV"), (coded.Root, coded.Source?.Code));
        Assert.Null(coded.Target);
        Assert.Equal("Doha", coded.Location?.Name);
    }

    [Fact]
    public void PrepositionalTargetAndPlaceAreFound()
    {
        var coded = Assert.Single(EventDocuments.Code("The Egyptian foreign minister met with Qatar in Doha."));
        Assert.Equal(("04", "EGYGOV", "QAT"), (coded.Root, coded.Source?.Code, coded.Target?.Code));
        Assert.Equal("Doha", coded.Location?.Name);
        Assert.Equal("QAT", coded.Location?.Country);
        Assert.NotNull(coded.Location?.Latitude);
    }

    [Fact]
    public void CaptionHeadlineIsCodedWithItsPlace()
    {
        const string caption = "Egyptian President meets with Qatari Foreign Minister in Cairo";
        var coded = Assert.Single(EventDocuments.Code("Talks went on.\n" + caption, caption));
        Assert.Equal(("EGYGOV", "QATGOV", "Cairo"), (coded.Source?.Code, coded.Target?.Code, coded.Location?.Name));
        Assert.StartsWith("caption:", coded.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void RoleNamesAreLearntForLaterMentions()
    {
        var coded = EventDocuments.Code("Israeli Defense Minister Avi Example visited Egypt.\nExample criticized Qatar.");
        Assert.Contains(coded, e => e.Code == "111" && e.Source?.Code == "ISRGOV" && e.Source.Text == "Example");
    }

    [Fact]
    public void GenericAgentsAloneAreNotReported()
    {
        Assert.Empty(EventDocuments.Code("The police criticized the protesters."));
        var coded = Assert.Single(EventDocuments.Code("Egypt criticized the police."));
        Assert.Equal(("EGY", "---COP"), (coded.Source?.Code, coded.Target?.Code));
    }

    [Fact]
    public void HostileInputCodesNothingAndReturns()
    {
        string text = string.Concat(Enumerable.Repeat("and , Egypt of the ", 5000));
        Assert.Empty(EventDocuments.Code(text));
    }
}
