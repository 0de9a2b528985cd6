using Dateline.Learning;
using Dateline.Tagging;

namespace Dateline.Tests.Tagging;

public class PosSessionTests
{
    [Theory]
    [InlineData("The ceasefire talks in Doha resumed on Monday , officials said .")]
    [InlineData("Zlatorovka 's mayor blorfed the unheard-of 3,412 qwxz proposals !")]
    [InlineData("Protesters")]
    public void Cached_scoring_matches_plain_greedy_decoding(string sentence)
    {
        var model = PosModel.Shipped;
        var words = sentence.Split(' ');

        var tags = new Upos[words.Length];
        var lemmas = new string[words.Length];
        model.CreateSession().Tag(words, tags, lemmas);

        var features = new PosFeatures(model.Dictionary, model.Classes, model.Clusters, model.TagLexicon);
        features.Reset(words);
        var labels = new int[words.Length];
        new SequenceDecoder(model.Model).Greedy(features, labels);

        Assert.Equal(labels.Select(l => model.Tags[l]), tags);
        for (int i = 0; i < words.Length; i++)
        {
            Assert.Equal(model.Lemmatizer.Lemmatize(words[i], tags[i]), lemmas[i]);
        }
    }

    [Theory]
    [InlineData("She said her campaign would go on .", 2, "her")]
    [InlineData("Her very first speech was short .", 0, "her")]
    [InlineData("They told her the news .", 2, "she")]
    [InlineData("I saw her yesterday .", 2, "she")]
    public void Her_before_its_noun_is_the_possessive(string sentence, int position, string lemma)
    {
        var words = sentence.Split(' ');
        var tags = new Upos[words.Length];
        var lemmas = new string[words.Length];
        PosModel.Shipped.CreateSession().Tag(words, tags, lemmas);
        Assert.Equal(lemma, lemmas[position]);
    }

    [Fact]
    public void Remembered_unknown_words_tag_as_in_a_fresh_session()
    {
        var model = PosModel.Shipped;
        string[] first = "Zlatorovka mayor Vrenkop blorfed the Qwxzian proposals".Split(' ');
        string[] second = "Officials said Vrenkop and Zlatorovka blorfed again".Split(' ');
        var shared = model.CreateSession();
        Tag(shared, first);
        var again = Tag(shared, second);

        Assert.Equal(Tag(model.CreateSession(), second), again);
    }

    [Fact]
    public void A_sentence_longer_than_the_session_memory_tags_the_same_every_time()
    {
        var words = Enumerable.Range(0, 5000).Select(i => $"Qx{i}zorp").ToArray();
        var session = PosModel.Shipped.CreateSession();
        var whole = Tag(session, words);

        Assert.Equal(Tag(PosModel.Shipped.CreateSession(), words), whole);
        Assert.Equal(Tag(session, words), whole);
    }

    private static Upos[] Tag(PosSession session, string[] words)
    {
        var tags = new Upos[words.Length];
        session.Tag(words, tags, new string[words.Length]);
        return tags;
    }
}
