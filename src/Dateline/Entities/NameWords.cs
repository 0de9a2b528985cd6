namespace Dateline.Entities;

/// <summary>What a single word looks like as part of a name.</summary>
internal static class NameWords
{
    /// <summary>A capitalised word of two or more characters ("Smith", "UN"; not "I", "a").</summary>
    public static bool IsCapitalised(string word) => word.Length > 1 && char.IsUpper(word[0]);

    /// <summary>An initial with its dot ("J.").</summary>
    public static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';
}
