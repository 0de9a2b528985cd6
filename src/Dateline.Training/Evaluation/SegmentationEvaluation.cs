using Dateline.Documents;
using Dateline.Text;

namespace Dateline.Training.Evaluation;

/// <summary>Exact-match counts for one kind of span.</summary>
public sealed record SpanScore(int Gold, int Predicted, int Matched)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() =>
        $"P {Precision:F4}  R {Recall:F4}  F1 {F1:F4}  (gold {Gold:N0}, predicted {Predicted:N0}, matched {Matched:N0})";
}

/// <summary>Token and sentence scores plus a sample of the spans that did not match.</summary>
/// <summary>
/// <see cref="Tokens"/>: surface tokens; <see cref="Words"/>: the tokenizer's own tokens against UD syntactic words
/// where those spell their multi-word token ("do|n't"), the measure the taggers care about.
/// </summary>
public sealed record SegmentationScores(SpanScore Tokens, SpanScore Words, SpanScore Sentences, int UnalignedGoldTokens, IReadOnlyList<string> Errors);

/// <summary>
/// <c>dateline eval segment</c>: runs <see cref="Segmenter"/> on the text rebuilt from gold CoNLL-U and scores
/// surface tokens and sentences by exact character span. Clitics the tokenizer split the UD way
/// (<see cref="TokenTraits.WordPart"/>) are glued back, since UD writes them as one multi-word token.
/// </summary>
public static class SegmentationEvaluation
{
    public static SegmentationScores Evaluate(SegmentationGold gold, int maxErrors = 0)
    {
        var segmentation = Segmenter.Segment(gold.Text);
        var predictedTokens = SurfaceTokens(segmentation.Tokens);
        var errors = new List<string>();
        var tokens = Score(gold.Text, gold.Tokens, predictedTokens, "token", errors, maxErrors);
        var words = Score(gold.Text, gold.Words, WordSpans(segmentation.Tokens), "word", errors, maxErrors);
        var sentences = Score(gold.Text, gold.Sentences, segmentation.Sentences.Spans, "sentence", errors, maxErrors * 2);
        return new SegmentationScores(tokens, words, sentences, gold.UnalignedTokens, errors);
    }

    private static TextSpan[] WordSpans(TokenLayer tokens)
    {
        var spans = new TextSpan[tokens.Count];
        for (int i = 0; i < spans.Length; i++)
        {
            spans[i] = tokens.SpanOf(i);
        }

        return spans;
    }

    /// <summary>Tokens with their <see cref="TokenTraits.WordPart"/> continuations glued back on.</summary>
    public static TextSpan[] SurfaceTokens(TokenLayer tokens)
    {
        var surface = new List<TextSpan>(tokens.Count);
        for (int i = 0; i < tokens.Count; i++)
        {
            if ((tokens.Flags[i] & TokenTraits.WordPart) != 0 && surface.Count > 0 && surface[^1].End == tokens.Starts[i])
            {
                surface[^1] = surface[^1] with { End = tokens.Ends[i] };
            }
            else
            {
                surface.Add(tokens.SpanOf(i));
            }
        }

        return [.. surface];
    }

    /// <summary>Counts exact matches between two span lists sorted by start; records unmatched spans with context.</summary>
    private static SpanScore Score(string text, TextSpan[] gold, TextSpan[] predicted, string what, List<string> errors, int maxErrors)
    {
        int matched = 0, g = 0, p = 0, reported = 0;
        while (g < gold.Length && p < predicted.Length)
        {
            var a = gold[g];
            var b = predicted[p];
            if (a == b)
            {
                matched++;
                g++;
                p++;
                continue;
            }

            if (reported++ < maxErrors)
            {
                errors.Add($"{what}: gold {Show(text, a)}  predicted {Show(text, b)}");
            }

            if (a.End <= b.End)
            {
                g++;
            }

            if (b.End <= a.End)
            {
                p++;
            }
        }

        return new SpanScore(gold.Length, predicted.Length, matched);
    }

    private static string Show(string text, TextSpan span)
    {
        const int Limit = 80;
        string inner = span.Length > Limit
            ? string.Concat(text.AsSpan(span.Start, Limit / 2), " … ", text.AsSpan(span.End - Limit / 2, Limit / 2))
            : text.Substring(span.Start, span.Length);
        return $"[{span.Start},{span.End}) «{inner.ReplaceLineEndings("¶")}»";
    }
}
