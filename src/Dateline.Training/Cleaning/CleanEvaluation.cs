using System.Globalization;
using System.Text;
using Dateline.Cleaning;
using Dateline.Documents;

namespace Dateline.Training.Cleaning;

/// <summary>
/// Runs the cleaner over clean, edited text (the sentences of CoNLL-U and CoNLL-2003 files) where every repair,
/// caption or source line it reports is a false positive. Each sentence is a line, documents split at
/// <c># newdoc</c> / <c>-DOCSTART-</c>, paragraphs at <c># newpar</c>.
/// </summary>
public static class CleanEvaluation
{
    private const double PerWords = 10_000;

    public sealed record Hit(string File, int Document, string What, string Detail, string Line);

    public sealed record FileResult(string File, long Words, int Documents, int Repairs, int Captions, int Attributions, IReadOnlyList<Hit> Hits)
    {
        public double RepairsPer10K => Words == 0 ? 0 : Repairs * PerWords / Words;

        public double CaptionsAndAttributionsPer10K => Words == 0 ? 0 : (Captions + Attributions) * PerWords / Words;
    }

    public static FileResult Evaluate(string path)
    {
        var documents = ReadDocuments(path);
        var hits = new List<Hit>();
        long words = 0;
        int repairs = 0, captions = 0, attributions = 0;
        for (int index = 0; index < documents.Count; index++)
        {
            string raw = documents[index];
            words += TextScan.CountWords(raw);
            var layer = Cleaner.Clean(raw, new TextSpan(0, raw.Length));
            repairs += layer.Repairs.Count;
            captions += layer.Captions.Count;
            attributions += layer.Attributions.Count;
            hits.AddRange(layer.Repairs.Select(r => new Hit(path, index, $"repair {r.Kind}", $"{r.Original} -> {r.Replacement} ({r.Rule})", LineAround(raw, r.Span.Start))));
            hits.AddRange(layer.Captions.Select(c => new Hit(path, index, "caption", $"credit {c.Credit} ({c.Rule})", LineAround(raw, c.Span.Start))));
            hits.AddRange(layer.Attributions.Select(a => new Hit(path, index, "attribution", $"agency {a.Agency} ({a.Rule})", LineAround(raw, a.Span.Start))));
        }

        return new FileResult(path, words, documents.Count, repairs, captions, attributions, hits);
    }

    public static void Report(TextWriter output, IEnumerable<FileResult> results)
    {
        foreach (var result in results)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{result.File}: {result.Words:N0} words, {result.Documents} documents; repairs {result.Repairs} = {result.RepairsPer10K:F2} per 10,000 words; captions {result.Captions}, attributions {result.Attributions} = {result.CaptionsAndAttributionsPer10K:F2} per 10,000 words"));
            foreach (var hit in result.Hits)
            {
                output.WriteLine($"  doc {hit.Document}: {hit.What}: {hit.Detail}\n      | {hit.Line}");
            }
        }
    }

    /// <summary>One string per document: a sentence a line, a blank line between paragraphs.</summary>
    internal static List<string> ReadDocuments(string path)
    {
        var documents = new List<string>();
        var current = new StringBuilder();
        var tokens = new List<string>();
        bool conllu = path.EndsWith(".conllu", StringComparison.OrdinalIgnoreCase);
        foreach (string line in File.ReadLines(path))
        {
            if (conllu)
            {
                ReadConlluLine(line, documents, current);
            }
            else
            {
                ReadConllLine(line, documents, current, tokens);
            }
        }

        EndSentence(current, tokens);
        EndDocument(documents, current);
        return documents;
    }

    private static void ReadConlluLine(string line, List<string> documents, StringBuilder current)
    {
        if (line.StartsWith("# newdoc", StringComparison.Ordinal))
        {
            EndDocument(documents, current);
        }
        else if (line.StartsWith("# newpar", StringComparison.Ordinal) && current.Length > 0)
        {
            current.Append('\n');
        }
        else if (line.StartsWith("# text = ", StringComparison.Ordinal))
        {
            current.Append(line.AsSpan(9)).Append('\n');
        }
    }

    private static void ReadConllLine(string line, List<string> documents, StringBuilder current, List<string> tokens)
    {
        if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
        {
            EndSentence(current, tokens);
            EndDocument(documents, current);
        }
        else if (string.IsNullOrWhiteSpace(line))
        {
            EndSentence(current, tokens);
        }
        else
        {
            int space = line.IndexOf(' ', StringComparison.Ordinal);
            tokens.Add(space < 0 ? line : line[..space]);
        }
    }

    private static void EndSentence(StringBuilder current, List<string> tokens)
    {
        if (tokens.Count > 0)
        {
            current.AppendJoin(' ', tokens).Append('\n');
            tokens.Clear();
        }
    }

    private static void EndDocument(List<string> documents, StringBuilder current)
    {
        if (current.Length > 0)
        {
            documents.Add(current.ToString());
            current.Clear();
        }
    }

    private static string LineAround(string raw, int offset)
    {
        int start = raw.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        int end = raw.IndexOf('\n', offset);
        return raw[start..(end < 0 ? raw.Length : end)];
    }
}
