using System.Buffers;
using System.Globalization;
using System.Text;
using Dateline.Actors;
using Dateline.Documents;
using Dateline.Quotes;

namespace Dateline.Output;

/// <summary>A readable report of one article for a person: date, actors with roles, then who said what.</summary>
public static class SummaryWriter
{
    private const int MaxQuoteChars = 400;

    public static void Write(IBufferWriter<byte> output, Document document)
    {
        Encoding.UTF8.GetBytes(Render(document), output);
    }

    public static string Render(Document document)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(document.Info.Title ?? document.Id).Append('\n');
        text.Append("date: ").Append(document.Info.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown").Append('\n');
        AppendActors(text, document.Find<ActorLayer>());
        AppendQuotes(text, document);
        return text.ToString();
    }

    private static void AppendActors(StringBuilder text, ActorLayer? actors)
    {
        var listed = actors?.Actors.Where(a => a.Type is "PERSON" || a.Roles.Count > 0 || a.Code is not null).ToArray() ?? [];
        if (listed.Length == 0)
        {
            return;
        }

        text.Append("\n## Actors\n");
        foreach (var actor in listed)
        {
            text.Append("- ").Append(actor.Name).Append(" (").Append(actor.Type.ToLowerInvariant());
            if (actor.Code is not null)
            {
                text.Append(", ").Append(actor.Code);
            }

            text.Append(')');
            if (actor.Roles.Count > 0)
            {
                text.Append(": ").Append(string.Join("; ", actor.Roles));
            }

            var otherNames = actor.Aliases.Where(a => a != actor.Name).ToArray();
            if (otherNames.Length > 0)
            {
                text.Append(" — also \"").Append(string.Join("\", \"", otherNames)).Append('"');
            }

            text.Append('\n');
        }
    }

    private static void AppendQuotes(StringBuilder text, Document document)
    {
        var quotes = document.Find<QuoteLayer>()?.Quotes ?? [];
        if (quotes.Count == 0)
        {
            return;
        }

        text.Append("\n## Who said what\n");
        foreach (var quote in quotes)
        {
            string said = document.Text(quote.Span).ReplaceLineEndings(" ");
            if (said.Length > MaxQuoteChars)
            {
                said = string.Concat(said.AsSpan(0, MaxQuoteChars), "…");
            }

            text.Append("- ").Append(quote.Date ?? "undated").Append("  ").Append(quote.Speaker ?? "(unknown speaker)");
            text.Append(" [").Append(quote.Kind.ToString().ToLowerInvariant()).Append("]: ");
            text.Append(quote.Kind == QuoteKind.Indirect ? "that " : "").Append(said).Append('\n');
        }
    }
}
