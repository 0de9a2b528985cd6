using Dateline.Cleaning;
using Dateline.Documents;

namespace Dateline.Entities;

/// <summary>
/// Entities the cleaner already identified: the photographer (PERSON) and agency (ORG) of each caption credit,
/// and the agency of each source line ("(With information from AP)"). Located by their text inside the credit.
/// </summary>
public static class CreditEntities
{
    public const string Source = "caption-credit";

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
            if (Find(document, attribution.Span, attribution.Agency) is { } agency)
            {
                yield return new Entity(agency, "ORG", -1, -1, Source);
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
