using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

/// <summary>Runs one decoding rule over a hand-labelled sentence: words split on spaces, BILOU labels by name.</summary>
internal static class SentenceRule
{
    public static string[] Apply(string text, string[] labels, Action<string[], int[]> rule)
    {
        var words = text.Split(' ');
        var result = labels.Select(n => EntityLabels.All.ToList().IndexOf(n)).ToArray();
        rule(words, result);
        return result.Select(EntityLabels.Name).ToArray();
    }
}
