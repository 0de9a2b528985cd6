using Dateline.Cleaning;
using Dateline.Reading;
using Dateline.Tagging;
using Dateline.Text;
using Dateline.Time;

namespace Dateline.Tests.Time;

public sealed class BlinkenTimeTests
{
    [NeedsSharedFact]
    public void EveryTimeExpressionIsResolvedAndTheDatelineIsDoubted() => Check(withPos: false);

    [NeedsSharedFact]
    public void TenseFromPosTagsResolvesTheSameWay() => Check(withPos: true);

    private static void Check(bool withPos)
    {
        string path = SharedCorpora.PathOf("examples/blinken.txt");
        var document = ArticleReader.FromPlainText(path, File.ReadAllText(path), null);
        if (withPos)
        {
            document = new PosTagger().Process(new TokenizerComponent().Process(new Cleaner().Process(document)));
            Assert.True(document.Has<PosLayer>());
        }

        document = new TimexRecognizer().Process(document);
        var found = document.Get<TimexLayer>().Timexes
            .Select(x => (Text: document.Text(x.Span), x.Type, x.Value))
            .ToList();
        var expected = new (string Text, TimexType Type, string Value)[]
        {
            ("Thursday", TimexType.DATE, "2023-12-28"),
            ("October", TimexType.DATE, "2023-10"),
            ("for months", TimexType.DURATION, "PXM"),
            ("Oct. 7", TimexType.DATE, "2023-10-07"),
            ("a week-long", TimexType.DURATION, "P1W"),
            ("November", TimexType.DATE, "2023-11"),
            ("Tuesday", TimexType.DATE, "2024-01-02"),
            ("last month", TimexType.DATE, "2023-12"),
            ("Wednesday night", TimexType.TIME, "2024-01-03TNI"),
            ("every day", TimexType.SET, "P1D"),
            ("the past four months", TimexType.DURATION, "P4M"),
            ("October 7", TimexType.DATE, "2023-10-07"),
            ("hours", TimexType.DURATION, "PTXH"),
            ("late last month", TimexType.DATE, "2023-12"),
        };
        foreach (var (text, type, value) in expected)
        {
            string bare = text.StartsWith("for ", StringComparison.Ordinal) ? text[4..] : text;
            Assert.True(
                found.Any(f => f.Text == bare && f.Type == type && f.Value == value),
                $"missing {text} = {type} {value}; found: {string.Join(", ", found.Select(f => $"'{f.Text}'={f.Value}"))}");
        }

        var warning = Assert.Single(document.Warnings, w => w.Code == "DATELINE_DOUBTFUL");
        Assert.NotEmpty(warning.Evidence);
    }
}
