using Dateline.Documents;
using Dateline.Events;
using Xunit;

namespace Dateline.Tests.Events;

public sealed class ClauseCoderTests
{
    private static List<ClauseEvent> Code(string text, params KnownActor[] known) =>
        ClauseCoder.Code(EventData.Lexicon, ClauseText.Scan(text, new TextSpan(0, text.Length)), 20240103, known);

    [Fact]
    public void PlaceAfterInIsNoSubjectButTheSpeakersAfterItAre()
    {
        var coded = Code("In Qatar, Egypt criticized Israel.");
        Assert.NotEmpty(coded);
        Assert.All(coded, e => Assert.Equal(("EGY", "ISR"), (e.Source?.Code, e.Target?.Code)));
        Assert.All(Code("At a rally in Qatar, the minister criticized Israel."), e => Assert.NotEqual("QAT", e.Source?.Code));
    }

    [Fact]
    public void APersonCalledByASurnameThatIsACapitalIsNoState()
    {
        var coded = Code("Lima criticized Israel on Monday.", new KnownActor(0, 1, null, "A1", IsPerson: true));
        Assert.DoesNotContain(coded, e => e.Source?.Code == "PER");
        Assert.Contains(Code("Lima criticized Israel on Monday."), e => e.Source?.Code == "PER");
    }

    [Fact]
    public void SpeakerAfterTheQuoteIsTheSourceNotTheTarget()
    {
        var coded = Code("“This is a good day,” said the Egyptian foreign minister.");
        var said = Assert.Single(coded, e => e.Code.StartsWith("01", StringComparison.Ordinal));
        Assert.Equal("EGYGOV", said.Source?.Code);
        Assert.Null(said.Target);

        // The speaker is a name the dictionaries lack: Egypt is where he comes from, not whom he spoke to.
        Assert.Empty(Code("“This is a good day,” said Ronald Example of Egypt."));
    }

    [Fact]
    public void LowerCaseUsIsThePronoun()
    {
        Assert.All(Code("Egypt criticized us."), e => Assert.NotEqual("USA", e.Target?.Code));
        Assert.Contains(Code("Egypt criticized US troops."), e => e.Target?.Code?.StartsWith("USA", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void HyphenatedAndHeritageCompoundsNameNoState()
    {
        Assert.All(Code("Egypt praised Mexican-American voters."), e => Assert.False(e.Target?.Code is "MEX" or "USA" or "MNP"));
        Assert.All(Code("Egypt praised African American voters."), e => Assert.False(e.Target?.Code is "USA" or "MNP"));
    }

    [Fact]
    public void DictionaryWordInsideALongerUncodedNameIsNoActor()
    {
        // "Zero Hedge": the actor layer knows the name but has no code; the dictionary's ZERO (a rebel group) is not it.
        var coded = Code("Zero Hedge criticized Egypt.", new KnownActor(0, 2, null, "A1"));
        Assert.All(coded, e => Assert.Null(e.Source));
        Assert.Contains(Code("Zero criticized Egypt."), e => e.Source is not null);
    }

    [Fact]
    public void DictionaryWordEndingAnUncodedNameOfNoPersonIsNoActor()
    {
        // "Ground Zero" (a place the actor layer could not code) is not the dictionary's ZERO; "The Washington Post" is still the Post.
        Assert.All(Code("Egypt criticized Ground Zero.", new KnownActor(2, 4, null, "A1")), e => Assert.Null(e.Target));
        Assert.Contains(Code("Egypt criticized The Washington Post.", new KnownActor(2, 5, null, "A1")), e => e.Target is not null);
    }

    [Fact]
    public void APersonsNameKeepsItsDictionarySurname() =>
        Assert.Contains(Code("Egypt criticized Ground Zero.", new KnownActor(2, 4, null, "A1", IsPerson: true)), e => e.Target?.Code is not null);

    [Fact]
    public void APersonsNameEndingInAStateIsNoState() =>
        Assert.All(Code("Egypt criticized Mark Cuban.", new KnownActor(2, 4, null, "A1", IsPerson: true)), e => Assert.NotEqual("CUB", e.Target?.Code));
}
