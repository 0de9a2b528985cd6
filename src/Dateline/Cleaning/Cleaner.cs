using System.Text;
using Dateline.Documents;
using Dateline.Pipeline;

namespace Dateline.Cleaning;

/// <summary>
/// First analysis step: separates the article body (<see cref="Document.Body"/>) into body paragraphs, photo
/// captions and source lines, and finds machine-translation repairs. Offsets always point into
/// <see cref="Document.Raw"/>; only <see cref="CleaningLayer.CleanText"/> shows the repaired text.
/// </summary>
public sealed class Cleaner : IComponent
{
    /// <summary>Opening paragraphs (a title line may precede the dateline) checked for an <c>(AP) —</c> prefix.</summary>
    private const int DatelineParagraphs = 3;

    /// <summary>Hard-wrapped text breaks its lines at about 60–80 characters.</summary>
    private const int MinWrappedLineLength = 55;

    public string Name => "cleaner";

    public IReadOnlyList<Type> Requires => [];

    public IReadOnlyList<Type> Produces => [typeof(CleaningLayer)];

    public void Preload() => _ = CleaningLexicons.Shared;

    public Document Process(Document document) => document.With(Clean(document.Raw, document.Body));

    public static CleaningLayer Clean(string raw, TextSpan body)
    {
        var lexicons = CleaningLexicons.Shared;
        var captions = new List<Caption>();
        var attributions = new List<SourceAttribution>();
        var paragraphs = SplitBody(raw, body, lexicons, captions, attributions);
        StripDatelineAndTrailer(raw, paragraphs, lexicons, attributions);

        var repairs = new List<Repair>();
        var breaks = new List<int>();
        var spellings = new ProperSpellings(raw);
        foreach (var paragraph in paragraphs)
        {
            RepairScanner.Scan(raw, paragraph, lexicons, spellings, repairs, breaks);
        }

        DropLoneFunctionWordsInCleanArticles(repairs);
        repairs.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        attributions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        InheritAgency(attributions, lexicons);
        return new CleaningLayer(paragraphs, captions, attributions, repairs, breaks, BuildCleanText(raw, paragraphs, repairs));
    }

    /// <summary>Walks the body line by line; blank lines, captions and source lines end a paragraph.</summary>
    private static List<TextSpan> SplitBody(string raw, TextSpan body, CleaningLexicons lexicons, List<Caption> captions, List<SourceAttribution> attributions)
    {
        var paragraphs = new List<TextSpan>();
        int paragraphStart = -1, paragraphEnd = -1;
        bool firstLine = true;
        int position = body.Start;
        while (position < body.End)
        {
            int newline = raw.IndexOf('\n', position, body.End - position);
            int lineEnd = newline < 0 ? body.End : newline;
            var line = TextScan.Trim(raw, position, lineEnd);
            position = lineEnd + 1;
            if (line.IsEmpty)
            {
                Flush();
                continue;
            }

            if (firstLine)
            {
                firstLine = false;
                if (CaptionRules.TryGluedCaption(raw, line, lexicons, out int rest) is { } glued)
                {
                    captions.Add(glued);
                    line = new TextSpan(rest, line.End);
                }
            }

            if ((SourceLineRules.TryLine(raw, line, lexicons) ?? CaptionRules.TryLoneCredit(raw, line, lexicons)) is { } attribution)
            {
                attributions.Add(attribution);
                Flush();
                continue;
            }

            if (CaptionRules.TryCaptionLine(raw, line, lexicons) is { } caption)
            {
                captions.Add(caption);
                Flush();
                continue;
            }

            if (paragraphStart >= 0 && !ContinuesParagraph(raw, paragraphStart, paragraphEnd, line))
            {
                Flush();
            }

            if (paragraphStart < 0)
            {
                paragraphStart = line.Start;
            }

            paragraphEnd = line.End;
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (paragraphStart >= 0)
            {
                paragraphs.Add(new TextSpan(paragraphStart, paragraphEnd));
                paragraphStart = -1;
            }
        }
    }

    /// <summary>
    /// A single line break separates paragraphs too, unless the text is hard-wrapped: the previous line stops
    /// mid-sentence and either is long or is followed by a lower-case continuation. A short title line without a
    /// full stop stays apart from the body below it.
    /// </summary>
    private static bool ContinuesParagraph(string raw, int paragraphStart, int paragraphEnd, TextSpan line)
    {
        char last = raw[paragraphEnd - 1];
        if (last is '.' or '!' or '?' or '…' or ':' or '"' or '”' or '’' or ')' or '»')
        {
            return false;
        }

        int previousLineStart = Math.Max(paragraphStart, raw.LastIndexOf('\n', paragraphEnd - 1) + 1);
        return paragraphEnd - previousLineStart >= MinWrappedLineLength || TextScan.IsLower(raw[line.Start]);
    }

    private static void StripDatelineAndTrailer(string raw, List<TextSpan> paragraphs, CleaningLexicons lexicons, List<SourceAttribution> attributions)
    {
        for (int i = 0; i < Math.Min(DatelineParagraphs, paragraphs.Count); i++)
        {
            if (SourceLineRules.TryDatelinePrefix(raw, paragraphs[i], lexicons, out int bodyStart) is { } dateline)
            {
                attributions.Add(dateline);
                ReplaceOrRemove(paragraphs, i, new TextSpan(bodyStart, paragraphs[i].End));
                break;
            }
        }

        if (paragraphs.Count > 0 && SourceLineRules.TryTrailingDash(raw, paragraphs[^1], lexicons, out int bodyEnd) is { } trailer)
        {
            attributions.Add(trailer);
            ReplaceOrRemove(paragraphs, paragraphs.Count - 1, new TextSpan(paragraphs[^1].Start, bodyEnd));
        }
    }

    /// <summary>
    /// Verse and quoted titles capitalise a stray function word ("dear To one, who …"); unless the article shows
    /// other machine-translation damage, such a lone capital is the author's.
    /// </summary>
    private static void DropLoneFunctionWordsInCleanArticles(List<Repair> repairs)
    {
        if (repairs.Count > 0 && repairs.TrueForAll(r => r.Rule == RepairScanner.LoneFunctionWordRule))
        {
            repairs.Clear();
        }
    }

    /// <summary>
    /// A byline such as <c>Reporting by Ana Costa; Editing by Tom Reid</c> names no agency; when another source line
    /// of the article does (<c>BRASILIA (Reuters) -</c>), the byline is that agency's.
    /// </summary>
    private static void InheritAgency(List<SourceAttribution> attributions, CleaningLexicons lexicons)
    {
        if (attributions.Count < 2 || attributions.FirstOrDefault(a => lexicons.IsCanonicalAgency(a.Agency)) is not { } known)
        {
            return;
        }

        for (int i = 0; i < attributions.Count; i++)
        {
            if (!lexicons.IsCanonicalAgency(attributions[i].Agency))
            {
                attributions[i] = attributions[i] with { Agency = known.Agency, Contributors = attributions[i].Agency };
            }
        }
    }

    private static void ReplaceOrRemove(List<TextSpan> paragraphs, int index, TextSpan remaining)
    {
        if (remaining.IsEmpty)
        {
            paragraphs.RemoveAt(index);
        }
        else
        {
            paragraphs[index] = remaining;
        }
    }

    /// <summary>Body paragraphs joined by a blank line, each repair's replacement standing in for its original.</summary>
    private static string BuildCleanText(string raw, List<TextSpan> paragraphs, List<Repair> repairs)
    {
        int capacity = paragraphs.Sum(p => p.Length + 2);
        var text = new StringBuilder(capacity);
        int next = 0;
        foreach (var paragraph in paragraphs)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            int copied = paragraph.Start;
            for (; next < repairs.Count && repairs[next].Span.Start < paragraph.End; next++)
            {
                var repair = repairs[next];
                text.Append(raw, copied, repair.Span.Start - copied);
                if (repair.Kind == RepairKinds.OrphanedCue && repair.Span.Start > paragraph.Start && !char.IsWhiteSpace(raw[repair.Span.Start - 1]))
                {
                    text.Append(' ');
                }

                text.Append(repair.Replacement);
                copied = repair.Span.End;
            }

            text.Append(raw, copied, paragraph.End - copied);
        }

        return text.ToString();
    }
}
