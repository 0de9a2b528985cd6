namespace Dateline.Entities.Recognition;

/// <summary>
/// The tagger's label set: BILOU over the CoNLL types (Begin, Inside, Last, Outside, Unit-length). BILOU separates
/// entity ends better than IOB2 for a greedy tagger; output converts to IOB2.
/// </summary>
public static class EntityLabels
{
    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    public const int Outside = 0;

    /// <summary>1 + 4 parts × 4 types.</summary>
    public const int Count = 17;

    private const string Parts = "BILU";

    /// <summary>Every label name in id order: O, B-PER, I-PER, L-PER, U-PER, B-ORG, …</summary>
    public static IReadOnlyList<string> All { get; } = Enumerable.Range(0, Count).Select(Name).ToArray();

    public static int Of(char part, int type) => 1 + (type * 4) + Parts.IndexOf(part, StringComparison.Ordinal);

    /// <summary>The type index of a label, or -1 for Outside.</summary>
    public static int TypeOf(int label) => label == Outside ? -1 : (label - 1) / 4;

    /// <summary>'B', 'I', 'L', 'U', or 'O'.</summary>
    public static char PartOf(int label) => label == Outside ? 'O' : Parts[(label - 1) % 4];

    /// <summary>An open label closed where it stands: B → U, I → L.</summary>
    public static int Closed(int label) => Of(PartOf(label) == 'B' ? 'U' : 'L', TypeOf(label));

    public static int TypeIndex(string type) => Array.IndexOf(Types, type);

    public static string Name(int label) => label == Outside ? "O" : $"{PartOf(label)}-{Types[TypeOf(label)]}";

    /// <summary>The IOB2 tag of a BILOU label: L continues (I-), U opens (B-).</summary>
    public static string ToIob2(int label) => PartOf(label) switch
    {
        'O' => "O",
        'B' or 'U' => "B-" + Types[TypeOf(label)],
        _ => "I-" + Types[TypeOf(label)],
    };

    /// <summary>Whether <paramref name="label"/> may follow <paramref name="previous"/> in a well-formed BILOU sequence.</summary>
    public static bool MayFollow(int previous, int label)
    {
        char before = PartOf(previous), part = PartOf(label);
        bool open = before is 'B' or 'I';
        if (part is 'I' or 'L')
        {
            return open && TypeOf(previous) == TypeOf(label);
        }

        return !open;
    }

    /// <summary>Whether <paramref name="label"/> may end a sentence.</summary>
    public static bool MayEnd(int label) => PartOf(label) is 'O' or 'L' or 'U';

    /// <summary>Entity spans <c>(first, end, type)</c> of a BILOU label sequence.</summary>
    public static IEnumerable<(int First, int End, int Type)> Spans(IReadOnlyList<int> labels)
    {
        int start = -1;
        for (int i = 0; i < labels.Count; i++)
        {
            switch (PartOf(labels[i]))
            {
                case 'U':
                    yield return (i, i + 1, TypeOf(labels[i]));
                    start = -1;
                    break;
                case 'B':
                    start = i;
                    break;
                case 'L' when start >= 0:
                    yield return (start, i + 1, TypeOf(labels[i]));
                    start = -1;
                    break;
                case 'O':
                    start = -1;
                    break;
            }
        }
    }

    /// <summary>BILOU labels for entity spans over <paramref name="length"/> tokens.</summary>
    public static int[] FromSpans(int length, IEnumerable<(int First, int End, int Type)> spans)
    {
        var labels = new int[length];
        foreach (var (first, end, type) in spans)
        {
            if (end - first == 1)
            {
                labels[first] = Of('U', type);
                continue;
            }

            labels[first] = Of('B', type);
            for (int i = first + 1; i < end - 1; i++)
            {
                labels[i] = Of('I', type);
            }

            labels[end - 1] = Of('L', type);
        }

        return labels;
    }
}
