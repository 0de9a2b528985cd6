using System.Text.Json;
using Dateline.Actors;
using Dateline.Cleaning;
using Dateline.Documents;
using Dateline.Entities;
using Dateline.Events;
using Dateline.Quotes;
using Dateline.Tagging;
using Dateline.Text;
using Dateline.Time;

namespace Dateline.Output;

/// <summary>Writes a document as the contract's JSON record (see CONTRACT.md); layers not yet produced are empty arrays.</summary>
public static class RecordWriter
{
    public static void Write(Utf8JsonWriter json, Document document, bool withTokens)
    {
        var info = document.Info;
        var cleaning = document.Find<CleaningLayer>();
        json.WriteStartObject();
        json.WriteString("id", document.Id);
        WriteNullable(json, "url", info.Url);
        WriteNullable(json, "title", info.Title);
        WriteNullable(json, "source", info.Source);
        WriteNullable(json, "date", info.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("dateSource", DateSourceName(info.DateSource));
        json.WriteString("raw", document.Raw);
        json.WriteString("text", cleaning?.CleanText ?? document.Text(document.Body).Trim());

        json.WriteStartArray("captions");
        foreach (var caption in cleaning?.Captions ?? [])
        {
            json.WriteStartObject();
            json.WriteString("text", caption.Text);
            WriteNullable(json, "credit", caption.Credit);
            WriteNullable(json, "agency", caption.Agency);
            WriteNullable(json, "photographer", caption.Photographer);
            WriteSpan(json, caption.Span);
            json.WriteString("rule", caption.Rule);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("attributions");
        foreach (var attribution in cleaning?.Attributions ?? [])
        {
            json.WriteStartObject();
            json.WriteString("agency", attribution.Agency);
            json.WriteString("text", attribution.Text);
            WriteNullable(json, "place", attribution.Place);
            WriteNullable(json, "contributors", attribution.Contributors);
            WriteSpan(json, attribution.Span);
            json.WriteString("rule", attribution.Rule);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("repairs");
        foreach (var repair in cleaning?.Repairs ?? [])
        {
            json.WriteStartObject();
            json.WriteString("kind", repair.Kind);
            json.WriteString("original", repair.Original);
            json.WriteString("replacement", repair.Replacement);
            WriteSpan(json, repair.Span);
            json.WriteString("rule", repair.Rule);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        WriteSentences(json, document.Find<SentenceLayer>());
        if (withTokens)
        {
            WriteTokens(json, document.Find<TokenLayer>(), document.Find<PosLayer>());
        }

        WriteEntities(json, document);
        WriteActors(json, document.Find<ActorLayer>());
        WriteTimexes(json, document);
        WriteQuotes(json, document);
        WriteEvents(json, document.Find<EventLayer>());

        json.WriteStartArray("warnings");
        foreach (var warning in document.Warnings)
        {
            json.WriteStartObject();
            json.WriteString("code", warning.Code);
            json.WriteString("message", warning.Message);
            json.WriteStartArray("evidence");
            foreach (var span in warning.Evidence)
            {
                json.WriteStartObject();
                WriteSpan(json, span);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSentences(Utf8JsonWriter json, SentenceLayer? sentences)
    {
        json.WriteStartArray("sentences");
        if (sentences is not null)
        {
            foreach (var span in sentences.Spans)
            {
                json.WriteStartObject();
                WriteSpan(json, span);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
    }

    private static void WriteTokens(Utf8JsonWriter json, TokenLayer? tokens, PosLayer? pos)
    {
        json.WriteStartArray("tokens");
        for (int i = 0; tokens is not null && i < tokens.Count; i++)
        {
            json.WriteStartObject();
            json.WriteNumber("start", tokens.Starts[i]);
            json.WriteNumber("end", tokens.Ends[i]);
            WriteNullable(json, "upos", pos?.Tags[i].ToString());
            WriteNullable(json, "lemma", pos?.Lemmas[i]);
            if (tokens.Norms[i] is { } norm)
            {
                json.WriteString("norm", norm);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteEntities(Utf8JsonWriter json, Document document)
    {
        var entities = document.Find<EntityLayer>();
        var actors = document.Find<ActorLayer>();
        json.WriteStartArray("entities");
        for (int i = 0; entities is not null && i < entities.Entities.Count; i++)
        {
            var entity = entities.Entities[i];
            json.WriteStartObject();
            json.WriteString("text", document.Text(entity.Span));
            json.WriteString("type", entity.Type);
            WriteSpan(json, entity.Span);
            WriteNullable(json, "entity", actors is not null && actors.EntityActors.TryGetValue(i, out var id) ? id : null);
            json.WriteString("rule", entity.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteActors(Utf8JsonWriter json, ActorLayer? actors)
    {
        json.WriteStartArray("actors");
        foreach (var actor in actors?.Actors ?? [])
        {
            json.WriteStartObject();
            json.WriteString("id", actor.Id);
            json.WriteString("name", actor.Name);
            json.WriteString("type", actor.Type);
            WriteStrings(json, "aliases", actor.Aliases);
            WriteStrings(json, "roles", actor.Roles);
            WriteNullable(json, "code", actor.Code);
            WriteNullable(json, "country", actor.Country);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteTimexes(Utf8JsonWriter json, Document document)
    {
        json.WriteStartArray("timexes");
        foreach (var timex in document.Find<TimexLayer>()?.Timexes ?? [])
        {
            json.WriteStartObject();
            json.WriteString("text", document.Text(timex.Span));
            json.WriteString("type", timex.Type.ToString());
            json.WriteString("value", timex.Value);
            WriteSpan(json, timex.Span);
            json.WriteString("rule", timex.Rule);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter json, Document document)
    {
        json.WriteStartArray("quotes");
        foreach (var quote in document.Find<QuoteLayer>()?.Quotes ?? [])
        {
            json.WriteStartObject();
            json.WriteString("text", document.Text(quote.Span));
            json.WriteString("kind", quote.Kind.ToString().ToLowerInvariant());
            WriteNullable(json, "speaker", quote.Speaker);
            WriteNullable(json, "speakerEntity", quote.SpeakerActor);
            WriteNullableNumber(json, "speakerStart", quote.SpeakerMention?.Start);
            WriteNullableNumber(json, "speakerEnd", quote.SpeakerMention?.End);
            WriteNullable(json, "cue", quote.Cue is { } cue ? document.Text(cue) : null);
            WriteNullableNumber(json, "cueStart", quote.Cue?.Start);
            WriteNullableNumber(json, "cueEnd", quote.Cue?.End);
            WriteNullable(json, "date", quote.Date);
            WriteSpan(json, quote.Span);
            json.WriteString("sieve", quote.Sieve);
            WriteNullable(json, "extentRule", quote.ExtentRule);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteEvents(Utf8JsonWriter json, EventLayer? events)
    {
        json.WriteStartArray("events");
        foreach (var coded in events?.Events ?? [])
        {
            json.WriteStartObject();
            json.WriteString("code", coded.Code);
            json.WriteString("root", coded.Root);
            json.WriteNumber("quadClass", coded.QuadClass);
            json.WriteNumber("goldstein", coded.Goldstein);
            WriteEventActor(json, "source", coded.Source);
            WriteEventActor(json, "target", coded.Target);
            WriteNullable(json, "date", coded.Date);
            if (coded.Location is { } location)
            {
                json.WriteStartObject("location");
                json.WriteString("name", location.Name);
                WriteNullable(json, "country", location.Country);
                WriteNullableNumber(json, "lat", location.Latitude);
                WriteNullableNumber(json, "lon", location.Longitude);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("location");
            }

            json.WriteString("modality", coded.Modality);
            WriteSpan(json, coded.Span);
            json.WriteString("rule", coded.Rule);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteEventActor(Utf8JsonWriter json, string name, EventActor? actor)
    {
        if (actor is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("text", actor.Text);
        WriteNullable(json, "entity", actor.ActorId);
        WriteNullable(json, "code", actor.Code);
        json.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter json, TextSpan span)
    {
        json.WriteNumber("start", span.Start);
        json.WriteNumber("end", span.End);
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNullableNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, value.Value);
        }
    }

    private static void WriteNullableNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, value.Value);
        }
    }

    private static string DateSourceName(DateSource source) => source switch
    {
        DateSource.Header => "header",
        DateSource.Argument => "argument",
        DateSource.HtmlMeta => "html-meta",
        DateSource.Feed => "feed",
        _ => "none",
    };
}
