using Dateline.Cleaning;
using Dateline.Documents;
using Dateline.Pipeline;
using Dateline.Tagging;
using Dateline.Text;
using Dateline.Time;

namespace Dateline.Tests.Time;

/// <summary>Builds dated documents by hand and runs the time layer on them.</summary>
internal static class TimeTestSupport
{
    /// <summary>Wednesday 3 January 2024, the date every test article carries unless it says otherwise.</summary>
    public static readonly DateOnly ArticleDate = new(2024, 1, 3);

    public static Document Analyze(string text, DateOnly? date = null)
    {
        var info = new ArticleInfo { Date = date ?? ArticleDate, DateSource = DateSource.Header };
        return new TimexRecognizer().Process(new Document("test", text, info, new TextSpan(0, text.Length)));
    }

    public static IReadOnlyList<Timex> Timexes(string text, DateOnly? date = null) => Analyze(text, date).Get<TimexLayer>().Timexes;

    /// <summary>The single expression whose text is <paramref name="expression"/>; fails with what was found otherwise.</summary>
    public static Timex Find(string text, string expression, DateOnly? date = null)
    {
        var timexes = Timexes(text, date);
        var found = timexes.FirstOrDefault(x => text[x.Span.Start..x.Span.End] == expression);
        Assert.True(found is not null, $"'{expression}' not found; got: {string.Join(", ", timexes.Select(x => $"'{text[x.Span.Start..x.Span.End]}'={x.Value}"))}");
        return found!;
    }

    public static void AssertValue(string text, string expression, TimexType type, string value, DateOnly? date = null)
    {
        var timex = Find(text, expression, date);
        Assert.Equal((type, value), (timex.Type, timex.Value));
    }

    /// <summary>
    /// As <see cref="AssertValue"/> for a DATE, with the document cleaned, tokenized and POS-tagged first, for rules that
    /// tell a present-tense verb from a plural noun by its tag.
    /// </summary>
    public static void AssertTaggedValue(string text, string expression, string value, DateOnly date)
    {
        var info = new ArticleInfo { Date = date, DateSource = DateSource.Header };
        var document = new IComponent[] { new Cleaner(), new TokenizerComponent(), new PosTagger(), new TimexRecognizer() }
            .Aggregate(new Document("test", text, info, new TextSpan(0, text.Length)), (d, step) => step.Process(d));
        var timex = Assert.Single(document.Get<TimexLayer>().Timexes, x => text[x.Span.Start..x.Span.End] == expression);
        Assert.Equal(value, timex.Value);
    }
}
