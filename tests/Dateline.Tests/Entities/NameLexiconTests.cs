using Dateline.Entities.Gazetteers;
using Dateline.Entities.Recognition;
using Dateline.Learning;
using Dateline.Training.Tagging;

namespace Dateline.Tests.Entities;

public class NameLexiconTests
{
    private const string Lines = "# comment\nPirelli\tNNP\nApple\tNNP NN\napple\tNN\ndespite\tIN\nThe\tDT NNP JJ\nSoccer\tNNP|NN\nsoccer\tNN\n";

    private static readonly NameLexicon Lexicon = NameLexicon.Load(new StringReader(Lines));

    [Fact]
    public void Classes_a_form_by_whether_it_was_seen_as_a_proper_noun()
    {
        Assert.Equal(NameLexicon.ProperOnly, NameLexicon.ClassOf(Find("Pirelli")));
        Assert.Equal(NameLexicon.Mixed, NameLexicon.ClassOf(Find("Apple")));
        Assert.Equal(NameLexicon.Mixed, NameLexicon.ClassOf(Find("Soccer")));
        Assert.Equal(NameLexicon.CommonOnly, NameLexicon.ClassOf(Find("despite")));
        Assert.Equal(NameLexicon.Absent, NameLexicon.ClassOf(Find("Despite")));
        Assert.NotEqual(Find("The") & 0x3F, Find("Apple") & 0x3F); // likeliest tags DT and NNP differ
    }

    [Fact]
    public void Survives_the_model_section()
    {
        var copy = NameLexicon.Read(Lexicon.ToSection());

        Assert.Equal(Lexicon.Count, copy.Count);
        foreach (var word in new[] { "Pirelli", "Apple", "apple", "despite", "The", "Soccer", "soccer", "Zorp" })
        {
            ulong hash = PhraseHash.OfToken(word, fold: false);
            Assert.Equal(Lexicon.Find(hash), copy.Find(hash));
        }
    }

    [Fact]
    public void A_capitalised_word_also_reads_its_lowercase_and_an_all_caps_word_its_title_case()
    {
        var despite = Hashes("Despite");
        var soccer = Hashes("SOCCER");
        var apple = Hashes("apple");

        Assert.Equal((0UL, (ulong)NameLexicon.CommonOnly, true), (despite.ExactClass, despite.LowerClass, despite.HasCapitals));
        Assert.Equal(((ulong)NameLexicon.CommonOnly, (ulong)NameLexicon.Mixed), (soccer.LowerClass, soccer.TitleClass));
        Assert.Equal(((ulong)NameLexicon.CommonOnly, 0UL, false), (apple.ExactClass, apple.LowerCode, apple.HasCapitals));
    }

    [Fact]
    public void The_shipped_model_carries_the_lexicon()
    {
        Assert.True(ShippedTagLexicon.LoadNameLexicon().Count > 80_000);
        Assert.Equal(ShippedTagLexicon.LoadNameLexicon().Count, NameLexicon.Of(EntityTagger.ShippedModel).Count);
    }

    private static byte Find(string word) => Lexicon.Find(PhraseHash.OfToken(word, fold: false));

    private static WordHashes Hashes(string word) => SentenceFeatures.HashesOf(word, WordClusters.Default, Lexicon);
}
