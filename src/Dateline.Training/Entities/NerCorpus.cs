namespace Dateline.Training.Entities;

/// <summary>One gold sentence: words, IOB2 tags, and the input lines as read (for echoing them back).</summary>
public sealed record NerSentence(string[] Words, string[] Tags, string[] Lines);

/// <summary>One document: its sentences, plus the lines that stood before its first sentence (a <c>-DOCSTART-</c>).</summary>
public sealed record NerDocument(List<NerSentence> Sentences, List<string> Preamble);

/// <summary>
/// Reads NER corpora: CoNLL-2003 (space-separated <c>word POS chunk tag</c>, IOB1, <c>-DOCSTART-</c> lines) and
/// UNER (tab-separated <c>index word tag …</c>, IOB2, <c># newdoc</c> comments). Tags come back as IOB2; a missing
/// tag column (input to be tagged) reads as O.
/// </summary>
public static class NerCorpus
{
    public static List<NerDocument> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    public static List<NerDocument> Read(TextReader reader)
    {
        var documents = new List<NerDocument>();
        var current = new NerDocument([], []);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal) || line.StartsWith("# newdoc", StringComparison.Ordinal))
            {
                Flush(current, lines);
                if (current.Sentences.Count > 0)
                {
                    documents.Add(current);
                    current = new NerDocument([], []);
                }

                current.Preamble.Add(line);
                continue;
            }

            // "# text = …" comments (UNER); a CoNLL line for the token "#" has no " = ".
            if (line.StartsWith("# ", StringComparison.Ordinal) && line.Contains(" = ", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.Trim().Length == 0)
            {
                if (lines.Count == 0 && current.Sentences.Count == 0)
                {
                    current.Preamble.Add(line);
                }

                Flush(current, lines);
                continue;
            }

            lines.Add(line);
        }

        Flush(current, lines);
        if (current.Sentences.Count > 0 || current.Preamble.Count > 0)
        {
            documents.Add(current);
        }

        return documents;
    }

    /// <summary>IOB1 (I- may open an entity; B- only separates two adjacent ones) → IOB2.</summary>
    public static string[] ToIob2(string[] tags)
    {
        var result = new string[tags.Length];
        for (int i = 0; i < tags.Length; i++)
        {
            var tag = tags[i];
            if (tag.StartsWith("I-", StringComparison.Ordinal))
            {
                bool continues = i > 0 && tags[i - 1].Length > 2 && tags[i - 1][2..] == tag[2..];
                result[i] = continues ? tag : "B-" + tag[2..];
            }
            else
            {
                result[i] = tag;
            }
        }

        return result;
    }

    /// <summary>Entity spans <c>(first, end, type)</c> of an IOB2 sequence; a stray I- opens an entity.</summary>
    public static List<(int First, int End, string Type)> Spans(IReadOnlyList<string> tags)
    {
        var spans = new List<(int, int, string)>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            bool continues = tag.StartsWith("I-", StringComparison.Ordinal) && type == tag[2..];
            if (continues)
            {
                continue;
            }

            if (type is not null)
            {
                spans.Add((start, i, type));
                type = null;
            }

            if (tag.Length > 2)
            {
                start = i;
                type = tag[2..];
            }
        }

        return spans;
    }

    private static void Flush(NerDocument document, List<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        bool tabbed = lines[0].Contains('\t', StringComparison.Ordinal);
        var words = new string[lines.Count];
        var tags = new string[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            var fields = tabbed ? lines[i].Split('\t') : lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tabbed)
            {
                words[i] = fields.Length > 1 ? fields[1] : fields[0];
                tags[i] = fields.Length > 2 ? fields[2] : "O";
            }
            else
            {
                words[i] = fields[0];
                tags[i] = fields.Length >= 4 ? fields[3] : "O";
            }
        }

        document.Sentences.Add(new NerSentence(words, tabbed ? tags : ToIob2(tags), [.. lines]));
        lines.Clear();
    }
}
