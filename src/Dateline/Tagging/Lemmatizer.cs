using System.Text;
using Dateline.Learning;

namespace Dateline.Tagging;

/// <summary>
/// Lemmas from a treebank lexicon of (form, UPOS) → lemma, falling back to the lowercase form, then to
/// suffix rules learned from the treebank for unseen words. Model sections (UTF-8, one entry a line,
/// tab-separated): <see cref="LexiconSection"/> <c>form UPOS lemma</c>; <see cref="RulesSection"/>
/// <c>UPOS suffix keep-case(0|1) strip append</c> — strip that many characters from the end of the
/// (lowercased unless keep-case) form and append; the longest matching suffix wins, the empty suffix is
/// the UPOS default. A noun, verb or adjective whose rule-made lemma WordNet lacks takes WordNet's lemma when
/// <see cref="WordNetLexicon.LemmaOf"/> finds one ("provoking" → "provoke", not "provok").
/// </summary>
internal sealed class Lemmatizer
{
    public const string LexiconSection = "lemma-lexicon";
    public const string RulesSection = "lemma-rules";
    public const int MaxSuffix = 5;

    private readonly Dictionary<ulong, string> exact = [];
    private readonly Dictionary<ulong, string> lowercase = [];
    private readonly Dictionary<ulong, Rule> rules = [];
    private readonly List<(string Form, Upos Upos, string Lemma)> entries = [];

    private readonly WordNetLexicon? wordNet;

    public Lemmatizer(string lexicon, string ruleLines, WordNetLexicon? wordNet = null)
    {
        this.wordNet = wordNet;
        foreach (var line in Lines(lexicon))
        {
            var fields = line.Split('\t');
            var upos = Enum.Parse<Upos>(fields[1]);
            entries.Add((fields[0], upos, fields[2]));
            exact.TryAdd(Key(PosFeatures.FormHashOf(fields[0]), upos), fields[2]);
            lowercase.TryAdd(Key(PosFeatures.LowerHashOf(fields[0]), upos), fields[2]);
        }

        foreach (var line in Lines(ruleLines))
        {
            var fields = line.Split('\t');
            rules[RuleKey(Enum.Parse<Upos>(fields[0]), fields[1])] = new Rule(fields[2] == "1", int.Parse(fields[3]), fields[4]);
        }
    }

    public int LexiconCount => exact.Count;

    /// <summary>The lexicon's (form, UPOS, lemma) entries, in file order.</summary>
    public IReadOnlyList<(string Form, Upos Upos, string Lemma)> Entries => entries;

    public static Lemmatizer FromModel(SequenceModel model, WordNetLexicon? wordNet = null) => new(
        Encoding.UTF8.GetString(model.Section(LexiconSection)),
        Encoding.UTF8.GetString(model.Section(RulesSection)),
        wordNet);

    /// <param name="formHash">As <see cref="PosFeatures.FormHashOf"/>; <paramref name="lowerHash"/> as <see cref="PosFeatures.LowerHashOf"/>.</param>
    public string Lemmatize(string form, ulong formHash, ulong lowerHash, Upos upos)
    {
        if (exact.TryGetValue(Key(formHash, upos), out var lemma) || lowercase.TryGetValue(Key(lowerHash, upos), out lemma))
        {
            return lemma;
        }

        return Guess(form, upos);
    }

    /// <summary>Like <see cref="Lemmatize(string, ulong, ulong, Upos)"/> for a form known to lack an exact (form, UPOS) entry.</summary>
    public string LemmatizeInexact(string form, ulong lowerHash, Upos upos) =>
        lowercase.TryGetValue(Key(lowerHash, upos), out var lemma) ? lemma : Guess(form, upos);

    public string Lemmatize(string form, Upos upos) =>
        Lemmatize(form, PosFeatures.FormHashOf(form), PosFeatures.LowerHashOf(form), upos);

    private string Guess(string form, Upos upos)
    {
        string guess = ApplyRule(form, upos);
        uint codes = upos switch
        {
            Upos.NOUN => WordNetLexicon.Noun,
            Upos.VERB => WordNetLexicon.Verb,
            Upos.ADJ => WordNetLexicon.Adjective,
            _ => 0,
        };
        if (wordNet is null || codes == 0 || wordNet.Has(guess, codes))
        {
            return guess;
        }

        return wordNet.LemmaOf(form, codes) ?? guess;
    }

    private string ApplyRule(string form, Upos upos)
    {
        Span<char> lower = form.Length <= 128 ? stackalloc char[form.Length] : new char[form.Length];
        form.AsSpan().ToLowerInvariant(lower);
        for (int length = Math.Min(MaxSuffix, form.Length - 1); length >= 0; length--)
        {
            if (rules.TryGetValue(RuleKey(upos, lower[^length..]), out var rule) && rule.Strip < form.Length)
            {
                ReadOnlySpan<char> stem = rule.KeepCase ? form.AsSpan(0, form.Length - rule.Strip) : lower[..^rule.Strip];
                return rule.Strip == 0 && rule.Append.Length == 0 && rule.KeepCase ? form : string.Concat(stem, rule.Append);
            }
        }

        return lower.SequenceEqual(form) ? form : lower.ToString();
    }

    private static ulong Key(ulong formHash, Upos upos) => FeatureHash.Add(formHash, (int)upos);

    private static ulong RuleKey(Upos upos, ReadOnlySpan<char> suffix) => FeatureHash.Add(FeatureHash.Start((int)upos), suffix);

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private readonly record struct Rule(bool KeepCase, int Strip, string Append);

    /// <summary>
    /// "her" before the noun it determines ("her campaign", "her own", "her very first") is UD's possessive, lemma
    /// "her"; elsewhere ("told her", "saw her yesterday") the object form of "she". The treebanks have both about as often.
    /// </summary>
    internal static bool IsDeterminerHer(ReadOnlySpan<string> words, ReadOnlySpan<Upos> tags, int i)
    {
        int next = i + 1;
        while (next < tags.Length && tags[next] == Upos.ADV && next + 1 < tags.Length && tags[next + 1] is Upos.ADJ or Upos.ADV)
        {
            next++;
        }

        return next < tags.Length && tags[next] is Upos.NOUN or Upos.PROPN or Upos.ADJ or Upos.NUM && !IsDeicticNoun(words[next]);
    }

    /// <summary>"saw her yesterday": UD tags these nouns, but they follow an object, not a possessive.</summary>
    private static bool IsDeicticNoun(string word) =>
        word.Equals("yesterday", StringComparison.OrdinalIgnoreCase) || word.Equals("today", StringComparison.OrdinalIgnoreCase)
        || word.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) || word.Equals("tonight", StringComparison.OrdinalIgnoreCase);
}
