using Dateline.Events;
using Xunit;

namespace Dateline.Tests.Events;

public sealed class ActorTableTests
{
    private const string Actors = """
        # comment
        A	GONDOR	GON	
        A	BOROMIR	GONMIL	GONGOV@20010101-20031231;GONELI@20040101-99991231
        A	DENETHOR  II		GONGOV@19900101-20031231
        A	GONDOR	XXX	
        """;

    [Fact]
    public void ActorLinesAreReadWhenMatchedAndKeptThereafter()
    {
        var lexicon = EventLexiconFormat.Read([new StringReader(Actors)]);

        Assert.Equal(4, lexicon.Actors.Count);
        Assert.Equal(2, lexicon.ActorTrie.LongestMatch(["DENETHOR", "II", "SAID"], 0, 3, out var denethor));
        Assert.Equal(["DENETHOR", "II"], denethor!.Words);
        Assert.Null(denethor.DefaultCode);
        Assert.Equal("GONGOV", denethor.CodeOn(0));
        Assert.Same(denethor, lexicon.Actors[2]);

        var boromir = lexicon.Actors[1];
        Assert.Equal("GONELI", boromir.CodeOn(20050101));
        Assert.Equal("GONMIL", boromir.CodeOn(19800101));
        Assert.Equal([new ActorRole("GONGOV", 20010101, 20031231), new ActorRole("GONELI", 20040101, 99991231)], boromir.Roles);

        lexicon.ActorTrie.LongestMatch(["GONDOR"], 0, 1, out var gondor);
        Assert.Equal("GON", gondor!.DefaultCode); // a repeated phrase keeps its first entry, as in PETRARCH
    }

    /// <summary>Shipped actor lines are parsed only when first matched, so this reads every one of them once here.</summary>
    [Fact]
    public void EveryShippedActorLineParses()
    {
        var actors = EventData.Lexicon.Actors;

        Assert.True(actors.Count > 30_000);
        Assert.All(actors, actor => Assert.NotEmpty(actor.Words));
    }

    [Fact]
    public void EntriesBuiltAsObjectsAreKeptAsTheyAre()
    {
        var entry = new ActorEntry(["ROHAN"], "ROH", []);
        var lexicon = new EventLexicon([entry], [], [], [], [], []);

        Assert.Same(entry, Assert.Single(lexicon.Actors));
        Assert.Equal(PhraseKinds.Actor, lexicon.KindsOf("ROHAN"));
        Assert.Equal(PhraseKinds.None, lexicon.KindsOf("GONDOR"));
    }

    [Fact]
    public void AnActorLineWithoutItsRolesFieldIsAFormatError() =>
        Assert.Throws<FormatException>(() => EventLexiconFormat.Read([new StringReader("A\tGONDOR\tGON")]));
}
