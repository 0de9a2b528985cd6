namespace Dateline.Entities.Recognition;

/// <summary>Reads and rewrites whole entity spans in a span of BILOU labels, for the rules that run after decoding.</summary>
internal static class LabelSpans
{
    /// <summary>The first token of the entity holding <paramref name="token"/>, or the token itself when it is outside.</summary>
    public static int StartOf(ReadOnlySpan<int> labels, int token)
    {
        while (token > 0 && EntityLabels.PartOf(labels[token]) is 'I' or 'L')
        {
            token--;
        }

        return token;
    }

    /// <summary>One past the last token of the entity holding <paramref name="token"/>, or past the token when it is outside.</summary>
    public static int EndOf(ReadOnlySpan<int> labels, int token)
    {
        while (token + 1 < labels.Length && EntityLabels.PartOf(labels[token]) is 'B' or 'I')
        {
            token++;
        }

        return token + 1;
    }

    /// <summary>Labels tokens <paramref name="first"/>…<paramref name="end"/> − 1 as one entity of <paramref name="type"/>.</summary>
    public static void Set(Span<int> labels, int first, int end, int type)
    {
        if (end - first == 1)
        {
            labels[first] = EntityLabels.Of('U', type);
            return;
        }

        labels[first] = EntityLabels.Of('B', type);
        for (int k = first + 1; k < end - 1; k++)
        {
            labels[k] = EntityLabels.Of('I', type);
        }

        labels[end - 1] = EntityLabels.Of('L', type);
    }
}
