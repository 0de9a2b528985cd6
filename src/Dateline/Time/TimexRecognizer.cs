using Dateline.Documents;
using Dateline.Pipeline;
using Dateline.Tagging;
using Dateline.Text;

namespace Dateline.Time;

/// <summary>
/// Finds dates, times, durations and sets in the article body and resolves them to TIMEX3 values against
/// the article date (<see cref="ArticleInfo.Date"/>, never the clock). Runs its own character scanner, so it
/// needs no other layer; when a <see cref="PosLayer"/> is present, verb tags decide the tense that places
/// weekdays and year-less dates. A dateline that dates the story itself ("JOHANNESBURG, August 7 (Xinhua) --",
/// "said in an editorial on Monday, Oct. 26:") a day or two off the header date is the reference instead: its
/// "today" and "Friday" are the writer's. Also raises <c>DATELINE_DOUBTFUL</c> when the content contradicts the date,
/// and <c>DATE_MISSING</c> when there is no usable date to resolve relative expressions against.
/// </summary>
public sealed class TimexRecognizer : IComponent
{
    public string Name => "time";

    public IReadOnlyList<Type> Requires => [];

    public IReadOnlyList<Type> Produces => [typeof(TimexLayer)];

    public void Preload() => _ = TimeLexicon.Instance;

    public Document Process(Document document)
    {
        var lexicon = TimeLexicon.Instance;
        var tokens = TimeScanner.Scan(document.Raw, document.Body.Start, document.Body.End, lexicon, out int count);
        try
        {
            var tenses = new TenseOracle(document.Raw, tokens, count, document.Find<TokenLayer>(), document.Find<PosLayer>());
            var matches = new TimexGrammar(document.Raw, tokens, count, UsableDate(document.Info.Date), tenses, lexicon).Run();
            if (TimexGrammar.DatelineDate(document.Raw, tokens, count, matches, UsableDate(document.Info.Date)) is { } told)
            {
                matches = new TimexGrammar(document.Raw, tokens, count, told, tenses, lexicon).Run();
            }

            var timexes = new Timex[matches.Count];
            for (int k = 0; k < matches.Count; k++)
            {
                var match = matches[k];
                timexes[k] = new Timex(new TextSpan(tokens[match.First].Start, tokens[match.End - 1].End), match.Type, match.Value, match.Rule);
            }

            document = document.With(new TimexLayer(timexes));
            var warning = UsableDate(document.Info.Date) is { } date
                ? DatelineCheck.Find(document, date, timexes, matches, tenses)
                : UndatedCheck.Find(timexes, document.Info.Date);
            return warning is null ? document : document.WithWarning(warning);
        }
        finally
        {
            TimeScanner.Return(tokens);
        }
    }

    /// <summary>Article dates far outside history leave values unresolved rather than overflow the calendar.</summary>
    private static DateOnly? UsableDate(DateOnly? date) => date is { Year: >= 1000 and <= 9000 } ? date : null;
}
