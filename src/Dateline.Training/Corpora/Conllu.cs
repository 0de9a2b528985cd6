namespace Dateline.Training.Corpora;

/// <summary>One CoNLL-U sentence block: its lines as read (comments, ranges, empty nodes, words).</summary>
public sealed class ConlluBlock(List<string> lines)
{
    public const int FormColumn = 1;
    public const int LemmaColumn = 2;
    public const int UposColumn = 3;

    public List<string> Lines { get; } = lines;

    /// <summary>Indices of the word lines (integer ID); multiword ranges (1-2) and empty nodes (1.1) are not words.</summary>
    public int[] WordLines => Enumerable.Range(0, Lines.Count).Where(i => IsWordLine(Lines[i])).ToArray();

    public string[] Column(int column) => WordLines.Select(i => Lines[i].Split('\t')[column]).ToArray();

    /// <summary>Replaces column <paramref name="column"/> of each word line, in order.</summary>
    public void SetColumn(int column, IReadOnlyList<string> values)
    {
        var wordLines = WordLines;
        for (int w = 0; w < wordLines.Length; w++)
        {
            var fields = Lines[wordLines[w]].Split('\t');
            if (fields.Length > column)
            {
                fields[column] = values[w];
                Lines[wordLines[w]] = string.Join('\t', fields);
            }
        }
    }

    private static bool IsWordLine(string line)
    {
        if (line.Length == 0 || line[0] == '#')
        {
            return false;
        }

        int tab = line.IndexOf('\t', StringComparison.Ordinal);
        var id = tab < 0 ? line.AsSpan() : line.AsSpan(0, tab);
        foreach (char c in id)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return id.Length > 0;
    }
}

/// <summary>Reads CoNLL-U as sentence blocks separated by blank lines.</summary>
public static class Conllu
{
    public static IEnumerable<ConlluBlock> ReadBlocks(TextReader reader)
    {
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                if (lines.Count > 0)
                {
                    yield return new ConlluBlock(lines);
                    lines = [];
                }

                continue;
            }

            lines.Add(line);
        }

        if (lines.Count > 0)
        {
            yield return new ConlluBlock(lines);
        }
    }

    /// <summary>The gold words of a treebank file: form, lemma and UPOS per word, sentence by sentence.</summary>
    public static IEnumerable<GoldSentence> ReadGold(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var block in ReadBlocks(reader))
        {
            var words = block.WordLines.Select(i => block.Lines[i].Split('\t')).ToArray();
            if (words.Length > 0)
            {
                yield return new GoldSentence(
                    words.Select(f => f[ConlluBlock.FormColumn]).ToArray(),
                    words.Select(f => f[ConlluBlock.LemmaColumn]).ToArray(),
                    words.Select(f => f[ConlluBlock.UposColumn]).ToArray());
            }
        }
    }
}

public sealed record GoldSentence(string[] Forms, string[] Lemmas, string[] Upos);
