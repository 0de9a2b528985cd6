using Dateline.Tagging;
using Dateline.Training.Tagging;

namespace Dateline.Tests.Tagging;

public class TagLexiconTests
{
    private const string Lines = "# comment\nEric\tNNP\nrunning\tVBG NN|VBG JJ\nthat\tIN DT WDT\n";

    [Fact]
    public void Finds_the_exact_form_then_the_lowercase_form()
    {
        var lexicon = TagLexicon.Load(new StringReader(Lines));

        var eric = lexicon.Find(PosFeatures.FormHashOf("Eric"), PosFeatures.LowerHashOf("Eric"), out int ericMatch);
        var running = lexicon.Find(PosFeatures.FormHashOf("Running"), PosFeatures.LowerHashOf("Running"), out int runningMatch);
        lexicon.Find(PosFeatures.FormHashOf("Zorp"), PosFeatures.LowerHashOf("Zorp"), out int missing);

        Assert.Equal((1, 1u << (int)Upos.PROPN), (ericMatch, eric.Upos));
        Assert.Equal(2, runningMatch);
        Assert.Equal((1u << (int)Upos.VERB) | (1u << (int)Upos.NOUN) | (1u << (int)Upos.ADJ), running.Upos);
        Assert.Equal(0, missing);
    }

    [Fact]
    public void Keeps_the_likeliest_tag_first_and_survives_the_model_section()
    {
        var lexicon = TagLexicon.Load(new StringReader(Lines));
        var copy = TagLexicon.Read(lexicon.ToSection());

        var that = copy.Find(PosFeatures.FormHashOf("that"), PosFeatures.LowerHashOf("that"), out _);
        var original = lexicon.Find(PosFeatures.FormHashOf("that"), PosFeatures.LowerHashOf("that"), out _);

        Assert.Equal(3, copy.Count);
        Assert.Equal(original, that);
        Assert.Equal((1u << (int)Upos.ADP) | (1u << (int)Upos.SCONJ) | (1u << (int)Upos.DET) | (1u << (int)Upos.PRON), that.Upos);
    }

    [Fact]
    public void The_shipped_lexicon_loads() => Assert.True(ShippedTagLexicon.Load().Count > 80_000);
}
