using Dateline.Pipeline;
using Dateline.Reading;
using Dateline.Time;

namespace Dateline.Tests.Time;

/// <summary>An article without a date still runs the whole pipeline: year-less values stay unresolved (XXXX).</summary>
public class UndatedArticleTests
{
    [Theory]
    [InlineData("The rally took place on Friday, April 1, in the capital.")]
    [InlineData("Voters went to the polls on Tuesday, Nov. 8 and on Monday, Oct. 3.")]
    [InlineData("On Wednesday night the council met; by Thursday, March 3 it had voted.")]
    public void WeekdayWithAYearlessDateDoesNotNeedTheArticleDate(string text)
    {
        var document = DefaultPipeline.Create().Run(ArticleReader.FromPlainText("undated", text, fallbackDate: null));

        Assert.NotEmpty(document.Get<TimexLayer>().Timexes);
    }

    [Fact]
    public void RelativeExpressionsWithoutADateAreFlagged()
    {
        var document = new TimexRecognizer().Process(ArticleReader.FromPlainText("undated", "The minister said on Tuesday that talks would resume next week, after the 2021 accord.", fallbackDate: null));

        var warning = Assert.Single(document.Warnings);
        Assert.Equal("DATE_MISSING", warning.Code);
        Assert.Equal(["Tuesday", "next week"], warning.Evidence.Select(span => document.Text(span)));
    }

    [Fact]
    public void AbsoluteDatesNeedNoArticleDate()
    {
        var document = new TimexRecognizer().Process(ArticleReader.FromPlainText("undated", "The accord was signed on March 3, 2021 in Doha.", fallbackDate: null));

        Assert.Empty(document.Warnings);
    }
}
