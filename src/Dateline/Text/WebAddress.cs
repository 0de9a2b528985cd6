namespace Dateline.Text;

/// <summary>URLs and e-mail addresses inside a run of non-space characters.</summary>
internal static class WebAddress
{
    private const int MaxDomainLength = 255;

    /// <summary>"Warner@ENRON": an in-house mail address names its host in capitals, without a domain.</summary>
    private static bool IsMailHost(string text, int start, int end)
    {
        if (end - start < 2)
        {
            return false;
        }

        for (int i = start; i < end; i++)
        {
            if (!char.IsAsciiLetterUpper(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool StartsUrl(string text, int start, int end)
    {
        if (text[start] is not ('h' or 'H' or 'w' or 'W' or 'f' or 'F'))
        {
            return false;
        }

        var rest = text.AsSpan(start, end - start);
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && CharKinds.IsWordChar(rest[4]));
    }

    /// <summary>The URL runs to the space; trailing sentence punctuation and unmatched closers are not part of it.</summary>
    public static int UrlEnd(string text, int start, int end)
    {
        bool hasOpenParen = text.AsSpan(start, end - start).Contains('(');
        int q = end;
        while (q > start + 1)
        {
            char last = text[q - 1];
            bool trailing = last is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or '\u201D' or '\u2019' or ']' or '>'
                || (last == ')' && !hasOpenParen);
            if (!trailing)
            {
                break;
            }

            q--;
        }

        return q;
    }

    /// <summary>An e-mail address whose '@' is at <paramref name="at"/> (the local part precedes it).</summary>
    public static bool TryEmailEnd(string text, int at, int end, out int emailEnd)
    {
        emailEnd = 0;
        int limit = Math.Min(end, at + 1 + MaxDomainLength);
        int q = at + 1;
        while (q < limit && (CharKinds.IsWordChar(text[q]) || text[q] is '.' or '-'))
        {
            q++;
        }

        while (q > at + 1 && text[q - 1] is '.' or '-')
        {
            q--;
        }

        int lastDot = text.AsSpan(at + 1, q - at - 1).LastIndexOf('.') + at + 1;
        bool hasDomain = lastDot > at && lastDot < q - 1 && char.IsLetter(text[lastDot + 1]);
        if (!hasDomain && !IsMailHost(text, at + 1, q))
        {
            return false;
        }

        emailEnd = q;
        return true;
    }
}
