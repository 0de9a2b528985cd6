using Dateline.Training.Time;

namespace Dateline.Tests.Time;

public sealed class GumTimeMentionsTests
{
    // Columns: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC.
    private static readonly string Conllu = string.Join('\n',
        "# newdoc id = GUM_news_sample",
        "# meta::dateCreated = 2015-09-22",
        "# text = We met last week, then ate.",
        "1\tWe\twe\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-new-x-x-1-sgl)",
        "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_",
        "3\tlast\tlast\tADJ\tJJ\t_\t4\tamod\t_\tEntity=(2-time-new-x-x-2-sgl",
        "4\tweek\tweek\tNOUN\tNN\t_\t2\tobl\t_\tEntity=2)|SpaceAfter=No",
        "5\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_",
        "6\tthen\tthen\tADV\tRB\t_\t7\tadvmod\t_\tEntity=(3-time-new-x-x-1-sgl)",
        "7\tate\teat\tVERB\tVBD\t_\t2\tconj\t_\tSpaceAfter=No",
        "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
        "");

    [Fact]
    public void RebuildsTheTextAndTheTimeMentionsWithTheirHeads()
    {
        var document = Assert.Single(GumTimeMentions.Read(new StringReader(Conllu)));
        Assert.Equal(("GUM_news_sample", new DateOnly(2015, 9, 22)), (document.Id, document.Created));
        Assert.Equal("We met last week, then ate.\n", document.Text);
        Assert.Equal(["last week", "then"], document.Mentions.Select(m => document.Text[m.Start..m.End]));
        Assert.Equal(["week", "then"], document.Mentions.Select(m => m.Head));
    }

    [Fact]
    public void ReportsMentionsNoTimexTouchesAndTimexesTouchingNone()
    {
        var document = GumTimeMentions.Read(new StringReader(Conllu))[0];
        var report = new GumTimeMentionReport();
        int last = document.Text.IndexOf("last", StringComparison.Ordinal), met = document.Text.IndexOf("met", StringComparison.Ordinal);
        report.Add(document, [(last + 5, last + 9), (met, met + 3)]);
        Assert.Equal((2, 1, 2, 1), (report.Mentions, report.Covered, report.Timexes, report.Touching));
        Assert.Equal(["then"], report.Missed.Keys);
        Assert.Equal(["met"], report.Unmatched.Keys);
    }
}
