using Dateline.Time;
using Dateline.Training.Time;

namespace Dateline.Tests.Time;

public sealed class GumDateFileTests
{
    private const string Xml = """
        <text id="GUM_news_sample" type="news" dateCreated="2015-09-22" title="Sample">
        <p>
        <s type="decl">
        <date when="2015-09-21">
        Monday	NP	Monday	NP0	PROPN	root	_
        </date>
        ,	,	,	PUN	PUNCT	punct	_
        the	DT	the	AT0	DET	det	_
        <w>
        all	DT	all	AV0	DET	compound	_
        -	HYPH	-	PUN	PUNCT	punct	_
        night	NN	night	NN1	NOUN	compound	_
        </w>
        talks	NNS	talk	NN2	NOUN	nsubj	_
        ended	VVD	end	VVD	VERB	root	_
        <date from="2015-09-14" to="2015-09-20">
        last	JJ	last	ORD	ADJ	amod	_
        week	NN	week	NN1	NOUN	obl	_
        </date>
        .	.	.	SENT	PUNCT	punct	_
        </s>
        </p>
        </text>
        """;

    [Fact]
    public void RebuildsTheTextAndThePlaceOfEveryDate()
    {
        var file = GumDateFile.Parse(Xml.ReplaceLineEndings("\n"));
        Assert.Equal(("news", new DateOnly(2015, 9, 22)), (file.Genre, file.Created));
        Assert.Equal("Monday, the all-night talks ended last week.", file.Plain);
        Assert.Equal(["Monday", "last week"], file.Dates.Select(d => file.Plain[d.Start..d.End]));
        Assert.Equal(("2015-09-14", "2015-09-20"), (file.Dates[1].From, file.Dates[1].To));
    }

    [Fact]
    public void AClippedYearIsAWordOfItsOwnButAnEncliticIsNot()
    {
        const string xml = """
            <text id="GUM_letter_sample" type="letter" dateCreated="1967-05-30" title="Sample">
            <p>
            <s type="frag">
            class	NN	class	NN1	NOUN	root	_
            of	IN	of	PRF	ADP	case	_
            <date when="1971">
            '71	CD	'71	CRD	NUM	nmod	_
            </date>
            ,	,	,	PUN	PUNCT	punct	_
            it	PP	it	PNP	PRON	nsubj	_
            's	VBZ	be	VBZ	AUX	cop	_
            over	RB	over	AV0	ADV	root	_
            </s>
            </p>
            </text>
            """;
        Assert.Equal("class of '71, it's over", GumDateFile.Parse(xml.ReplaceLineEndings("\n")).Plain);
    }

    [Fact]
    public void ValuesCompareAsCalendarIntervals()
    {
        Assert.Equal(GumDateEvaluation.Interval("2015-W38"), (new DateOnly(2015, 9, 14), new DateOnly(2015, 9, 20)));
        Assert.Equal(GumDateEvaluation.Interval("2015-W38-WE"), (new DateOnly(2015, 9, 19), new DateOnly(2015, 9, 20)));
        Assert.Equal(GumDateEvaluation.Interval("199"), (new DateOnly(1990, 1, 1), new DateOnly(1999, 12, 31)));
        Assert.Null(GumDateEvaluation.Interval("PAST_REF"));
    }

    [Fact]
    public void ScoresRecallAndValueAgreement()
    {
        var file = GumDateFile.Parse(Xml.ReplaceLineEndings("\n"));
        var document = new Dateline.Documents.Document("gum", file.Plain, new Dateline.Documents.ArticleInfo { Date = file.Created }, new Dateline.Documents.TextSpan(0, file.Plain.Length));
        var scores = GumDateEvaluation.Compare(file, new TimexRecognizer().Process(document).Get<TimexLayer>().Timexes, "gum");
        Assert.Equal((2, 2, 2, 2), (scores.Gold, scores.Found, scores.Checked, scores.Agreed));
    }
}
