using System.CommandLine;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline eval …</c>: measurements against gold data.</summary>
public static class EvalCommand
{
    public static Command Create(CliContext context) => new("eval", "Measure Dateline against gold data.")
    {
        EvalCleanCommand.Create(context),
        EvalSegmentCommand.Create(context),
        EvalPosCommand.Create(context),
        EvalEventsCommand.Create(context),
        EvalTimexCommand.Create(context),
        EvalTimexGumCommand.Create(context),
        EvalTimexGumEntitiesCommand.Create(context),
        EntityCommands.EvalNer(context),
        EvalQuotesCommand.Create(context),
    };
}
