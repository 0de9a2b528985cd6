using System.Globalization;
using Dateline.Documents;
using Dateline.Events;
using Dateline.Text;

namespace Dateline.Output;

/// <summary>
/// Writes coded events as rows of the GDELT 2.0 event table (61 tab-separated columns in GDELT's order). Columns
/// Dateline cannot fill (known group, ethnic and religion codes, tone, actor geography, feature ids) stay empty;
/// mentions/sources/articles are 1 (one article); DATEADDED is the article date at midnight, since analysis never
/// reads the clock. Only events that happened are written: negated and hypothetical statements are left out.
/// </summary>
public static class GdeltWriter
{
    public const int ColumnCount = 61;

    /// <summary>Writes the rows of <paramref name="document"/>; <paramref name="nextId"/> numbers them (GLOBALEVENTID).</summary>
    public static void Write(TextWriter output, Document document, ref long nextId)
    {
        var places = EventData.Places;
        var firstSentence = document.Find<SentenceLayer>() is { Count: > 0 } sentences ? sentences.Spans[0] : (TextSpan?)null;
        foreach (var coded in document.Find<EventLayer>()?.Events ?? [])
        {
            if (!coded.Happened)
            {
                continue;
            }

            var date = ParseDate(coded.Date) ?? document.Info.Date;
            var row = new string[ColumnCount];
            row[0] = (nextId++).ToString(CultureInfo.InvariantCulture);
            if (date is { } d)
            {
                row[1] = d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                row[2] = d.ToString("yyyyMM", CultureInfo.InvariantCulture);
                row[3] = d.Year.ToString(CultureInfo.InvariantCulture);
                row[4] = (d.Year + (d.DayOfYear / 365.0)).ToString("0.0000", CultureInfo.InvariantCulture);
            }

            WriteActor(row, 5, coded.Source, places);
            WriteActor(row, 15, coded.Target, places);
            row[25] = firstSentence is { } lead && lead.Overlaps(coded.Span) ? "1" : "0";
            row[26] = coded.Code;
            row[27] = coded.Code.Length > 3 ? coded.Code[..3] : coded.Code;
            row[28] = coded.Root;
            row[29] = coded.QuadClass.ToString(CultureInfo.InvariantCulture);
            row[30] = coded.Goldstein.ToString("0.0", CultureInfo.InvariantCulture);
            row[31] = row[32] = row[33] = "1";
            if (coded.Location is { } location)
            {
                row[51] = location.Latitude is null ? "1" : "4";
                row[52] = location.Name;
                row[53] = location.Country is { } iso3 ? places.FipsOfIso3(iso3) ?? string.Empty : string.Empty;
                row[56] = location.Latitude?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty;
                row[57] = location.Longitude?.ToString("0.####", CultureInfo.InvariantCulture) ?? string.Empty;
            }

            row[59] = document.Info.Date is { } added ? added.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000" : string.Empty;
            row[60] = document.Info.Url ?? document.Id;
            output.Write(string.Join('\t', row.Select(Clean)));
            output.Write('\n');
        }
    }

    /// <summary>Actor code, name, country and up to three 3-letter type codes (<c>ISRGOVMIL</c> → ISR, GOV, MIL).</summary>
    private static void WriteActor(string[] row, int at, EventActor? actor, Gazetteer places)
    {
        if (actor?.Code is not { Length: >= 3 } code)
        {
            return;
        }

        row[at] = code;
        row[at + 1] = actor.Text.ToUpperInvariant();
        int next = 0;
        if (places.IsCountryIso3(code[..3]))
        {
            row[at + 2] = code[..3];
            next = 3;
        }

        for (int type = 0; type < 3 && next + 3 <= code.Length; type++, next += 3)
        {
            row[at + 7 + type] = code.Substring(next, 3);
        }
    }

    private static DateOnly? ParseDate(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string Clean(string? field) => field is null ? string.Empty : field.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
