using System.Globalization;
using System.Text;

namespace Dateline.Training.Tagging;

/// <summary>Which auto-tagged sentences join the training data.</summary>
public enum AgreementRule
{
    /// <summary>Sentences on which both taggers agree on every tag.</summary>
    Sentence,

    /// <summary>Sentences with at most <see cref="SelfTrainingOptions.MaxDisagreements"/> disagreements; those positions teach nothing.</summary>
    Token,

    /// <summary>
    /// Tri-training with disagreement (Søgaard 2010): sentences where the left-to-right tagger is outvoted by the
    /// other two somewhere and two of three agree everywhere, labelled by the majority.
    /// </summary>
    Outvoted,

    /// <summary>Sentences where two of three taggers agree everywhere, labelled by the majority.</summary>
    Vote,
}

/// <summary>
/// Agreement self-training (Søgaard 2010): unlabelled sentences tagged by a left-to-right and a right-to-left
/// tagger, both trained on the gold data; sentences they agree on are added, up to <paramref name="Words"/> words.
/// </summary>
public sealed record SelfTrainingOptions(int Words, AgreementRule Rule = AgreementRule.Sentence, int MaxDisagreements = 0, int LabellerEpochs = 15, ulong LabellerSeed = 20240101, ulong OrderSeed = 42)
{
    public static readonly SelfTrainingOptions None = new(0);

    /// <summary>
    /// Trial settings: DATELINE_POS_AUTO_WORDS (0 = off), DATELINE_POS_AUTO_RULE (sentence | token),
    /// DATELINE_POS_AUTO_MAXDIFF, DATELINE_POS_AUTO_EPOCHS; anything unset keeps <paramref name="defaults"/>.
    /// </summary>
    public static SelfTrainingOptions FromEnvironment(SelfTrainingOptions defaults)
    {
        static string? Get(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
        var options = defaults;
        if (Get("DATELINE_POS_AUTO_WORDS") is { } words)
        {
            options = options with { Words = int.Parse(words, CultureInfo.InvariantCulture) };
        }

        if (Get("DATELINE_POS_AUTO_RULE") is { } rule)
        {
            options = options with { Rule = Enum.Parse<AgreementRule>(rule, ignoreCase: true) };
        }

        if (Get("DATELINE_POS_AUTO_MAXDIFF") is { } maxDiff)
        {
            options = options with { MaxDisagreements = int.Parse(maxDiff, CultureInfo.InvariantCulture) };
        }

        if (Get("DATELINE_POS_AUTO_EPOCHS") is { } epochs)
        {
            options = options with { LabellerEpochs = int.Parse(epochs, CultureInfo.InvariantCulture) };
        }

        return options;
    }

    public string Describe() =>
        Words <= 0 ? "no self-training" : $"self-training: {Words:N0} words of {UnlabelledText.Sources} on which left-to-right and right-to-left taggers ({LabellerEpochs} epochs, seed {LabellerSeed}) agree ({(Rule == AgreementRule.Sentence ? "every tag" : $"all but {MaxDisagreements} tags, those left untrained")})";
}

/// <summary>One unlabelled sentence with the label ids the two taggers gave it.</summary>
public sealed record TaggedSentence(string[] Words, int[] Left, int[] Right, int[]? Third = null)
{
    /// <summary>Per position the label two of three taggers give (-1 when all differ); the left one's without a third.</summary>
    public int[] Majority()
    {
        var labels = new int[Left.Length];
        for (int i = 0; i < labels.Length; i++)
        {
            labels[i] = Left[i] == Right[i] || Third is null ? Left[i] : Third[i] == Left[i] || Third[i] == Right[i] ? Third[i] : -1;
        }

        return labels;
    }

    private bool Admits(SelfTrainingOptions options)
    {
        switch (options.Rule)
        {
            case AgreementRule.Sentence:
                return Disagreements == 0;
            case AgreementRule.Token:
                return Disagreements <= options.MaxDisagreements;
            default:
                var majority = Majority();
                int outvoted = 0;
                for (int i = 0; i < majority.Length; i++)
                {
                    if (majority[i] < 0)
                    {
                        return false;
                    }

                    outvoted += majority[i] == Left[i] ? 0 : 1;
                }

                return options.Rule == AgreementRule.Vote || outvoted > 0;
        }
    }

    public int Disagreements
    {
        get
        {
            int count = 0;
            for (int i = 0; i < Left.Length; i++)
            {
                count += Left[i] == Right[i] ? 0 : 1;
            }

            return count;
        }
    }

    /// <summary>The sentences, in their order, that <paramref name="options"/> admits, until it has its words.</summary>
    public static List<TaggedSentence> Select(IEnumerable<TaggedSentence> tagged, SelfTrainingOptions options)
    {
        var selected = new List<TaggedSentence>();
        int words = 0;
        foreach (var sentence in tagged)
        {
            if (words >= options.Words)
            {
                break;
            }

            if (sentence.Admits(options))
            {
                selected.Add(sentence);
                words += sentence.Words.Length;
            }
        }

        return selected;
    }

    /// <summary>Positions the taggers disagree on (null when none), which the perceptron predicts but never learns from.</summary>
    public bool[]? Unknown()
    {
        bool[]? unknown = null;
        for (int i = 0; i < Left.Length; i++)
        {
            if (Left[i] != Right[i])
            {
                unknown ??= new bool[Left.Length];
                unknown[i] = true;
            }
        }

        return unknown;
    }

    /// <summary>Trial runs keep the tagged text in a file (one sentence a line: words, left ids, right ids, tab-separated).</summary>
    public static void Write(string path, IEnumerable<TaggedSentence> sentences)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        foreach (var sentence in sentences)
        {
            writer.Write(string.Join(' ', sentence.Words));
            writer.Write('\t');
            writer.Write(string.Join(' ', sentence.Left));
            writer.Write('\t');
            writer.Write(string.Join(' ', sentence.Right));
            if (sentence.Third is not null)
            {
                writer.Write('\t');
                writer.Write(string.Join(' ', sentence.Third));
            }

            writer.Write('\n');
        }
    }

    public static List<TaggedSentence> Read(string path) =>
        File.ReadLines(path).Select(line => line.Split('\t')).Select(parts => new TaggedSentence(
            parts[0].Split(' '),
            Array.ConvertAll(parts[1].Split(' '), id => int.Parse(id, CultureInfo.InvariantCulture)),
            Array.ConvertAll(parts[2].Split(' '), id => int.Parse(id, CultureInfo.InvariantCulture)),
            parts.Length > 3 ? Array.ConvertAll(parts[3].Split(' '), id => int.Parse(id, CultureInfo.InvariantCulture)) : null)).ToList();
}
