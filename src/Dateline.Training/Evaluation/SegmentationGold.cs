using System.Text;
using Dateline.Documents;

namespace Dateline.Training.Evaluation;

/// <summary>
/// Gold tokens and sentences rebuilt as character spans from a CoNLL-U file: the raw text is the sentences'
/// <c># text</c> lines joined by a space, with a paragraph break ("\n\n") at <c># newpar</c> and <c># newdoc</c>.
/// Tokens are surface tokens: a multi-word token range line counts once, its words not at all.
/// </summary>
public sealed record SegmentationGold(string Text, TextSpan[] Tokens, TextSpan[] Sentences, int UnalignedTokens)
{
    public static SegmentationGold Read(TextReader reader)
    {
        var text = new StringBuilder();
        var tokens = new List<TextSpan>();
        var sentences = new List<TextSpan>();
        int unaligned = 0;
        bool breakBefore = false;
        int sentenceStart = -1;
        int cursor = 0;
        int multiWordEnd = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("# newpar", StringComparison.Ordinal) || line.StartsWith("# newdoc", StringComparison.Ordinal))
            {
                breakBefore = true;
            }
            else if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                if (text.Length > 0)
                {
                    text.Append(breakBefore ? "\n\n" : " ");
                }

                breakBefore = false;
                sentenceStart = text.Length;
                cursor = sentenceStart;
                text.Append(line.AsSpan(9).Trim());
            }
            else if (line.Length == 0)
            {
                if (sentenceStart >= 0 && text.Length > sentenceStart)
                {
                    sentences.Add(new TextSpan(sentenceStart, text.Length));
                }

                sentenceStart = -1;
                multiWordEnd = 0;
            }
            else if (line[0] != '#' && sentenceStart >= 0)
            {
                string[] columns = line.Split('\t');
                if (columns.Length < 2 || columns[0].Contains('.', StringComparison.Ordinal))
                {
                    continue;
                }

                int dash = columns[0].IndexOf('-', StringComparison.Ordinal);
                if (dash < 0 && int.Parse(columns[0], System.Globalization.CultureInfo.InvariantCulture) <= multiWordEnd)
                {
                    continue;
                }

                if (dash > 0)
                {
                    multiWordEnd = int.Parse(columns[0].AsSpan(dash + 1), System.Globalization.CultureInfo.InvariantCulture);
                }

                cursor = Align(text, columns[1], cursor, tokens, ref unaligned);
            }
        }

        if (sentenceStart >= 0 && text.Length > sentenceStart)
        {
            sentences.Add(new TextSpan(sentenceStart, text.Length));
        }

        return new SegmentationGold(text.ToString(), [.. tokens], [.. sentences], unaligned);
    }

    /// <summary>Finds <paramref name="form"/> after the cursor (skipping spaces); returns the new cursor.</summary>
    private static int Align(StringBuilder text, string form, int cursor, List<TextSpan> tokens, ref int unaligned)
    {
        while (cursor < text.Length && char.IsWhiteSpace(text[cursor]))
        {
            cursor++;
        }

        if (cursor + form.Length <= text.Length && Matches(text, cursor, form))
        {
            tokens.Add(new TextSpan(cursor, cursor + form.Length));
            return cursor + form.Length;
        }

        unaligned++;
        return cursor;
    }

    private static bool Matches(StringBuilder text, int at, string form)
    {
        for (int i = 0; i < form.Length; i++)
        {
            if (text[at + i] != form[i])
            {
                return false;
            }
        }

        return true;
    }
}
