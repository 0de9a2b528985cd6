using System.Globalization;
using System.Text;

namespace Dateline.Training.Entities;

/// <summary>Turns the upper-case, underscore-joined names of the event-data dictionaries into running-text forms.</summary>
internal static class NameForms
{
    private static readonly HashSet<string> LowerCaseParticles = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "for", "in", "on", "de", "da", "del", "der", "van", "von", "bin", "ibn", "la", "le", "du", "y",
    };

    /// <summary><c>BENJAMIN_NETANYAHU_</c> → <c>Benjamin Netanyahu</c>; null when nothing name-like remains.</summary>
    public static string? FromDictionaryKey(string key)
    {
        var spaced = key.Replace('_', ' ').Trim();
        if (spaced.Length == 0 || spaced.IndexOfAny(['(', ')', '{', '}', '[', ']', '"', '/', '+', '#']) >= 0)
        {
            return null;
        }

        return TitleCase(spaced);
    }

    public static string TitleCase(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new StringBuilder(text.Length);
        for (int i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                result.Append(' ');
            }

            var lower = words[i].ToLowerInvariant();
            if (i > 0 && LowerCaseParticles.Contains(lower))
            {
                result.Append(lower);
                continue;
            }

            bool upperNext = true;
            for (int j = 0; j < lower.Length; j++)
            {
                char c = lower[j];
                result.Append(upperNext ? char.ToUpperInvariant(c) : c);

                // O'Brien and D'Souza, but People's.
                upperNext = c is '-' or '.' || (c == '\'' && j == 1);
            }
        }

        return result.ToString();
    }

    /// <summary>Splits punctuation that a tokenizer separates (commas, trailing full stops of non-abbreviations).</summary>
    public static string? Normalize(string name)
    {
        var trimmed = name.Trim().Replace(", ", " , ", StringComparison.Ordinal);
        if (trimmed.Length < 2 || !char.IsLetter(trimmed[0]) || trimmed.IndexOfAny(['(', ')', '[', ']', '"', ';', '/', '_']) >= 0)
        {
            return null;
        }

        trimmed = string.Join(' ', trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return trimmed.Normalize(NormalizationForm.FormC);
    }

    /// <summary>English plural of a demonym (<c>Israeli</c> → <c>Israelis</c>); null when it has none (<c>Swiss</c>).</summary>
    public static string? PluralOfDemonym(string demonym)
    {
        if (demonym.EndsWith("ese", StringComparison.Ordinal) || demonym.EndsWith("ish", StringComparison.Ordinal)
            || demonym.EndsWith("ch", StringComparison.Ordinal) || demonym.EndsWith('s') || demonym.EndsWith('x') || demonym.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        return demonym + "s";
    }

    public static bool IsCapitalized(string name) => name.Length > 0 && char.GetUnicodeCategory(name[0]) == UnicodeCategory.UppercaseLetter;
}
