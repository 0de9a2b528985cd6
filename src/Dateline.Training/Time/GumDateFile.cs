using System.Globalization;
using System.Text;

namespace Dateline.Training.Time;

/// <summary>A <c>&lt;date&gt;</c> of the GUM source XML: its span in the rebuilt text and its normalised attributes.</summary>
public sealed record GumDate(int Start, int End, string? When, string? From, string? To);

/// <summary>
/// One GUM source XML document (one token a line, tab-separated, with TEI-like tags on lines of their own),
/// rebuilt as plain text so the time recognizer can read it. GUM keeps no spacing, so words are joined by a
/// space except before closing punctuation and clitics and after opening brackets; tokens inside
/// <c>&lt;w&gt;</c> are joined without one. Paragraph-level elements start a new paragraph.
/// </summary>
public sealed class GumDateFile
{
    private static readonly string[] ParagraphElements = ["p", "head", "sp", "item", "list", "figure", "caption", "l", "lg", "quote", "table", "row"];

    private GumDateFile(string genre, DateOnly? created, string plain, IReadOnlyList<GumDate> dates)
    {
        Genre = genre;
        Created = created;
        Plain = plain;
        Dates = dates;
    }

    /// <summary>The GUM genre (<c>news</c>, <c>bio</c>, <c>interview</c>, …).</summary>
    public string Genre { get; }

    /// <summary>The <c>dateCreated</c> of the source page, the reference for relative dates in news.</summary>
    public DateOnly? Created { get; }

    public string Plain { get; }

    public IReadOnlyList<GumDate> Dates { get; }

    public static GumDateFile Parse(string xml)
    {
        var plain = new StringBuilder(xml.Length / 4);
        var dates = new List<GumDate>();
        var open = new Stack<(int Start, string Tag)>();
        string genre = "", previous = "";
        DateOnly? created = null;
        bool insideWord = false, joinNext = false, paragraphPending = false;
        foreach (string rawLine in xml.Split('\n'))
        {
            string line = rawLine.TrimEnd('\r');
            if (line.StartsWith('<'))
            {
                string name = ElementName(line);
                if (name == "text" && !line.StartsWith("</", StringComparison.Ordinal))
                {
                    genre = TimeMlFile.Attribute(line, "type") ?? "";
                    created = DateOf(TimeMlFile.Attribute(line, "dateCreated"));
                }

                paragraphPending |= Array.IndexOf(ParagraphElements, name) >= 0;
                if (name == "w")
                {
                    insideWord = !line.StartsWith("</", StringComparison.Ordinal);
                    joinNext = false;
                }
                else if (name == "date" && line.StartsWith("</", StringComparison.Ordinal) && open.Count > 0)
                {
                    var (start, tag) = open.Pop();
                    dates.Add(new GumDate(start, plain.Length, TimeMlFile.Attribute(tag, "when"), TimeMlFile.Attribute(tag, "from") ?? TimeMlFile.Attribute(tag, "notBefore"), TimeMlFile.Attribute(tag, "to") ?? TimeMlFile.Attribute(tag, "notAfter")));
                }
                else if (name == "date")
                {
                    open.Push((-1, line));
                }

                continue;
            }

            int tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                continue;
            }

            string word = line[..tab];
            if (plain.Length > 0)
            {
                if (paragraphPending)
                {
                    plain.Append("\n\n");
                }
                else if (!joinNext && NeedsSpace(previous, word))
                {
                    plain.Append(' ');
                }
            }

            paragraphPending = false;
            FixPendingStarts(open, plain.Length);
            plain.Append(word);
            previous = word;
            joinNext = insideWord;
        }

        return new GumDateFile(genre, created, plain.ToString(), dates);
    }

    /// <summary>A date opens before its first word; its start is known once that word's spacing is written.</summary>
    private static void FixPendingStarts(Stack<(int Start, string Tag)> open, int at)
    {
        if (open.Count == 0 || open.Peek().Start >= 0)
        {
            return;
        }

        var pending = new List<(int, string)>();
        while (open.Count > 0 && open.Peek().Start < 0)
        {
            pending.Add((at, open.Pop().Tag));
        }

        for (int k = pending.Count - 1; k >= 0; k--)
        {
            open.Push(pending[k]);
        }
    }

    private static bool NeedsSpace(string previous, string word)
    {
        if (previous is "(" or "[" or "$" or "“" or "#" || word is "," or "." or ";" or ":" or "!" or "?" or ")" or "]" or "%" or "”" or "...")
        {
            return false;
        }

        // "'s", "'re" join the word before; a clipped year ("class of '71") does not.
        return !(word.StartsWith('\'') && word.Length <= 3 && !(previous is "'" or "\"") && !(word.Length > 1 && char.IsAsciiDigit(word[1]))) && !word.Equals("n't", StringComparison.OrdinalIgnoreCase);
    }

    private static string ElementName(string line)
    {
        int start = line.StartsWith("</", StringComparison.Ordinal) ? 2 : 1;
        int end = start;
        while (end < line.Length && char.IsAsciiLetterOrDigit(line[end]))
        {
            end++;
        }

        return line[start..end];
    }

    private static DateOnly? DateOf(string? value) =>
        value is { Length: 10 } && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
