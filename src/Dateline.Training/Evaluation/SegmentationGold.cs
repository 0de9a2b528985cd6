using System.Globalization;
using System.Text;
using Dateline.Documents;

namespace Dateline.Training.Evaluation;

/// <summary>
/// Gold tokens and sentences rebuilt as character spans from a CoNLL-U file: the raw text is the sentences'
/// <c># text</c> lines joined by a space, with a paragraph break ("\n\n") at <c># newpar</c> and <c># newdoc</c>.
/// Tokens are surface tokens: a multi-word token range line counts once, its words not at all. Words are the
/// syntactic words where a multi-word token's words spell it exactly ("do" + "n't" = "don't"), else the token.
/// </summary>
public sealed record SegmentationGold(string Text, TextSpan[] Tokens, TextSpan[] Words, TextSpan[] Sentences, int UnalignedTokens)
{
    public static SegmentationGold Read(TextReader reader)
    {
        var text = new StringBuilder();
        var tokens = new List<TextSpan>();
        var words = new List<TextSpan>();
        var multiWord = new MultiWordToken();
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
                if (dash > 0)
                {
                    multiWordEnd = int.Parse(columns[0].AsSpan(dash + 1), CultureInfo.InvariantCulture);
                    int before = tokens.Count;
                    cursor = Align(text, columns[1], cursor, tokens, ref unaligned);
                    multiWord.Start(tokens.Count > before ? tokens[^1] : null);
                }
                else if (int.Parse(columns[0], CultureInfo.InvariantCulture) is var id && id <= multiWordEnd)
                {
                    multiWord.AddWord(text, columns[1]);
                    if (id == multiWordEnd)
                    {
                        multiWord.Finish(words);
                    }
                }
                else
                {
                    int before = tokens.Count;
                    cursor = Align(text, columns[1], cursor, tokens, ref unaligned);
                    if (tokens.Count > before)
                    {
                        words.Add(tokens[^1]);
                    }
                }
            }
        }

        if (sentenceStart >= 0 && text.Length > sentenceStart)
        {
            sentences.Add(new TextSpan(sentenceStart, text.Length));
        }

        return new SegmentationGold(text.ToString(), [.. tokens], [.. words], [.. sentences], unaligned);
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

    /// <summary>Collects the word spans of one multi-word token while its word lines are read.</summary>
    private sealed class MultiWordToken
    {
        private readonly List<TextSpan> pending = [];
        private TextSpan? token;
        private int position;
        private bool spelled;

        public void Start(TextSpan? span)
        {
            token = span;
            position = span?.Start ?? 0;
            spelled = span is not null;
            pending.Clear();
        }

        public void AddWord(StringBuilder text, string form)
        {
            if (spelled && token is { } span && position + form.Length <= span.End && Matches(text, position, form))
            {
                pending.Add(new TextSpan(position, position + form.Length));
                position += form.Length;
            }
            else
            {
                spelled = false;
            }
        }

        public void Finish(List<TextSpan> words)
        {
            if (token is not { } span)
            {
                return;
            }

            if (spelled && position == span.End)
            {
                words.AddRange(pending);
            }
            else
            {
                words.Add(span);
            }

            token = null;
        }
    }
}
