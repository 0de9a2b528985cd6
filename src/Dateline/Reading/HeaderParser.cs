using System.Globalization;
using Dateline.Documents;

namespace Dateline.Reading;

/// <summary>
/// Reads the optional leading header lines of a <c>.txt</c> article (<c>date</c>, <c>title</c>, <c>source</c>,
/// <c>url</c>). A <c>date</c> or <c>url</c> header may have body text glued after its value on the same line.
/// </summary>
public static class HeaderParser
{
    private const int MaxHeaderLines = 16;
    private const int MaxWrittenDate = 40;

    public static (ArticleInfo Info, TextSpan Body) Parse(string raw) => Parse(raw, out _);

    /// <param name="raw">The article as read.</param>
    /// <param name="unreadableDate">A <c>date</c> line whose value is no date (it stays in the body), else null.</param>
    public static (ArticleInfo Info, TextSpan Body) Parse(string raw, out TextSpan? unreadableDate)
    {
        unreadableDate = null;
        var info = ArticleInfo.Empty;
        int position = 0;
        for (int line = 0; line < MaxHeaderLines && position < raw.Length; line++)
        {
            int lineEnd = raw.IndexOf('\n', position);
            if (lineEnd < 0)
            {
                lineEnd = raw.Length;
            }

            int keyStart = SkipSpaces(raw, position, lineEnd);
            int keyEnd = keyStart;
            while (keyEnd < lineEnd && char.IsAsciiLetterLower(raw[keyEnd]))
            {
                keyEnd++;
            }

            if (keyEnd == keyStart || keyEnd >= lineEnd || (raw[keyEnd] != ' ' && raw[keyEnd] != '\t' && raw[keyEnd] != ':'))
            {
                break;
            }

            string key = raw[keyStart..keyEnd];
            int valueStart = SkipSpaces(raw, keyEnd + (raw[keyEnd] == ':' ? 1 : 0), lineEnd);
            int valueEnd = FirstSpace(raw, valueStart, lineEnd);
            string firstWord = raw[valueStart..valueEnd];
            int restStart = SkipSpaces(raw, valueEnd, lineEnd);
            int nextLine = Math.Min(lineEnd + 1, raw.Length);
            switch (key)
            {
                case "date" when TryParseDate(firstWord, out var date):
                    info = info with { Date = date, DateSource = DateSource.Header };
                    if (HasText(raw, restStart, lineEnd))
                    {
                        return (info, new TextSpan(restStart, raw.Length));
                    }

                    break;
                case "date" when lineEnd - valueStart <= MaxWrittenDate && TryParseDate(raw[valueStart..lineEnd].Trim(), out var written):
                    // A written date fills the line: "date: January 3, 2024".
                    info = info with { Date = written, DateSource = DateSource.Header };
                    break;
                case "date":
                    unreadableDate = new TextSpan(keyStart, lineEnd);
                    return (info, new TextSpan(position, raw.Length));
                case "url" when firstWord.Length > 0:
                    info = info with { Url = firstWord };
                    if (HasText(raw, restStart, lineEnd))
                    {
                        return (info, new TextSpan(restStart, raw.Length));
                    }

                    break;
                case "title" or "source" when valueStart < lineEnd:
                    string value = raw[valueStart..lineEnd].TrimEnd();
                    info = key == "title" ? info with { Title = value } : info with { Source = value };
                    break;
                default:
                    return (info, new TextSpan(position, raw.Length));
            }

            position = nextLine;
        }

        return (info, new TextSpan(position, raw.Length));
    }

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        || (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var dateTime)
            && (date = DateOnly.FromDateTime(dateTime)) != default);

    private static bool HasText(string raw, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(raw[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipSpaces(string raw, int i, int end)
    {
        while (i < end && (raw[i] == ' ' || raw[i] == '\t' || raw[i] == '\uFEFF' || raw[i] == '\u00A0'))
        {
            i++;
        }

        return i;
    }

    private static int FirstSpace(string raw, int i, int end)
    {
        while (i < end && !char.IsWhiteSpace(raw[i]))
        {
            i++;
        }

        return i;
    }
}
