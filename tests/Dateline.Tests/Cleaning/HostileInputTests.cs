using System.Text;
using Dateline.Cleaning;
using Dateline.Documents;

namespace Dateline.Tests.Cleaning;

/// <summary>Odd or hostile bodies: the cleaner stays linear and never throws.</summary>
public class HostileInputTests
{
    private static CleaningLayer Clean(string text) => Cleaner.Clean(text, new TextSpan(0, text.Length));

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n \r\n")]
    [InlineData(")")]
    [InlineData("()")]
    [InlineData("(Reuters")]
    [InlineData("Reuters/)")]
    [InlineData("— ")]
    [InlineData("”Said")]
    [InlineData("\"said")]
    [InlineData("WASHINGTON (AP) —")]
    [InlineData("(With information from AP)")]
    [InlineData("A caption (Jo Ann/Reuters)")]
    public void TinyOrDegenerateBodiesDoNotThrow(string text)
    {
        var layer = Clean(text);
        Assert.All(layer.Paragraphs, p => Assert.True(p.Start >= 0 && p.End <= text.Length && p.Start < p.End));
    }

    [Fact]
    public void RepeatedDamageOnOneHugeLineIsHandledInLinearTime()
    {
        var text = new StringBuilder("Talks went on. ");
        for (int i = 0; i < 40_000; i++)
        {
            text.Append("usa And israel met UNRWAThe “x”Said, ((((Reuters/ ");
        }

        var layer = Clean(text.ToString());
        Assert.Equal(40_000 * 5, layer.Repairs.Count);
        Assert.Equal(40_000, layer.ForcedBreaks.Count);
    }

    [Fact]
    public void ManyParenthesesAndDashesOnEveryLine()
    {
        string line = new string('(', 5_000) + new string('—', 5_000) + new string(')', 5_000);
        string text = string.Join('\n', Enumerable.Repeat(line, 20));
        Assert.Equal(text.Replace("\n", "\n\n", StringComparison.Ordinal), Clean(text).CleanText);
    }
}
