using Dateline.Reading;

namespace Dateline.Tests.Reading;

public sealed class ArticleReaderTests
{
    [Theory]
    [InlineData("<!DOCTYPE html>\n<html><body><p>Talks resumed.</p></body></html>")]
    [InlineData("date 2024-01-03\n  <html><head><title>x</title></head><p>Talks resumed.")]
    public void AnHtmlPageReadAsTextIsFlagged(string text)
    {
        var document = ArticleReader.FromPlainText("page.html", text, fallbackDate: null);

        Assert.Equal("HTML_AS_TEXT", Assert.Single(document.Warnings).Code);
    }

    [Theory]
    [InlineData("date 2024-01-03\nTalks resumed in <b>Cairo</b>.")]
    [InlineData("<Reuters> Talks resumed; the body of the text follows.")]
    public void AnArticleWithSomeMarkupIsNot(string text) =>
        Assert.Empty(ArticleReader.FromPlainText("a.txt", text, fallbackDate: null).Warnings);

    [Theory]
    [InlineData("2024-13-45", null)]
    [InlineData("yesterday", "2024-01-03")]
    public void AnUnreadableJsonDateIsReported(string date, string? used)
    {
        var reader = new ArticleReader(used is null ? null : DateOnly.Parse(used, System.Globalization.CultureInfo.InvariantCulture), () => Stream.Null);
        string line = $"{{\"id\":\"a\",\"date\":\"{date}\",\"text\":\"Talks resumed on Tuesday.\"}}";
        string path = Path.Combine(Path.GetTempPath(), $"dateline-reader-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, line);
        try
        {
            var document = Assert.Single(reader.Read(path)).Document!;

            Assert.Contains(document.Warnings, w => w.Code == "DATE_UNREADABLE" && w.Message.Contains(date, StringComparison.Ordinal));
            Assert.Equal(used, document.Info.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
