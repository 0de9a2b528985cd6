namespace Dateline.Training.Events;

/// <summary>Regular English inflections as PETRARCH generates them for dictionary words (upper case).</summary>
internal static class Inflection
{
    public static string Plural(string noun)
    {
        if (noun.EndsWith("SS", StringComparison.Ordinal) || noun.EndsWith("SH", StringComparison.Ordinal) || noun.EndsWith("CH", StringComparison.Ordinal) || noun.EndsWith('X'))
        {
            return noun + "ES";
        }

        if (noun.Length > 1 && noun.EndsWith('Y') && !IsVowel(noun[^2]))
        {
            return noun[..^1] + "IES";
        }

        return noun + "S";
    }

    /// <summary>Third person, past and gerund forms; doubled-consonant variants are added for short closed syllables.</summary>
    public static IEnumerable<string> VerbForms(string verb)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal) { Plural(verb) };
        if (verb.EndsWith('E'))
        {
            forms.Add(verb + "D");
            forms.Add(verb.EndsWith("EE", StringComparison.Ordinal) ? verb + "ING" : verb[..^1] + "ING");
        }
        else if (verb.Length > 1 && verb.EndsWith('Y') && !IsVowel(verb[^2]))
        {
            forms.Add(verb[..^1] + "IED");
            forms.Add(verb + "ING");
        }
        else
        {
            forms.Add(verb + "ED");
            forms.Add(verb + "ING");
            if (verb.Length >= 3 && !IsVowel(verb[^1]) && IsVowel(verb[^2]) && !IsVowel(verb[^3]) && verb[^1] is not ('W' or 'X' or 'Y'))
            {
                forms.Add(verb + verb[^1] + "ED");
                forms.Add(verb + verb[^1] + "ING");
            }
        }

        forms.Remove(verb);
        return forms;
    }

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';
}
