using System.Text.Json;
using Dateline.Documents;

namespace Dateline.Reading;

/// <summary>
/// Turns inputs (a <c>.txt</c> article, a <c>.jsonl</c> file of articles, or <c>-</c> for stdin) into documents.
/// Never throws for bad input: each failure becomes a <see cref="ReadResult"/> with a one-line error.
/// </summary>
public sealed class ArticleReader(DateOnly? fallbackDate, Func<Stream> openStdin)
{
    /// <summary>Inputs above this are refused rather than risk exhausting memory mid-batch.</summary>
    public const long MaxInputBytes = 512L * 1024 * 1024;

    public IEnumerable<ReadResult> Read(string input)
    {
        byte[] bytes;
        try
        {
            if (input == "-")
            {
                using var stdin = openStdin();
                using var buffer = new MemoryStream();
                stdin.CopyTo(buffer);
                bytes = buffer.ToArray();
            }
            else if (Directory.Exists(input))
            {
                return [ReadResult.Failure(input, "is a directory, not an article file")];
            }
            else if (!File.Exists(input))
            {
                return [ReadResult.Failure(input, "no such file")];
            }
            else if (new FileInfo(input).Length > MaxInputBytes)
            {
                return [ReadResult.Failure(input, $"too large ({new FileInfo(input).Length:N0} bytes; the limit is {MaxInputBytes:N0})")];
            }
            else
            {
                bytes = File.ReadAllBytes(input);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Failure(input, e.Message.ReplaceLineEndings(" "))];
        }

        string? text = TextDecoder.TryDecode(bytes, out string? error);
        if (text is null)
        {
            return [ReadResult.Failure(input, error!)];
        }

        return input.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || input.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
            ? ReadJsonLines(input, text)
            : [ReadResult.Success(FromPlainText(input, text, fallbackDate))];
    }

    /// <summary>Builds a document from a <c>.txt</c> article: header lines first, then the body.</summary>
    public static Document FromPlainText(string id, string text, DateOnly? fallbackDate)
    {
        var (info, body) = HeaderParser.Parse(text, out var unreadableDate);
        if (info.Date is null && fallbackDate is not null)
        {
            info = info with { Date = fallbackDate, DateSource = DateSource.Argument };
        }

        var document = new Document(id, text, info, body);
        if (unreadableDate is { } line)
        {
            document = document.WithWarning(new DocumentWarning("DATE_UNREADABLE", $"the header line '{text[line.Start..line.End].Trim()}' holds no calendar date; it was read as body text{(info.Date is null ? "" : " and --date was used")}", [line]));
        }

        if (IsBlank(text.AsSpan(body.Start, body.Length)))
        {
            return document.WithWarning(new DocumentWarning("EMPTY_INPUT", "the article has no body text"));
        }

        return LooksLikeHtml(text.AsSpan(body.Start, body.Length))
            ? document.WithWarning(new DocumentWarning("HTML_AS_TEXT", "the input looks like an HTML page, which is not extracted yet: its markup was analysed as text"))
            : document;
    }

    /// <summary>A page, not an article: it opens with markup and names the page's structure early on.</summary>
    private static bool LooksLikeHtml(ReadOnlySpan<char> body)
    {
        body = body.TrimStart();
        if (body.IsEmpty || body[0] != '<')
        {
            return false;
        }

        var head = body[..Math.Min(body.Length, 2048)];
        return head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<head", StringComparison.OrdinalIgnoreCase);
    }

    private IEnumerable<ReadResult> ReadJsonLines(string input, string text)
    {
        int lineNumber = 0;
        using var lines = new StringReader(text);
        while (lines.ReadLine() is { } line)
        {
            lineNumber++;
            if (!IsBlank(line))
            {
                yield return ParseJsonLine(input, lineNumber, line);
            }
        }
    }

    private ReadResult ParseJsonLine(string input, int lineNumber, string line)
    {
        string where = $"{input}:{lineNumber}";
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ReadResult.Failure(where, "line is not a JSON object");
            }

            string id = GetString(root, "id") ?? where;
            string? body = GetString(root, "text");
            if (body is null)
            {
                return ReadResult.Failure(id, GetString(root, "html") is null
                    ? $"{where}: article has neither \"text\" nor \"html\""
                    : $"{where}: \"html\" articles are not supported yet; give \"text\"");
            }

            var info = new ArticleInfo { Url = GetString(root, "url"), Title = GetString(root, "title") };
            string? dateText = GetString(root, "date");
            if (dateText is not null && HeaderParser.TryParseDate(dateText, out var date))
            {
                info = info with { Date = date, DateSource = DateSource.Header };
            }
            else if (fallbackDate is not null)
            {
                info = info with { Date = fallbackDate, DateSource = DateSource.Argument };
            }

            var document = new Document(id, body, info, new TextSpan(0, body.Length));
            if (dateText is not null && info.DateSource != DateSource.Header)
            {
                document = document.WithWarning(new DocumentWarning("DATE_UNREADABLE", $"\"date\" {JsonSerializer.Serialize(dateText)} is not a calendar date; {(info.Date is null ? "the article is undated" : "--date was used")}"));
            }

            return ReadResult.Success(IsBlank(body) ? document.WithWarning(new DocumentWarning("EMPTY_INPUT", "the article has no body text")) : document);
        }
        catch (JsonException e)
        {
            return ReadResult.Failure(where, $"malformed JSON ({e.Message.ReplaceLineEndings(" ")})");
        }
    }

    private static string? GetString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool IsBlank(ReadOnlySpan<char> text) => text.IsWhiteSpace();
}
