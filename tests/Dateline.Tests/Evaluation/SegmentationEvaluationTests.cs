using Dateline.Documents;
using Dateline.Training.Evaluation;

namespace Dateline.Tests.Evaluation;

public class SegmentationEvaluationTests
{
    private const string Gold = """
        # newdoc id = d1
        # newpar
        # text = Blinken's trip ended.
        1-2	Blinken's	_	_	_	_	_	_	_	_
        1	Blinken	Blinken	PROPN	_	_	0	root	_	_
        2	's	's	PART	_	_	1	case	_	_
        3	trip	trip	NOUN	_	_	0	root	_	_
        4	ended	end	VERB	_	_	0	root	_	SpaceAfter=No
        5	.	.	PUNCT	_	_	0	punct	_	_

        # text = He left.
        1	He	he	PRON	_	_	0	root	_	_
        2	left	leave	VERB	_	_	0	root	_	SpaceAfter=No
        3	.	.	PUNCT	_	_	0	punct	_	_

        # newpar
        # text = New paragraph
        1	New	new	ADJ	_	_	0	root	_	_
        2	paragraph	paragraph	NOUN	_	_	0	root	_	_

        """;

    [Fact]
    public void RebuildsTextWithParagraphBreaksAndSurfaceTokenSpans()
    {
        var gold = SegmentationGold.Read(new StringReader(Gold));

        Assert.Equal("Blinken's trip ended. He left.\n\nNew paragraph", gold.Text);
        Assert.Equal(new TextSpan(0, 9), gold.Tokens[0]);
        Assert.Equal(9, gold.Tokens.Length);
        Assert.Equal([new TextSpan(0, 7), new TextSpan(7, 9)], gold.Words[..2]);
        Assert.Equal(10, gold.Words.Length);
        Assert.Equal([new TextSpan(0, 21), new TextSpan(22, 30), new TextSpan(32, 45)], gold.Sentences);
        Assert.Equal(0, gold.UnalignedTokens);
    }

    [Fact]
    public void ScoresSplitCliticsAsOneSurfaceToken()
    {
        var scores = SegmentationEvaluation.Evaluate(SegmentationGold.Read(new StringReader(Gold)));

        Assert.Equal(1.0, scores.Tokens.F1);
        Assert.Equal(1.0, scores.Words.F1);
        Assert.Equal(1.0, scores.Sentences.F1);
    }

    [Fact]
    public void CountsPartialMatches()
    {
        var score = new SpanScore(Gold: 4, Predicted: 5, Matched: 3);
        Assert.Equal(0.6, score.Precision, 6);
        Assert.Equal(0.75, score.Recall, 6);
        Assert.Equal(2 * 0.6 * 0.75 / 1.35, score.F1, 6);
    }
}
