using Dateline.Cleaning;
using Dateline.Events;
using Dateline.Pipeline;
using Dateline.Reading;
using Dateline.Text;
using Xunit;

namespace Dateline.Tests.Events;

/// <summary>The events the issue names in the example article (../shared/examples/blinken.txt).</summary>
public sealed class BlinkenEventTests
{
    private static readonly Lazy<IReadOnlyList<CodedEvent>> Events = new(() =>
    {
        string path = SharedCorpora.PathOf("examples/blinken.txt");
        var document = ArticleReader.FromPlainText(path, File.ReadAllText(path), null);
        var pipeline = AnalysisPipeline.Build([new Cleaner(), new TokenizerComponent(), new EventCoder()]);
        return pipeline.Run(document).Get<EventLayer>().Events;
    });

    [NeedsSharedFact]
    public void CaptionMeetingsAreCodedWithActorsAndPlace()
    {
        Assert.Contains(Events.Value, e => e.Root == "04" && e.Source?.Code == "ISRGOV" && e.Target?.Code == "USAGOV" && e.Location?.Name == "Tel Aviv");
        Assert.Contains(Events.Value, e => e.Root == "04" && e.Source?.Code == "USAGOV" && e.Target?.Code == "ISROPP" && e.Target.Text.Contains("Lapid", StringComparison.Ordinal));
    }

    [NeedsSharedFact]
    public void NetanyahuRejectsAndDemandsAndBlinkenAppeals()
    {
        Assert.Contains(Events.Value, e => e.Root == "12" && e.Source?.Code == "ISRGOV" && e.Target?.Code == "PSEREBHMS");
        Assert.Contains(Events.Value, e => e.Root == "02" && e.Source?.Code == "ISRGOV" && e.Target?.Text == "UNRWA");
        Assert.Contains(Events.Value, e => e.Root == "02" && e.Source?.Code == "USAGOV" && e.Target?.Text == "Netanyahu");
        Assert.All(Events.Value, e => Assert.Equal("2024-01-03", e.Date?[..10]));
    }

    [NeedsSharedFact]
    public void UnitedStatesSuspendsAidToUnrwa()
    {
        Assert.Contains(Events.Value, e => e.Code == "162" && e.Source?.Code == "USA" && e.Target?.Text == "UNRWA");
    }
}
