using Dateline.Tagging;

namespace Dateline.Tests.Tagging;

public class LemmatizerTests
{
    private static readonly Lemmatizer Lemmatizer = new(
        "people\tNOUN\tpeople\nwent\tVERB\tgo\nI\tPRON\tI\n",
        "NOUN\t\t0\t0\t\nNOUN\ts\t0\t1\t\nNOUN\ties\t0\t3\ty\nVERB\t\t0\t0\t\nVERB\ted\t0\t2\t\nPROPN\t\t1\t0\t\n");

    [Theory]
    [InlineData("people", Upos.NOUN, "people")]
    [InlineData("Went", Upos.VERB, "go")]
    [InlineData("I", Upos.PRON, "I")]
    [InlineData("cities", Upos.NOUN, "city")]
    [InlineData("Dogs", Upos.NOUN, "dog")]
    [InlineData("walked", Upos.VERB, "walk")]
    [InlineData("Geneva", Upos.PROPN, "Geneva")]
    [InlineData("Blah", Upos.ADJ, "blah")]
    [InlineData("s", Upos.NOUN, "s")]
    public void Uses_lexicon_then_case_fallback_then_longest_suffix_rule(string form, Upos upos, string lemma) =>
        Assert.Equal(lemma, Lemmatizer.Lemmatize(form, upos));
}
