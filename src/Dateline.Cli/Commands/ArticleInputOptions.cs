using System.CommandLine;
using Dateline.Reading;

namespace Dateline.Cli.Commands;

/// <summary>The article files and <c>--date</c> fallback shared by the commands that analyse articles.</summary>
public sealed class ArticleInputOptions
{
    public Argument<string[]> Files { get; } = new("files") { Arity = ArgumentArity.OneOrMore, Description = "Article files (.txt, .jsonl) or - for stdin." };

    public Option<string?> Date { get; } = new("--date") { Description = "Publication date (YYYY-MM-DD) for inputs that carry none." };

    /// <summary>Reads <c>--date</c>; false (after a usage error on stderr) when it is not a date.</summary>
    public bool TryGetFallbackDate(ParseResult parsed, CliContext context, out DateOnly? fallback)
    {
        fallback = null;
        if (parsed.GetValue(Date) is not { } text)
        {
            return true;
        }

        if (!HeaderParser.TryParseDate(text, out var date))
        {
            context.Fail($"--date '{text}' is not a date (YYYY-MM-DD)");
            return false;
        }

        fallback = date;
        return true;
    }
}
