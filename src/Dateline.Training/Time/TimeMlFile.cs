using System.Globalization;
using System.Text;
using Dateline.Documents;
using Dateline.Time;

namespace Dateline.Training.Time;

/// <summary>A TIMEX3 in the tag-stripped TEXT of a TimeML file.</summary>
public sealed record TimeMlTimex(int Start, int End, string Type, string Value);

/// <summary>
/// A TimeML (TempEval-3) file: the DCT, the TEXT with every tag stripped, and the TIMEX3 found in it. The
/// plain text keeps XML entities as written, so writing it back needs no escaping.
/// </summary>
public sealed class TimeMlFile
{
    private const string TextOpen = "<TEXT>";
    private const string TextClose = "</TEXT>";

    private TimeMlFile(string prefix, string plain, string suffix, DateOnly? creationDate, IReadOnlyList<TimeMlTimex> timexes)
    {
        Prefix = prefix;
        Plain = plain;
        Suffix = suffix;
        CreationDate = creationDate;
        Timexes = timexes;
    }

    /// <summary>Everything up to and including <c>&lt;TEXT&gt;</c>.</summary>
    public string Prefix { get; }

    public string Plain { get; }

    /// <summary>Everything from <c>&lt;/TEXT&gt;</c> on.</summary>
    public string Suffix { get; }

    public DateOnly? CreationDate { get; }

    public IReadOnlyList<TimeMlTimex> Timexes { get; }

    public static TimeMlFile Parse(string xml)
    {
        int open = xml.IndexOf(TextOpen, StringComparison.Ordinal);
        int close = xml.LastIndexOf(TextClose, StringComparison.Ordinal);
        if (open < 0 || close < open)
        {
            throw new InvalidDataException("no <TEXT> element");
        }

        int bodyStart = open + TextOpen.Length;
        var plain = new StringBuilder(close - bodyStart);
        var timexes = new List<TimeMlTimex>();
        (int Start, string Type, string Value)? pending = null;
        int i = bodyStart;
        while (i < close)
        {
            if (xml[i] != '<')
            {
                plain.Append(xml[i++]);
                continue;
            }

            int end = xml.IndexOf('>', i);
            if (end < 0 || end > close)
            {
                throw new InvalidDataException("unterminated tag in <TEXT>");
            }

            string tag = xml[i..(end + 1)];
            if (tag.StartsWith("<TIMEX3", StringComparison.Ordinal))
            {
                pending = (plain.Length, Attribute(tag, "type") ?? "DATE", Attribute(tag, "value") ?? "");
                if (tag.EndsWith("/>", StringComparison.Ordinal))
                {
                    pending = null;
                }
            }
            else if (tag.StartsWith("</TIMEX3", StringComparison.Ordinal) && pending is { } p)
            {
                timexes.Add(new TimeMlTimex(p.Start, plain.Length, p.Type, p.Value));
                pending = null;
            }

            i = end + 1;
        }

        return new TimeMlFile(xml[..bodyStart], plain.ToString(), xml[close..], CreationDateOf(xml[..open]), timexes);
    }

    /// <summary>Runs the recognizer on the plain text, dated by the DCT, after <paramref name="prepare"/> (e.g. tokenizer and POS tagger).</summary>
    public IReadOnlyList<Timex> Recognize(TimexRecognizer recognizer, string id, Func<Document, Document>? prepare = null)
    {
        var document = new Document(id, Plain, new ArticleInfo { Date = CreationDate, DateSource = DateSource.Header }, new TextSpan(0, Plain.Length));
        return recognizer.Process(prepare is null ? document : prepare(document)).Get<TimexLayer>().Timexes;
    }

    /// <summary>The file with the given TIMEX3 elements (sorted, non-overlapping) in place of the TEXT markup.</summary>
    public string Write(IReadOnlyList<Timex> timexes)
    {
        var output = new StringBuilder(Prefix, Prefix.Length + Plain.Length + Suffix.Length + (timexes.Count * 64));
        int at = 0, tid = 1;
        foreach (var timex in timexes.OrderBy(x => x.Span.Start))
        {
            if (timex.Span.Start < at)
            {
                continue;
            }

            output.Append(Plain, at, timex.Span.Start - at)
                .Append(CultureInfo.InvariantCulture, $"<TIMEX3 tid=\"t{tid++}\" type=\"{timex.Type}\" value=\"{timex.Value}\">")
                .Append(Plain, timex.Span.Start, timex.Span.Length)
                .Append("</TIMEX3>");
            at = timex.Span.End;
        }

        return output.Append(Plain, at, Plain.Length - at).Append(Suffix).ToString();
    }

    private static DateOnly? CreationDateOf(string head)
    {
        int dct = head.IndexOf("<DCT>", StringComparison.Ordinal);
        if (dct < 0)
        {
            return null;
        }

        int tagEnd = head.IndexOf('>', dct + 5);
        string? value = tagEnd > 0 ? Attribute(head[(dct + 5)..(tagEnd + 1)], "value") : null;
        return value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    /// <summary>The value of a double-quoted attribute in one XML start tag, or null.</summary>
    internal static string? Attribute(string tag, string name)
    {
        string key = " " + name + "=\"";
        int at = tag.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        int start = at + key.Length;
        int end = tag.IndexOf('"', start);
        return end < 0 ? null : tag[start..end];
    }
}
