using Dateline.Training.Entities;

namespace Dateline.Tests.Entities;

public sealed class NerCorpusTests
{
    [Fact]
    public void ConllIob1BecomesIob2AndDocstartIsKept()
    {
        const string conll = "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\nSmith NNP I-NP B-PER\n\n";

        var document = Assert.Single(NerCorpus.Read(new StringReader(conll)));

        Assert.Equal(["-DOCSTART- -X- O O", ""], document.Preamble);
        var sentence = Assert.Single(document.Sentences);
        Assert.Equal(["B-ORG", "O", "B-MISC", "B-PER", "I-PER", "B-PER"], sentence.Tags);
        Assert.Equal([(0, 1, "ORG"), (2, 3, "MISC"), (3, 5, "PER"), (5, 6, "PER")], NerCorpus.Spans(sentence.Tags));
    }

    [Fact]
    public void UnerIob2WithCommentsAndDocuments()
    {
        const string uner = "# newdoc id = a\n# sent_id = a-1\n# text = I love Tampa Bay\n1\tI\tO\t-\t-\n2\tlove\tO\t-\t-\n3\tTampa\tB-LOC\t-\t-\n4\tBay\tI-LOC\t-\t-\n\n# newdoc id = b\n1\t#\tO\t-\t-\n\n";

        var documents = NerCorpus.Read(new StringReader(uner));

        Assert.Equal(2, documents.Count);
        Assert.Equal(["I", "love", "Tampa", "Bay"], documents[0].Sentences[0].Words);
        Assert.Equal(["O", "O", "B-LOC", "I-LOC"], documents[0].Sentences[0].Tags);
        Assert.Equal(["#"], documents[1].Sentences[0].Words);
    }

    [Fact]
    public void ScoreCountsExactSpansPerType()
    {
        var score = new NerScore();
        score.Add(["B-PER", "I-PER", "O", "B-LOC"], ["B-PER", "I-PER", "O", "B-ORG"]);

        Assert.Equal(50, score.Overall.F1, 3);
        Assert.Equal(100, score.Of("PER").F1, 3);
        Assert.Contains("found: 2 phrases; correct: 1.", score.Report(), StringComparison.Ordinal);
    }
}
