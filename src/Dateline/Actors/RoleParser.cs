using Dateline.Documents;
using Dateline.Text;

namespace Dateline.Actors;

/// <summary>
/// A role read from the text: tokens <c>[First, End)</c> without a leading article, the office's head words
/// ("prime minister"), the country it serves and its Phoenix sector.
/// </summary>
internal readonly record struct RoleSpan(int First, int End, string Head, string? Country, string Sector, bool Singular);

/// <summary>Parses roles such as "US Secretary of State", "Former Israeli Defense Minister", "Qatar's prime minister".</summary>
internal static class RoleParser
{
    private const int MaxRoleTokens = 8;

    /// <summary>Parses a role starting at <paramref name="first"/> (an article may precede it) and ending by <paramref name="limit"/>.</summary>
    public static bool TryParse(Document document, TokenLayer tokens, int first, int limit, out RoleSpan role)
    {
        var lexicon = ActorLexicon.Instance;
        role = default;
        int i = first;
        if (TokenText.Is(document, tokens, i, "the") || TokenText.Is(document, tokens, i, "a") || TokenText.Is(document, tokens, i, "an"))
        {
            i++;
        }

        int roleFirst = i, goodEnd = -1;
        string? head = null, country = null, sector = null;
        bool former = false;
        limit = Math.Min(limit, Math.Min(tokens.Count, first + MaxRoleTokens));
        while (i < limit)
        {
            if (lexicon.Countries.TryMatch(document, tokens, i, limit, out int countryLength, out var form) && form.Kind is MentionKind.Country or MentionKind.Demonym)
            {
                country ??= form.Code;
                i += countryLength;
                if (i < limit && TokenText.IsPossessive(document, tokens, i))
                {
                    i++;
                }

                if (head is not null)
                {
                    goodEnd = i;
                }

                continue;
            }

            if (lexicon.Roles.TryMatch(document, tokens, i, limit, out int roleLength, out var word))
            {
                if (word.IsModifier)
                {
                    former |= TokenText.Is(document, tokens, i, "former");
                }
                else
                {
                    head = Lower(document, tokens, i, i + roleLength);
                    sector = word.Sector;
                    goodEnd = i + roleLength;
                }

                i += roleLength;
                continue;
            }

            if (head is not null && (TokenText.Is(document, tokens, i, "of") || TokenText.Is(document, tokens, i, "for")))
            {
                int next = TokenText.Is(document, tokens, i + 1, "the") ? i + 2 : i + 1;
                if (next < limit && lexicon.Countries.TryMatch(document, tokens, next, limit, out _, out _))
                {
                    i = next;
                    continue;
                }
            }

            break;
        }

        if (head is null || goodEnd <= roleFirst)
        {
            return false;
        }

        bool singular = !head.EndsWith('s') || head.EndsWith("ss", StringComparison.Ordinal);
        role = new RoleSpan(roleFirst, goodEnd, head, country, former ? "ELI" : sector!, singular);
        return true;
    }

    /// <summary>A role ending exactly at token <paramref name="end"/> (the pre-modifiers of a name), starting as far left as possible.</summary>
    public static bool TryParseEndingAt(Document document, TokenLayer tokens, int end, out RoleSpan role)
    {
        for (int start = Math.Max(0, end - MaxRoleTokens); start < end; start++)
        {
            if (TryParse(document, tokens, start, end, out role) && role.End == end)
            {
                return true;
            }
        }

        role = default;
        return false;
    }

    public static string TextOf(Document document, TokenLayer tokens, int first, int end)
    {
        var text = new System.Text.StringBuilder();
        for (int i = first; i < end; i++)
        {
            if (i > first && (tokens.Flags[i] & TokenTraits.SpaceBefore) != 0)
            {
                text.Append(' ');
            }

            text.Append(TokenText.Of(document, tokens, i));
        }

        return text.ToString();
    }

    private static string Lower(Document document, TokenLayer tokens, int first, int end) => TextOf(document, tokens, first, end).ToLowerInvariant();
}
