using System.Text;

namespace Dateline.Training.Clusters;

/// <summary>
/// The prose a person wrote in one raw RFC 822 e-mail (SpamAssassin ham), cheaply: headers dropped; of a MIME message
/// only the plain-text parts that are not base64 (HTML and attachments would teach clusters markup, not English);
/// quoted-printable decoded; quoted reply lines (<c>&gt;</c>, <c>|</c>), reply intros ("… wrote:") and header-like
/// lines of forwarded mail dropped; everything from a signature or mailing-list footer on cut, since those repeat
/// verbatim in every message of a list. Paragraphs (blank-line separated) are kept so sentences never cross them.
/// </summary>
public static class MailBody
{
    private static readonly string[] ForwardedHeaders = ["from:", "to:", "cc:", "sent:", "date:", "subject:", "url:", "reply-to:"];

    public static string Extract(string message)
    {
        var (headers, body) = SplitHeaders(message.ReplaceLineEndings("\n"));
        var text = new StringBuilder();
        AppendPart(headers, body, text, depth: 0);
        return text.ToString();
    }

    private static void AppendPart(string headers, string body, StringBuilder text, int depth)
    {
        string type = Header(headers, "content-type");
        string encoding = Header(headers, "content-transfer-encoding").Trim().ToLowerInvariant();
        if (type.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            string boundary = Boundary(type);
            if (boundary.Length == 0 || depth > 4)
            {
                return;
            }

            var parts = body.Split("--" + boundary);
            // parts[0] is the preamble ("This is a multi-part message in MIME format."), never prose.
            for (int p = 1; p < parts.Length; p++)
            {
                if (parts[p].StartsWith("--", StringComparison.Ordinal))
                {
                    break;
                }

                var (partHeaders, partBody) = SplitHeaders(parts[p].TrimStart('\n'));
                AppendPart(partHeaders, partBody, text, depth + 1);
            }

            return;
        }

        bool plain = type.Length == 0 || type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase);
        if (!plain || encoding == "base64")
        {
            return;
        }

        AppendProse(encoding == "quoted-printable" ? DecodeQuotedPrintable(body) : body, text);
    }

    private static void AppendProse(string body, StringBuilder text)
    {
        foreach (var raw in body.Split('\n'))
        {
            var line = raw.TrimEnd();
            var trimmed = line.TrimStart();
            if (EndsProse(line, trimmed))
            {
                break;
            }

            if (trimmed.Length > 0 && IsNoise(trimmed))
            {
                continue;
            }

            text.Append(line).Append('\n');
        }

        text.Append('\n');
    }

    /// <summary>A signature delimiter, a quoted original message or a list footer: nothing after it is this writer's prose.</summary>
    private static bool EndsProse(string line, string trimmed) =>
        line is "--" or "-- "
        || trimmed.StartsWith("-----Original Message", StringComparison.OrdinalIgnoreCase)
        || trimmed.StartsWith("_____", StringComparison.Ordinal)
        || trimmed.Contains("mailman/listinfo", StringComparison.OrdinalIgnoreCase);

    private static bool IsNoise(string trimmed) =>
        trimmed[0] is '>' or '|'
        || MostlyNotLetters(trimmed)
        || trimmed.StartsWith("-----", StringComparison.Ordinal)
        || trimmed.StartsWith("=====", StringComparison.Ordinal)
        || trimmed.EndsWith("wrote:", StringComparison.OrdinalIgnoreCase)
        || trimmed.EndsWith("writes:", StringComparison.OrdinalIgnoreCase)
        || trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || ForwardedHeaders.Any(h => trimmed.StartsWith(h, StringComparison.OrdinalIgnoreCase))
        || (trimmed.Contains('>') && trimmed.Contains("</", StringComparison.Ordinal));

    /// <summary>Code, shell sessions, tables and ASCII art: fewer than half the visible characters are letters.</summary>
    private static bool MostlyNotLetters(string line)
    {
        int letters = 0, visible = 0;
        foreach (char c in line)
        {
            if (!char.IsWhiteSpace(c))
            {
                visible++;
                letters += char.IsLetter(c) ? 1 : 0;
            }
        }

        return letters * 2 < visible;
    }

    private static (string Headers, string Body) SplitHeaders(string message)
    {
        int end = message.IndexOf("\n\n", StringComparison.Ordinal);
        return end < 0 ? (message, "") : (message[..end], message[(end + 2)..]);
    }

    /// <summary>The value of a header (continuation lines joined), or "" if absent.</summary>
    private static string Header(string headers, string name)
    {
        var lines = headers.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > name.Length && lines[i][name.Length] == ':'
                && lines[i].StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                var value = new StringBuilder(lines[i][(name.Length + 1)..].Trim());
                for (int j = i + 1; j < lines.Length && lines[j].Length > 0 && lines[j][0] is ' ' or '\t'; j++)
                {
                    value.Append(' ').Append(lines[j].Trim());
                }

                return value.ToString();
            }
        }

        return "";
    }

    private static string Boundary(string contentType)
    {
        int at = contentType.IndexOf("boundary=", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return "";
        }

        var value = contentType[(at + "boundary=".Length)..];
        if (value.StartsWith('"'))
        {
            int close = value.IndexOf('"', 1);
            return close < 0 ? value[1..] : value[1..close];
        }

        int stop = value.IndexOfAny([';', ' ', '\t']);
        return stop < 0 ? value : value[..stop];
    }

    /// <summary>Soft line breaks joined, <c>=XX</c> decoded for ASCII; other bytes (an unknown charset) become a space.</summary>
    private static string DecodeQuotedPrintable(string body)
    {
        var text = new StringBuilder(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            if (body[i] != '=')
            {
                text.Append(body[i]);
            }
            else if (i + 1 < body.Length && body[i + 1] == '\n')
            {
                i++;
            }
            else if (i + 2 < body.Length && Uri.IsHexDigit(body[i + 1]) && Uri.IsHexDigit(body[i + 2]))
            {
                int value = Convert.ToInt32(body.Substring(i + 1, 2), 16);
                text.Append(value is (>= 0x20 and < 0x7F) or 9 ? (char)value : ' ');
                i += 2;
            }
            else
            {
                text.Append(body[i]);
            }
        }

        return text.ToString();
    }
}
