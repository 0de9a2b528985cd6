using System.Globalization;
using System.Xml.Linq;
using Dateline.Documents;
using Dateline.Events;

namespace Dateline.Training.Events;

/// <summary>One PETRARCH unit-test record: the sentence, its date and the codings PETRARCH must produce.</summary>
public sealed record PetrarchRecord(string Id, string Category, int Date, string Text, IReadOnlyList<string> Expected, bool ExpectsNone, bool ExpectsError);

/// <summary>The outcome of <c>dateline eval events</c>.</summary>
public sealed record PetrarchScore(int Records, int Passed, int Skipped, int Expected, int Produced, int Correct, IReadOnlyList<string> Failures)
{
    public double PassRate => Records == 0 ? 0 : (double)Passed / Records;

    public double Precision => Produced == 0 ? 0 : (double)Correct / Produced;

    public double Recall => Expected == 0 ? 0 : (double)Correct / Expected;
}

/// <summary>
/// Runs PETRARCH2's unit-test records (PETR.UnitTest.records.xml, fictional actors in the PETR.Validate.*
/// dictionaries) through the event coder. The records' Treebank parses are ignored: the coder reads the text.
/// A record passes when every expected coding (source, target, code) is produced; "noevents" records pass when
/// nothing is coded; "error" records (malformed input tests) are skipped.
/// </summary>
public static class PetrarchUnitTests
{
    public static IReadOnlyList<PetrarchRecord> ReadRecords(string path)
    {
        var document = XDocument.Load(path);
        var records = new List<PetrarchRecord>();
        foreach (var sentence in document.Descendants("Sentence"))
        {
            var codings = sentence.Elements("EventCoding").ToList();
            var expected = codings
                .Where(c => c.Attribute("eventcode") is not null)
                .Select(c => Key((string?)c.Attribute("sourcecode"), (string?)c.Attribute("targetcode"), (string)c.Attribute("eventcode")!))
                .ToList();
            string text = string.Join(' ', ((string?)sentence.Element("Text") ?? string.Empty).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
            records.Add(new PetrarchRecord(
                (string?)sentence.Attribute("id") ?? "?",
                (string?)sentence.Attribute("category") ?? string.Empty,
                int.Parse((string?)sentence.Attribute("date") ?? "0", CultureInfo.InvariantCulture),
                text,
                expected,
                codings.Any(c => c.Attribute("noevents") is not null),
                codings.Any(c => c.Attribute("error") is not null)));
        }

        return records;
    }

    public static PetrarchScore Run(EventLexicon lexicon, IReadOnlyList<PetrarchRecord> records, Func<string, int, IEnumerable<ClauseEvent>>? coder = null)
    {
        coder ??= (text, date) => ClauseCoder.Code(lexicon, ClauseText.Scan(text, new TextSpan(0, text.Length)), date, []);
        int passed = 0, skipped = 0, expected = 0, produced = 0, correct = 0;
        var failures = new List<string>();
        foreach (var record in records)
        {
            if (record.ExpectsError)
            {
                skipped++;
                continue;
            }

            var codings = coder(record.Text, record.Date)
                .Where(e => e.Source is not null)
                .Select(e => Key(e.Source!.Code, e.Target?.Code ?? "---", e.Code))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var wanted = record.Expected.Distinct(StringComparer.Ordinal).ToList();
            int hits = wanted.Count(codings.Contains);
            expected += wanted.Count;
            produced += codings.Count;
            correct += hits;
            bool ok = record.ExpectsNone ? codings.Count == 0 : hits == wanted.Count;
            if (ok)
            {
                passed++;
            }
            else
            {
                failures.Add($"{record.Id}\texpected {string.Join(", ", wanted)}\tgot {string.Join(", ", codings)}\t{record.Text}");
            }
        }

        return new PetrarchScore(records.Count - skipped, passed, skipped, expected, produced, correct, failures);
    }

    /// <summary>
    /// Codes a record with the project's own annotations: the tokenizer and sentence splitter, the POS tagger when
    /// its model is present, then the event coder with <paramref name="lexicon"/>.
    /// </summary>
    public static Func<string, int, IEnumerable<ClauseEvent>> PipelineCoder(EventLexicon lexicon, bool withPos)
    {
        var components = new List<Dateline.Pipeline.IComponent> { new Dateline.Cleaning.Cleaner(), new Dateline.Text.TokenizerComponent() };
        if (withPos)
        {
            components.Add(new Dateline.Tagging.PosTagger());
        }

        var pipeline = Dateline.Pipeline.AnalysisPipeline.Build(components);
        return (text, date) =>
        {
            var day = DateOnly.ParseExact(date.ToString(CultureInfo.InvariantCulture), "yyyyMMdd", CultureInfo.InvariantCulture);
            var document = pipeline.Run(new Document("petr", text, new ArticleInfo { Date = day }, new TextSpan(0, text.Length)));
            var tokens = document.Get<Dateline.Text.TokenLayer>();
            var sentences = document.Get<Dateline.Text.SentenceLayer>();
            var tags = document.Find<Dateline.Tagging.PosLayer>()?.Tags;
            var memory = new ArticleMemory();
            var events = new List<ClauseEvent>();
            for (int s = 0; s < sentences.Count; s++)
            {
                int first = sentences.FirstTokens[s], end = sentences.EndTokens[s];
                var words = Enumerable.Range(first, end - first).Select(t => tokens.TextOf(document, t)).ToArray();
                var spans = Enumerable.Range(first, end - first).Select(tokens.SpanOf).ToArray();
                var clause = new ClauseText(words, spans, tags?[first..end]);
                events.AddRange(ClauseCoder.Code(lexicon, clause, date, [], memory));
            }

            return events;
        };
    }

    private static string Key(string? source, string? target, string code) => $"{source?.Trim('"')}>{target?.Trim('"')}:{code}";
}
