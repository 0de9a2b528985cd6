using Dateline.Events;
using Dateline.Training.Events;
using Xunit;

namespace Dateline.Tests.Events;

public sealed class EventLexiconTests
{
    private const string Verbs = """
        &TIES_
        +DIPLOMATIC_TIES
        +RELATIONS

        --- RESTORE  [064]  ---
        RESTORE    # comment
        +CORDON_OFF {+CORDONED_OFF +CORDONS_OFF} [1721]
        - * &TIES [064:064]
        - NOT * [112]
        - % * [030]
        """;

    private const string Actors = """
        ARNOR_  [ARN]
        +ARNORIAN_
        FALASTUR  ; CountryInfo.txt
        	[ARNELI 950101 - 990815]
        	[ARNGOV >990816]
        	[ARNELI]
        """;

    [Fact]
    public void PetrarchVerbsExpandFormsSynsetsAndPatterns()
    {
        var builder = new EventLexiconBuilder();
        PetrarchDictionaryReader.ReadVerbs(Lines(Verbs), builder);
        var lexicon = builder.Build();
        Assert.Contains(lexicon.Verbs, v => v.Words is ["RESTORED"] && v.Code == "064");
        Assert.Contains(lexicon.Verbs, v => v.Words is ["CORDONED", "OFF"] && v.Code == "1721");
        var ties = Assert.Single(lexicon.Patterns, p => p.Code == "064:064");
        Assert.Contains(ties.After[0].Alternatives, a => a is ["DIPLOMATIC", "TIES"]);
        Assert.Contains(lexicon.Patterns, p => p.Compound && p.Code == "030");
    }

    [Fact]
    public void ActorRolesAreDateBounded()
    {
        var builder = new EventLexiconBuilder();
        PetrarchDictionaryReader.ReadActors(Lines(Actors), builder);
        var lexicon = builder.Build();
        Assert.Equal("ARN", lexicon.Actors.First(a => a.Words is ["ARNORIAN"]).CodeOn(20000101));
        var falastur = lexicon.Actors.First(a => a.Words is ["FALASTUR"]);
        Assert.Equal("ARNELI", falastur.CodeOn(19960101));
        Assert.Equal("ARNGOV", falastur.CodeOn(20240103));
        Assert.Equal("ARNELI", falastur.CodeOn(19800101));
    }

    [Fact]
    public void CompactFormatRoundTrips()
    {
        var builder = new EventLexiconBuilder();
        PetrarchDictionaryReader.ReadVerbs(Lines(Verbs), builder);
        PetrarchDictionaryReader.ReadActors(Lines(Actors), builder);
        PetrarchDictionaryReader.ReadAgents(Lines("!PERSON! = MAN, WOMAN\nCONGRESS!PERSON! [~LEG]\nPOLICE {} [~COP]\nFOREIGN_MINISTER [~GOVFRM]"), builder);
        PetrarchDictionaryReader.ReadDiscards(Lines("+WORLD CUP\nBASEBALL"), builder);
        var original = builder.Build();
        using var verbs = new StringWriter();
        using var actors = new StringWriter();
        using var agents = new StringWriter();
        using var discards = new StringWriter();
        EventLexiconFormat.Write(original, verbs, actors, agents, discards);
        var read = EventLexiconFormat.Read([new StringReader(verbs.ToString()), new StringReader(actors.ToString()), new StringReader(agents.ToString()), new StringReader(discards.ToString())]);
        Assert.Equal(original.Verbs.Count, read.Verbs.Count);
        Assert.Equal(original.Patterns.Count, read.Patterns.Count);
        Assert.Equal("ARNGOV", read.Actors.First(a => a.Words is ["FALASTUR"]).CodeOn(20240103));
        Assert.Contains(read.Agents, a => a.Words is ["CONGRESSWOMAN"] && a.Code == "LEG");
        Assert.Contains(read.Agents, a => a.Words is ["FOREIGN", "MINISTERS"] && a.Code == "GOVFRM");
        Assert.DoesNotContain(read.Agents, a => a.Words is ["POLICES"]);
        Assert.Contains(read.Discards, d => d.Words is ["WORLD", "CUP"] && d.WholeStory);
    }

    [Fact]
    public void EmbeddedDataLoadsOnce()
    {
        var lexicon = EventData.Lexicon;
        Assert.Same(lexicon, EventData.Lexicon);
        Assert.True(lexicon.Actors.Count > 30_000);
        var netanyahu = lexicon.Actors.First(a => a.Words is ["BENJAMIN", "NETANYAHU"]);
        Assert.Equal("ISRGOV", netanyahu.CodeOn(20240103));
        Assert.Equal("ISRELI", netanyahu.CodeOn(19900101));
        Assert.Equal(("Engage in negotiation", 1, 7.0), (EventData.Codes.Find("046")!.Name, EventData.Codes.Find("046")!.QuadClass, EventData.Codes.Find("046")!.Goldstein));
        Assert.Equal(4, EventData.Codes.Find("1823")!.QuadClass);
        Assert.Equal("ISR", EventData.Places.Find("Tel Aviv")!.CountryIso3);
    }

    private static string[] Lines(string text) => text.Split('\n');
}
