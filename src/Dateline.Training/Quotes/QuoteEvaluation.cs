using System.Globalization;
using Dateline.Documents;
using Dateline.Quotes;
using Dateline.Reading;

namespace Dateline.Training.Quotes;

/// <summary>Counts for one slice of the evaluation (all attributions, or direct quotes alone).</summary>
public sealed class AttributionScore
{
    public int Gold { get; set; }

    public int System { get; set; }

    public int Matched { get; set; }

    public int MatchedWithSource { get; set; }

    public int SourceRight { get; set; }

    public double Precision => System == 0 ? 0 : (double)Matched / System;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double SourceAccuracy => MatchedWithSource == 0 ? 0 : (double)SourceRight / MatchedWithSource;

    public double Attribution => F1 * SourceAccuracy;

    public string Describe(string name) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-8} gold {Gold,5}  system {System,5}  content P {Precision:F3} R {Recall:F3} F1 {F1:F3}  source acc {SourceAccuracy:F3} ({SourceRight}/{MatchedWithSource})  attribution F1 {Attribution:F3}");
}

/// <summary>
/// PolNeAR attribution evaluation. A system attribution is the union of quotes sharing a cue; it finds a gold
/// attribution when their character F1 is ≥ 0.5 (one-to-one, best pairs first); the source is right when the
/// system's speaker mention overlaps the gold Source span. "Direct" is the slice whose gold content starts and
/// ends with a quote mark (and, for precision, system attributions holding a direct quote).
/// </summary>
public sealed class QuoteEvaluation
{
    private const double MatchThreshold = 0.5;

    public AttributionScore All { get; } = new();

    public AttributionScore Direct { get; } = new();

    public List<string> Errors { get; } = [];

    /// <summary>System quotes of the documents whose id contains the <c>show</c> filter, for reading.</summary>
    public List<string> Shown { get; } = [];

    /// <summary>Whether the error listing keeps direct-quote errors only (gold direct, or system attributions holding a direct quote).</summary>
    public bool DirectErrorsOnly { get; init; }

    public static QuoteEvaluation Run(string directory, int errorsToKeep, string? show = null, bool directErrorsOnly = false)
    {
        var dates = ReadDates(Path.Combine(directory, "..", "metadata.tsv"));
        var evaluation = new QuoteEvaluation { DirectErrorsOnly = directErrorsOnly };
        var annotationFiles = Directory.GetFiles(Path.Combine(directory, "attributions"), "*.ann").Order(StringComparer.Ordinal).ToArray();
        var results = annotationFiles.AsParallel().AsOrdered().Select(annotation =>
        {
            string name = Path.GetFileNameWithoutExtension(annotation);
            string textName = name[..name.LastIndexOf('_')];
            string text = File.ReadAllText(Path.Combine(directory, "text", textName + ".txt"));
            var document = new Document(textName, text, new ArticleInfo { Date = dates.GetValueOrDefault(textName) }, new TextSpan(0, text.Length));
            var analysed = QuotePipeline.Run(document);
            return (analysed, gold: BratAttributions.Parse(File.ReadLines(annotation)));
        }).ToArray();
        foreach (var (analysed, gold) in results)
        {
            if (show is not null && analysed.Id.Contains(show, StringComparison.Ordinal))
            {
                evaluation.Shown.AddRange(analysed.Get<QuoteLayer>().Quotes.Select(q =>
                    $"{q.Kind} [{q.Sieve}{(q.ExtentRule is { } rule ? "+" + rule : "")}] speaker={q.Speaker} mention={(q.SpeakerMention is { } m ? analysed.Text(m) : "-")} cue={(q.Cue is { } c ? analysed.Text(c) : "-")}: {Clip(analysed.Text(q.Span))}"));
            }

            evaluation.Score(analysed, gold, errorsToKeep);
        }

        return evaluation;
    }

    private sealed record SystemAttribution(TextSpan[] Content, TextSpan? Speaker, bool IsDirect, string Sieve, string? SpeakerName, TextSpan? Cue);

    private void Score(Document document, IReadOnlyList<GoldAttribution> gold, int errorsToKeep)
    {
        var system = Group(document.Get<QuoteLayer>().Quotes);
        var goldContent = gold.Select(g => SpanSets.Merge(g.Content)).ToArray();
        var pairs = new List<(double F1, int Gold, int System)>();
        for (int g = 0; g < gold.Count; g++)
        {
            for (int s = 0; s < system.Count; s++)
            {
                double f1 = SpanSets.F1(system[s].Content, goldContent[g]);
                if (f1 >= MatchThreshold)
                {
                    pairs.Add((f1, g, s));
                }
            }
        }

        var goldTaken = new bool[gold.Count];
        var systemTaken = new bool[system.Count];
        foreach (var (_, g, s) in pairs.OrderByDescending(p => p.F1))
        {
            if (goldTaken[g] || systemTaken[s])
            {
                continue;
            }

            goldTaken[g] = systemTaken[s] = true;
            bool direct = IsDirect(document, goldContent[g]);
            bool hasSource = gold[g].Source.Count > 0;
            bool right = hasSource && system[s].Speaker is { } speaker && SpanSets.AnyOverlap(speaker, gold[g].Source);
            foreach (var score in direct ? [All, Direct] : new[] { All })
            {
                score.Matched++;
                score.MatchedWithSource += hasSource ? 1 : 0;
                score.SourceRight += right ? 1 : 0;
            }

            if (DirectErrorsOnly && system[s].IsDirect && !direct)
            {
                // Counts against direct precision: the system's direct attribution matched content gold does not call direct.
                Keep(errorsToKeep, true, $"NONDIRECT {document.Id} [{system[s].Sieve}] system {Clip(Text(document, system[s].Content))} || gold {Clip(Text(document, gold[g].Content))}");
            }

            if (hasSource && !right)
            {
                Keep(errorsToKeep, direct, $"SOURCE {document.Id}: gold '{Text(document, gold[g].Source)}'@{Offsets(gold[g].Source)} system '{(system[s].Speaker is { } sp ? document.Text(sp) : "-")}'@{system[s].Speaker?.Start} ({system[s].SpeakerName}) [{system[s].Sieve}] cue '{(system[s].Cue is { } cue ? document.Text(cue) : "-")}'@{system[s].Cue?.Start} in @{goldContent[g][0].Start}: {Clip(Text(document, gold[g].Content))}");
            }
        }

        for (int g = 0; g < gold.Count; g++)
        {
            bool direct = IsDirect(document, goldContent[g]);
            All.Gold++;
            Direct.Gold += direct ? 1 : 0;
            if (!goldTaken[g])
            {
                Keep(errorsToKeep, direct, $"MISSED {document.Id}{(direct ? " (direct)" : "")}: [{Text(document, gold[g].Source)}] [{Text(document, gold[g].Cue)}] {Clip(Text(document, gold[g].Content))}");
            }
        }

        for (int s = 0; s < system.Count; s++)
        {
            All.System++;
            Direct.System += system[s].IsDirect ? 1 : 0;
            if (!systemTaken[s])
            {
                Keep(errorsToKeep, system[s].IsDirect, $"SPURIOUS {document.Id} [{system[s].Sieve}] [{(system[s].Speaker is { } sp ? document.Text(sp) : "-")}] {Clip(Text(document, system[s].Content))}");
            }
        }
    }

    /// <summary>Quotes sharing a cue form one attribution ("“…,” he said. “…”" and partial quotes inside reported speech).</summary>
    private static List<SystemAttribution> Group(IReadOnlyList<Quote> quotes)
    {
        var groups = new List<SystemAttribution>();
        foreach (var group in quotes.GroupBy(q => q.Cue is { } cue ? (object)cue : q))
        {
            var members = group.ToArray();
            groups.Add(new SystemAttribution(
                SpanSets.Merge(members.Select(q => q.Span)),
                members.Select(q => q.SpeakerMention).FirstOrDefault(m => m is not null),
                members.Any(q => q.Kind == QuoteKind.Direct),
                members[0].Sieve,
                members[0].Speaker,
                members.Select(q => q.Cue).FirstOrDefault(c => c is not null)));
        }

        return groups;
    }

    private static bool IsDirect(Document document, TextSpan[] content) =>
        content.Length > 0 && IsQuoteMark(document.Raw[content[0].Start]) && IsQuoteMark(document.Raw[content[^1].End - 1]);

    private static bool IsQuoteMark(char c) => c is '“' or '”' or '"' or '‘' or '’' or '«' or '»' or '\'';

    private static string Text(Document document, IEnumerable<TextSpan> spans) => string.Join(" | ", spans.Select(document.Text));

    private static string Offsets(IEnumerable<TextSpan> spans) => string.Join(",", spans.Select(s => s.Start));

    private static string Clip(string text) => text.Length > 160 ? text[..160] + "…" : text.ReplaceLineEndings(" ");

    private void Keep(int limit, bool direct, string error)
    {
        if (Errors.Count < limit && (direct || !DirectErrorsOnly))
        {
            Errors.Add(error.ReplaceLineEndings(" "));
        }
    }

    private static Dictionary<string, DateOnly> ReadDates(string metadata)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        if (!File.Exists(metadata))
        {
            return dates;
        }

        foreach (var line in File.ReadLines(metadata).Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length > 5 && DateOnly.TryParse(fields[5], CultureInfo.InvariantCulture, out var date))
            {
                dates[fields[1]] = date;
            }
        }

        return dates;
    }
}
