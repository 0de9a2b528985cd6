using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

public sealed class AmpersandNamesTests
{
    private static int[] Labels(params string[] names) => names.Select(n => EntityLabels.All.ToList().IndexOf(n)).ToArray();

    private static string[] Joined(string text, params string[] labels)
    {
        var words = text.Split(' ');
        var result = Labels(labels);
        AmpersandNames.Join(words, result);
        return result.Select(EntityLabels.Name).ToArray();
    }

    [Fact]
    public void TwoPeopleAroundAnAmpersandAreOneOrganisation() =>
        Assert.Equal(
            ["B-ORG", "I-ORG", "I-ORG", "L-ORG", "O"],
            Joined("Douglas & Lomason Co shares", "U-PER", "O", "B-PER", "L-PER", "O"));

    [Fact]
    public void TwoPlacesStayAPlace() =>
        Assert.Equal(["B-LOC", "I-LOC", "L-LOC"], Joined("Trinidad & Tobago", "U-LOC", "O", "U-LOC"));

    [Theory]
    [InlineData("R & D")]
    [InlineData("Clean & tidy")]
    public void AbbreviationsAndLowerCaseWordsAreLeftAlone(string text) =>
        Assert.Equal(["O", "O", "O"], Joined(text, "O", "O", "O"));
}
