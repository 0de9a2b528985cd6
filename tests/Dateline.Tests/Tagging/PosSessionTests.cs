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

        var features = new PosFeatures(model.Dictionary, model.Classes, model.Clusters);
        features.Reset(words);
        var labels = new int[words.Length];
        new SequenceDecoder(model.Model).Greedy(features, labels);

        Assert.Equal(labels.Select(l => model.Tags[l]), tags);
        for (int i = 0; i < words.Length; i++)
        {
            Assert.Equal(model.Lemmatizer.Lemmatize(words[i], tags[i]), lemmas[i]);
        }
    }
}
