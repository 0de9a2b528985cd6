using Dateline.Tagging;
using Dateline.Training.Tagging;

namespace Dateline.Tests.Tagging;

public class WordNetLexiconTests
{
    private const string Lines = "# comment\nache\tn v\nbig\ta r\nfine\ta n v\nfin\tn\nparis\tN\nstop\tv n\nprovoke\tv\namerican\tA N\nkudos\tn\n";

    private static readonly WordNetLexicon Lexicon = WordNetLexicon.Load(new StringReader(Lines));

    [Fact]
    public void Finds_lemmas_case_folded_by_part_of_speech_and_survives_the_model_section()
    {
        var copy = WordNetLexicon.Read(Lexicon.ToSection());

        Assert.Equal(Lexicon.Count, copy.Count);
        Assert.True(copy.Has("Fine", WordNetLexicon.Verb));
        Assert.True(copy.Has("ache", WordNetLexicon.Noun | WordNetLexicon.Adjective));
        Assert.False(copy.Has("paris", WordNetLexicon.Noun));
        Assert.False(copy.Has("zorp", WordNetLexicon.Noun));
    }

    [Theory]
    [InlineData("provoking", WordNetLexicon.Verb, "provoke")]
    [InlineData("fined", WordNetLexicon.Verb, "fine")]
    [InlineData("stopped", WordNetLexicon.Verb, "stop")]
    [InlineData("Kudos", WordNetLexicon.Noun, "kudos")]
    [InlineData("biggest", WordNetLexicon.Adjective, "big")]
    [InlineData("aches", WordNetLexicon.Noun, "ache")]
    [InlineData("stopped", WordNetLexicon.Noun, null)]
    public void Gives_the_lemma_under_one_part_of_speech(string word, uint codes, string? lemma) =>
        Assert.Equal(lemma, Lexicon.LemmaOf(word, codes));

    [Fact]
    public void The_lemmatizer_prefers_a_wordnet_lemma_to_a_rule_made_one()
    {
        var lemmatizer = new Lemmatizer("went\tVERB\tgo\n", "VERB\t\t0\t0\t\nVERB\ting\t0\t3\t\nNOUN\ts\t0\t1\t\n", Lexicon);

        Assert.Equal("provoke", lemmatizer.Lemmatize("provoking", Upos.VERB));
        Assert.Equal("stop", lemmatizer.Lemmatize("stopping", Upos.VERB));
        Assert.Equal("kudos", lemmatizer.Lemmatize("kudos", Upos.NOUN));
        Assert.Equal("go", lemmatizer.Lemmatize("went", Upos.VERB));
        Assert.Equal("zorp", lemmatizer.Lemmatize("zorping", Upos.VERB));
    }

    [Fact]
    public void The_shipped_lexicon_loads() => Assert.True(ShippedTagLexicon.LoadWordNet().Count > 80_000);
}
