using Dateline.Cleaning;
using Dateline.Documents;

namespace Dateline.Entities;

/// <summary>
/// Entities the cleaner already identified: the photographer (PERSON) and agency (ORG) of each caption credit,
/// and the agency of each source line ("(With information from AP)"). Located by their text inside the credit. A
/// byline or contributor line that names no listed agency names reporters ("Reporting by Valerie Volcovici", "Bryant
/// Rousseau and Caryn Wilson contributed reporting"): each is a PERSON (<see cref="ReporterSource"/>), as are the
/// reporters beside an agency.
/// </summary>
public static class CreditEntities
{
    public const string Source = "caption-credit";
    public const string ReporterSource = "source-line-reporter";

    public static IEnumerable<Entity> Of(Document document, CleaningLayer cleaning)
    {
        foreach (var caption in cleaning.Captions)
        {
            if (caption.CreditSpan is not { } credit)
            {
                continue;
            }

            if (Find(document, credit, caption.Photographer) is { } person)
            {
                yield return new Entity(person, "PERSON", -1, -1, Source);
            }

            if (Find(document, credit, caption.Agency) is { } agency)
            {
                yield return new Entity(agency, "ORG", -1, -1, Source);
            }
        }

        foreach (var attribution in cleaning.Attributions)
        {
            bool reporters = attribution.Rule is SourceLineRules.BylineRule or SourceLineRules.CloserRule
                && !CleaningLexicons.Shared.IsCanonicalAgency(attribution.Agency);
            if (!reporters && Find(document, attribution.Span, attribution.Agency) is { } agency)
            {
                yield return new Entity(agency, "ORG", -1, -1, Source);
            }

            foreach (var name in Reporters(reporters ? attribution.Agency : null).Concat(Reporters(attribution.Contributors)))
            {
                if (Find(document, attribution.Span, name) is { } person)
                {
                    yield return new Entity(person, "PERSON", -1, -1, ReporterSource);
                }
            }
        }
    }

    /// <summary>"Bryant Rousseau and Caryn Wilson", "Ana Costa in Brasilia; Editing by …": the names of two or more capitalised words.</summary>
    private static IEnumerable<string> Reporters(string? names)
    {
        if (string.IsNullOrEmpty(names))
        {
            yield break;
        }

        foreach (var part in names.Split([",", ";", " and ", " & "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(w => char.IsUpper(w[0])).ToList();
            if (words.Count >= 2)
            {
                yield return string.Join(' ', words);
            }
        }
    }

    private static TextSpan? Find(Document document, TextSpan within, string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        int at = document.Slice(within).IndexOf(name, StringComparison.Ordinal);
        return at < 0 ? null : new TextSpan(within.Start + at, within.Start + at + name.Length);
    }
}
