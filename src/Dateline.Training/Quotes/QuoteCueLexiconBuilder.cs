using System.Globalization;
using System.Text;

namespace Dateline.Training.Quotes;

/// <summary>
/// Derives <c>data/quotes/learned-cues.txt</c> from PolNeAR train: every word that opens gold cues often enough
/// (how often it opens one against how often it occurs at all), minus the words the curated
/// <c>cues.txt</c> already lists. Only words and counts are written, never corpus text. Deterministic: the same
/// corpus gives the same file.
/// </summary>
public static class QuoteCueLexiconBuilder
{
    public const int MinCueCount = 4;
    public const double MinCueRate = 0.35;

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
    }

    /// <summary>Counts over <paramref name="trainDirectory"/> (<c>text/</c>, <c>attributions/</c>) and writes the lexicon.</summary>
    public static string Build(string trainDirectory, string curatedCues, string output)
    {
        var curated = File.ReadLines(curatedCues).Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t')).Where(f => f.Length > 1).Select(f => f[1].Split(' ')[0].ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var counts = new Dictionary<string, WordCounts>(StringComparer.Ordinal);
        int files = 0;
        foreach (var annotation in Directory.GetFiles(Path.Combine(trainDirectory, "attributions"), "*.ann").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(annotation);
            string text = File.ReadAllText(Path.Combine(trainDirectory, "text", name[..name.LastIndexOf('_')] + ".txt"));
            Count(text, BratAttributions.Parse(File.ReadLines(annotation)), counts);
            files++;
        }

        var rows = counts.Where(c => c.Value.AsCue >= MinCueCount && (double)c.Value.AsCue / c.Value.Occurrences >= MinCueRate
                && !curated.Contains(c.Key) && !NeverCues.Contains(c.Key) && !c.Key.EndsWith("ly", StringComparison.Ordinal) && c.Key.All(char.IsLetter))
            .OrderByDescending(c => c.Value.AsCue).ThenBy(c => c.Key, StringComparer.Ordinal).ToArray();
        var file = new StringBuilder();
        file.Append(CultureInfo.InvariantCulture, $"""
            # Quote cues learned from PolNeAR train (Newell, Margolin & Ruths 2018; research use): words that open gold
            # attribution cues in at least {MinCueCount} places and in at least {MinCueRate:P0} of their occurrences, minus the words the
            # curated cues.txt already lists. Written by `dateline train quote-cues` ({files} annotation files); do not edit by hand.
            # Format: CLASS<TAB>WORD<TAB>AS-CUE<TAB>OCCURRENCES. CLASS as in cues.txt: object when an addressee or object
            # usually stands between the cue and its content, else speech. AS-CUE: how often the word opens a gold cue;
            # OCCURRENCES: how often it occurs in the train texts at all.

            """);
        foreach (var (word, count) in rows)
        {
            string cueClass = count.ContentAfter > 0 && (double)count.ObjectBetween / count.ContentAfter > ObjectShare ? "object" : "speech";
            file.Append(CultureInfo.InvariantCulture, $"{cueClass}\t{word}\t{count.AsCue}\t{count.Occurrences}\n");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        File.WriteAllText(output, file.ToString());
        return string.Create(CultureInfo.InvariantCulture, $"quote-cues: {rows.Length} learned cues from {files} annotation files → {output}");
    }

    private static void Count(string text, IReadOnlyList<GoldAttribution> gold, Dictionary<string, WordCounts> counts)
    {
        var cueAt = new Dictionary<int, GoldAttribution>();
        foreach (var attribution in gold.Where(g => g.Cue.Count > 0))
        {
            cueAt.TryAdd(attribution.Cue.Min(s => s.Start), attribution);
        }

        for (int i = 0; i < text.Length;)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            string word = text[start..i].ToLowerInvariant();
            if (!counts.TryGetValue(word, out var count))
            {
                counts[word] = count = new WordCounts();
            }

            count.Occurrences++;
            if (cueAt.TryGetValue(start, out var attribution))
            {
                count.AsCue++;
                int cueEnd = attribution.Cue.Max(s => s.End), contentStart = attribution.Content.Min(s => s.Start);
                if (contentStart >= cueEnd)
                {
                    count.ContentAfter++;
                    count.ObjectBetween += HasObject(text.AsSpan(cueEnd, contentStart - cueEnd)) ? 1 : 0;
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
