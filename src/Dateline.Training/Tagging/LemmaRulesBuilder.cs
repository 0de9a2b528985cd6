using System.Text;
using Dateline.Tagging;
using Dateline.Training.Corpora;

namespace Dateline.Training.Tagging;

/// <summary>
/// Derives the lemmatizer's sections from treebank words: the (form, UPOS) → most frequent lemma lexicon,
/// and per (UPOS, lowercase suffix) the most frequent edit over distinct word types (how unseen words behave).
/// </summary>
internal static class LemmaRulesBuilder
{
    /// <summary>
    /// The lexicon; a (form, UPOS) pair in <paramref name="primary"/> takes its lemma from there only, so
    /// one treebank's conventions win (EWT: "people" is its own lemma, GUM says "person").
    /// </summary>
    public static string Lexicon(IEnumerable<GoldSentence> primary, IEnumerable<GoldSentence> secondary)
    {
        var counts = new Dictionary<(string Form, string Upos, string Lemma), int>();
        var inPrimary = new HashSet<(string Form, string Upos)>();
        foreach (var (form, upos, lemma) in Words(primary))
        {
            counts[(form, upos, lemma)] = counts.GetValueOrDefault((form, upos, lemma)) + 1;
            inPrimary.Add((form, upos));
        }

        foreach (var (form, upos, lemma) in Words(secondary).Where(word => !inPrimary.Contains((word.Form, word.Upos))))
        {
            counts[(form, upos, lemma)] = counts.GetValueOrDefault((form, upos, lemma)) + 1;
        }

        var text = new StringBuilder();
        foreach (var group in counts.GroupBy(pair => (pair.Key.Form, pair.Key.Upos)).OrderBy(g => g.Key.Form, StringComparer.Ordinal).ThenBy(g => g.Key.Upos, StringComparer.Ordinal))
        {
            string lemma = group.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key.Lemma, StringComparer.Ordinal).First().Key.Lemma;
            text.Append(group.Key.Form).Append('\t').Append(group.Key.Upos).Append('\t').Append(lemma).Append('\n');
        }

        return text.ToString();
    }

    public static string Rules(IEnumerable<GoldSentence> sentences, int minCount = 2)
    {
        var types = Words(sentences).Distinct().ToArray();
        var counts = new Dictionary<(string Upos, string Suffix), Dictionary<string, int>>();
        foreach (var (form, upos, lemma) in types)
        {
            string edit = EditOf(form, lemma);
            string lower = form.ToLowerInvariant();
            for (int length = 0; length <= Math.Min(Lemmatizer.MaxSuffix, lower.Length - 1); length++)
            {
                var key = (upos, lower[^length..]);
                if (!counts.TryGetValue(key, out var edits))
                {
                    counts[key] = edits = [];
                }

                edits[edit] = edits.GetValueOrDefault(edit) + 1;
            }
        }

        var text = new StringBuilder();
        foreach (var (key, edits) in counts.OrderBy(pair => pair.Key.Upos, StringComparer.Ordinal).ThenBy(pair => pair.Key.Suffix, StringComparer.Ordinal))
        {
            var best = edits.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).First();
            if (best.Value >= minCount || key.Suffix.Length == 0)
            {
                text.Append(key.Upos).Append('\t').Append(key.Suffix).Append('\t').Append(best.Key).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>"keep-case \t strip \t append" turning <paramref name="form"/> into <paramref name="lemma"/>.</summary>
    private static string EditOf(string form, string lemma)
    {
        bool keepCase = lemma.Any(char.IsUpper);
        string source = keepCase ? form : form.ToLowerInvariant();
        int common = 0;
        while (common < source.Length && common < lemma.Length && source[common] == lemma[common])
        {
            common++;
        }

        return $"{(keepCase ? 1 : 0)}\t{source.Length - common}\t{lemma[common..]}";
    }

    private static IEnumerable<(string Form, string Upos, string Lemma)> Words(IEnumerable<GoldSentence> sentences) =>
        sentences.SelectMany(s => s.Forms.Select((form, i) => (form, s.Upos[i], s.Lemmas[i])));
}
