using System.Globalization;
using Dateline.Training.Corpora;
using Dateline.Training.Entities;

namespace Dateline.Training.Time;

/// <summary>A GUM CoNLL-U document rebuilt as text, with its creation date and its time mentions as character spans.</summary>
/// <param name="Mentions">Each time mention: its character span and the lowercase form of its head token.</param>
/// <param name="Tokens">Each gold token's character span and lowercase form, with the token its dependency head is (-1 at the root), document-wide.</param>
public sealed record GumTimeDocument(
    string Id,
    string Text,
    DateOnly? Created,
    IReadOnlyList<(int Start, int End, string Head)> Mentions,
    IReadOnlyList<(int Start, int End, string Form, int Head)> Tokens);

/// <summary>
/// Reads the <c>time</c> mentions of GUM's <c>Entity=</c> brackets (noun phrases, not TIMEX3 extents: "the last
/// three years", "every morning", "a time when …"), so that the time layer's coverage of expression kinds can be
/// checked on genres TimeBank lacks. The text is the gold tokens joined as <c>SpaceAfter</c> says, a sentence a line.
/// </summary>
public static class GumTimeMentions
{
    public static List<GumTimeDocument> Read(TextReader reader)
    {
        var documents = new List<GumTimeDocument>();
        string? id = null;
        DateOnly? created = null;
        var text = new System.Text.StringBuilder();
        var mentions = new List<(int, int, string)>();
        var tokens = new List<(int, int, string, int)>();

        void Flush()
        {
            if (id is not null)
            {
                documents.Add(new GumTimeDocument(id, text.ToString(), created, mentions.ToArray(), tokens.ToArray()));
            }

            text.Clear();
            mentions.Clear();
            tokens.Clear();
            created = null;
        }

        foreach (var block in Conllu.ReadBlocks(reader))
        {
            foreach (string line in block.Lines.Where(l => l.StartsWith('#')))
            {
                if (line.StartsWith("# newdoc id", StringComparison.Ordinal))
                {
                    Flush();
                    id = line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim();
                }
                else if (line.StartsWith("# meta::dateCreated", StringComparison.Ordinal)
                    && DateOnly.TryParseExact(line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    created = date;
                }
            }

            var rows = block.WordLines.Select(i => block.Lines[i].Split('\t')).ToArray();
            int offset = tokens.Count;
            var spans = new (int Start, int End)[rows.Length];
            for (int i = 0; i < rows.Length; i++)
            {
                string form = rows[i][ConlluBlock.FormColumn];
                spans[i] = (text.Length, text.Length + form.Length);
                text.Append(form);
                bool glued = rows[i].Length > GumEntities.MiscColumn && rows[i][GumEntities.MiscColumn].Split('|').Contains("SpaceAfter=No");
                text.Append(i == rows.Length - 1 ? "\n" : glued ? "" : " ");
                int head = int.TryParse(rows[i][GumEntities.HeadColumn], out int h) && h > 0 ? offset + h - 1 : -1;
                tokens.Add((spans[i].Start, spans[i].End, form.ToLowerInvariant(), head));
            }

            foreach (var (first, end, type, _) in GumEntities.Mentions(rows))
            {
                if (type == "time")
                {
                    mentions.Add((spans[first].Start, spans[end - 1].End, HeadForm(tokens, offset + first, offset + end)));
                }
            }
        }

        Flush();
        return documents;
    }

    /// <summary>The lowercase form of the head of tokens [first, end): the first whose dependency head lies outside them.</summary>
    public static string HeadForm(IReadOnlyList<(int Start, int End, string Form, int Head)> tokens, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            if (tokens[i].Head < first || tokens[i].Head >= end)
            {
                return tokens[i].Form;
            }
        }

        return first < end ? tokens[first].Form : "";
    }

    /// <summary>The head form of the gold tokens that a character span touches.</summary>
    public static string HeadOfSpan(GumTimeDocument document, int start, int end)
    {
        int low = 0, high = document.Tokens.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            (low, high) = document.Tokens[middle].End <= start ? (middle + 1, high) : (low, middle);
        }

        int first = -1, last = -1;
        for (int i = low; i < document.Tokens.Count && document.Tokens[i].Start < end; i++)
        {
            if (document.Tokens[i].Start < end && start < document.Tokens[i].End)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        return first < 0 ? "" : HeadForm(document.Tokens, first, last + 1);
    }
}

/// <summary>Counts of time mentions and timexes that meet nothing on the other side, grouped by head word.</summary>
public sealed class GumTimeMentionReport
{
    public int Mentions { get; private set; }

    public int Covered { get; private set; }

    public int Timexes { get; private set; }

    public int Touching { get; private set; }

    /// <summary>Time mentions no timex overlaps, by head word: count and up to a few examples.</summary>
    public SortedDictionary<string, (int Count, List<string> Examples)> Missed { get; } = new(StringComparer.Ordinal);

    /// <summary>Timexes that overlap no time mention, by head word: count and up to a few examples.</summary>
    public SortedDictionary<string, (int Count, List<string> Examples)> Unmatched { get; } = new(StringComparer.Ordinal);

    public int ExamplesPerHead { get; init; } = 3;

    /// <summary>Characters of text shown either side of each example (the example itself in brackets); 0 shows it alone.</summary>
    public int Context { get; init; }

    public void Add(GumTimeDocument document, IReadOnlyList<(int Start, int End)> timexes)
    {
        foreach (var (start, end, head) in document.Mentions)
        {
            Mentions++;
            if (timexes.Any(t => t.Start < end && start < t.End))
            {
                Covered++;
            }
            else
            {
                Note(Missed, head, Example(document.Text, start, end));
            }
        }

        foreach (var (start, end) in timexes)
        {
            Timexes++;
            if (document.Mentions.Any(m => m.Start < end && start < m.End))
            {
                Touching++;
            }
            else
            {
                Note(Unmatched, GumTimeMentions.HeadOfSpan(document, start, end), Example(document.Text, start, end));
            }
        }
    }

    public void Write(TextWriter writer)
    {
        writer.WriteLine(Summary());
        Write(writer, "missed", Missed);
        Write(writer, "unmatched", Unmatched);
    }

    public string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"time mentions {Mentions}  covered {Ratio(Covered, Mentions):0.000}  timexes {Timexes}  touching a mention {Ratio(Touching, Timexes):0.000}");

    private string Example(string text, int start, int end) => Context == 0
        ? text[start..end]
        : $"{text[Math.Max(0, start - Context)..start]}[{text[start..end]}]{text[end..Math.Min(text.Length, end + Context)]}";

    private void Note(SortedDictionary<string, (int Count, List<string> Examples)> table, string head, string text)
    {
        var (count, examples) = table.TryGetValue(head, out var entry) ? entry : (0, new List<string>());
        if (examples.Count < ExamplesPerHead)
        {
            examples.Add(text.ReplaceLineEndings(" "));
        }

        table[head] = (count + 1, examples);
    }

    private static void Write(TextWriter writer, string kind, SortedDictionary<string, (int Count, List<string> Examples)> table)
    {
        foreach (var (head, (count, examples)) in table.OrderByDescending(e => e.Value.Count).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.WriteLine($"{kind}\t{count}\t{head}\t{string.Join(" | ", examples)}");
        }
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
