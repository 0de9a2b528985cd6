using System.Globalization;
using System.Runtime.CompilerServices;

namespace Dateline.Text;

/// <summary>Character tests for the tokenizer: a table for ASCII, Unicode categories beyond it.</summary>
internal static class CharKinds
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c <= ' ' || (c >= '\u0080' && IsWideSpace(c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => c < '\u0080' ? char.IsAsciiLetterOrDigit(c) : IsWideWordChar(c);

    public static bool IsLower(char c) => c < '\u0080' ? char.IsAsciiLetterLower(c) : char.IsLower(c);

    public static bool IsUpper(char c) => c < '\u0080' ? char.IsAsciiLetterUpper(c) : char.IsUpper(c);

    public static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';

    public static bool IsSentenceTerminal(char c) => c == '.' || c == '!' || c == '?';

    private static bool IsWideSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF' || c == '\u2060';

    private static bool IsWideWordChar(char c)
    {
        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
                return true;
            default:
                return false;
        }
    }
}
