using System.Globalization;
using System.Text;
using Dateline.Documents;
using Dateline.Pipeline;
using Dateline.Tagging;
using Dateline.Text;

namespace Dateline.Training.Quotes;

/// <summary>
/// Derives <c>data/quotes/learned-cues.txt</c> from PolNeAR train: every verb lemma that opens gold cues often
/// enough (how often it opens one against how often it occurs as a verb at all), minus the words the curated
/// <c>cues.txt</c> already lists. Only words and counts are written, never corpus text. Deterministic: the same
/// corpus gives the same file.
/// </summary>
public static class QuoteCueLexiconBuilder
{
    public const int MinCueCount = 3;
    public const double MinCueRate = 0.18;

    /// <summary>An addressee or object stands between cue and content more often than not ("told reporters that").</summary>
    private const double ObjectShare = 0.5;

    /// <summary>Function words that open gold cues only as part of longer phrases ("in an interview", "also said").</summary>
    private static readonly HashSet<string> NeverCues = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "as", "at", "by", "for", "from", "in", "of", "on", "to", "with", "about",
        "that", "this", "what", "who", "which", "it", "he", "she", "they", "we", "i", "you", "is", "was", "are", "were", "be",
        "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "do", "does", "did", "not", "no",
    };

    private sealed class WordCounts
    {
        public int Occurrences;
        public int AsCue;
        public int ContentAfter;
        public int ObjectBetween;

        public void Add(WordCounts other)
        {
            Occurrences += other.Occurrences;
            AsCue += other.AsCue;
            ContentAfter += other.ContentAfter;
            ObjectBetween += other.ObjectBetween;
        }
    }

    /// <summary>Counts over <paramref name="trainDirectory"/> (<c>text/</c>, <c>attributions/</c>) and writes the lexicon.</summary>
    public static string Build(string trainDirectory, string curatedCues, string output)
    {
        var curated = File.ReadLines(curatedCues).Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t')).Where(f => f.Length > 1).Select(f => f[1].Split(' ')[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var annotations = Directory.GetFiles(Path.Combine(trainDirectory, "attributions"), "*.ann").Order(StringComparer.Ordinal).ToArray();
        var perFile = annotations.AsParallel().AsOrdered().Select(annotation =>
        {
            string name = Path.GetFileNameWithoutExtension(annotation);
            name = name[..name.LastIndexOf('_')];
            string text = File.ReadAllText(Path.Combine(trainDirectory, "text", name + ".txt"));
            var counts = new Dictionary<string, WordCounts>(StringComparer.Ordinal);
            Count(Tag(new Document(name, text, new ArticleInfo(), new TextSpan(0, text.Length))), BratAttributions.Parse(File.ReadLines(annotation)), counts);
            return counts;
        }).ToArray();
        var total = new Dictionary<string, WordCounts>(StringComparer.Ordinal);
        foreach (var (lemma, count) in perFile.SelectMany(c => c))
        {
            if (!total.TryGetValue(lemma, out var sum))
            {
                total[lemma] = sum = new WordCounts();
            }

            sum.Add(count);
        }

        var rows = total.Where(c => c.Value.AsCue >= MinCueCount && (double)c.Value.AsCue / c.Value.Occurrences >= MinCueRate
                && !curated.Contains(c.Key) && !NeverCues.Contains(c.Key) && c.Key.All(char.IsLetter))
            .OrderByDescending(c => c.Value.AsCue).ThenBy(c => c.Key, StringComparer.Ordinal).ToArray();
        var file = new StringBuilder();
        file.Append(CultureInfo.InvariantCulture, $"""
            # Quote cue verbs learned from PolNeAR train (Newell, Margolin & Ruths 2018; research use): lemmas of tokens the
            # tagger reads as VERB that open gold attribution cues in at least {MinCueCount} places and in at least {MinCueRate:P0} of their
            # occurrences as verbs, minus the words the curated cues.txt lists. Written by `dateline train quote-cues`
            # ({annotations.Length} annotation files); do not edit by hand. Matched on a VERB token's lemma ("wants", "wanted" → want).
            # Format: CLASS<TAB>LEMMA<TAB>AS-CUE<TAB>OCCURRENCES. CLASS as in cues.txt: object when an addressee or object
            # usually stands between the cue and its content, else speech. AS-CUE: how often the verb opens a gold cue;
            # OCCURRENCES: how often it occurs as a verb in the train texts.

            """);
        foreach (var (lemma, count) in rows)
        {
            string cueClass = count.ContentAfter > 0 && (double)count.ObjectBetween / count.ContentAfter > ObjectShare ? "object" : "speech";
            file.Append(CultureInfo.InvariantCulture, $"{cueClass}\t{lemma}\t{count.AsCue}\t{count.Occurrences}\n");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllText(output, file.ToString());
        return string.Create(CultureInfo.InvariantCulture, $"quote-cues: {rows.Length} learned cue verbs from {annotations.Length} annotation files → {output}");
    }

    /// <summary>Cleaning, tokens and tags: what the cue lexicon is matched against at run time.</summary>
    private static Document Tag(Document document)
    {
        foreach (var component in DefaultPipeline.Create().Components)
        {
            document = component.Process(document);
            if (document.Find<PosLayer>() is not null)
            {
                break;
            }
        }

        return document;
    }

    /// <summary>Counts every VERB token by lemma; a token counts as a cue when it is the first verb inside a gold cue span.</summary>
    private static void Count(Document document, IReadOnlyList<GoldAttribution> gold, Dictionary<string, WordCounts> counts)
    {
        var (tokens, pos) = (document.Get<TokenLayer>(), document.Get<PosLayer>());
        var cueVerbs = new Dictionary<int, GoldAttribution>();
        foreach (var attribution in gold.Where(g => g.Cue.Count > 0))
        {
            foreach (var span in attribution.Cue.OrderBy(s => s.Start))
            {
                int first = tokens.FirstEndingAfter(span.Start);
                while (first < tokens.Count && tokens.Starts[first] < span.End && pos.Tags[first] != Upos.VERB)
                {
                    first++;
                }

                if (first < tokens.Count && tokens.Starts[first] < span.End)
                {
                    cueVerbs.TryAdd(first, attribution);
                    break;
                }
            }
        }

        for (int i = 0; i < tokens.Count; i++)
        {
            if (pos.Tags[i] != Upos.VERB)
            {
                continue;
            }

            string lemma = pos.Lemmas[i].ToLowerInvariant();
            if (!counts.TryGetValue(lemma, out var count))
            {
                counts[lemma] = count = new WordCounts();
            }

            count.Occurrences++;
            if (cueVerbs.TryGetValue(i, out var attribution))
            {
                count.AsCue++;
                int cueEnd = attribution.Cue.Max(s => s.End), contentStart = attribution.Content.Min(s => s.Start);
                if (contentStart >= cueEnd)
                {
                    count.ContentAfter++;
                    count.ObjectBetween += HasObject(document.Raw.AsSpan(cueEnd, contentStart - cueEnd)) ? 1 : 0;
                }
            }
        }
    }

    /// <summary>Whether the gap between cue and content holds a word other than "that".</summary>
    private static bool HasObject(ReadOnlySpan<char> gap)
    {
        foreach (var range in gap.SplitAny(" \t\r\n,:;“”\"‘'"))
        {
            var word = gap[range];
            if (word.Length > 0 && char.IsLetter(word[0]) && !word.Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
