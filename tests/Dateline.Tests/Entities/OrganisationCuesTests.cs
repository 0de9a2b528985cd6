using Dateline.Entities.Recognition;

namespace Dateline.Tests.Entities;

public sealed class OrganisationCuesTests
{
    private static readonly int Person = EntityLabels.TypeIndex("PER");
    private static readonly int Organisation = EntityLabels.TypeIndex("ORG");

    [Fact]
    public void ACueOnOneMentionMakesEveryMentionAnOrganisation()
    {
        IReadOnlyList<string>[] sentences = [["Pirelli", "rose", "."], ["cables", "giant", "Pirelli", "said"]];
        int[] labels = [Unit(Person), 0, 0, 0, 0, Unit(Person), 0];

        OrganisationCues.Tag(sentences, labels);

        Assert.Equal(["U-ORG", "O", "O", "O", "O", "U-ORG", "O"], labels.Select(EntityLabels.Name));
    }

    [Fact]
    public void TheFirstWordsOfACompanyNameAreThatCompany()
    {
        IReadOnlyList<string>[] sentences = [["Roosevelt", "Financial", "Group", "Inc", "grew"], ["Roosevelt", "said"]];
        int[] labels = [EntityLabels.Of('B', Organisation), EntityLabels.Of('I', Organisation), EntityLabels.Of('I', Organisation), EntityLabels.Of('L', Organisation), 0, Unit(Person), 0];

        OrganisationCues.Tag(sentences, labels);

        Assert.Equal("U-ORG", EntityLabels.Name(labels[5]));
    }

    [Fact]
    public void ANamePartOfALongerPersonsNameStaysAPerson()
    {
        IReadOnlyList<string>[] sentences = [["Gerald", "Ford", "spoke"], ["Ford", "Motor", "Co", "rose"], ["Ford", "said"]];
        int[] labels = [EntityLabels.Of('B', Person), EntityLabels.Of('L', Person), 0, EntityLabels.Of('B', Organisation), EntityLabels.Of('I', Organisation), EntityLabels.Of('L', Organisation), 0, Unit(Person), 0];

        OrganisationCues.Tag(sentences, labels);

        Assert.Equal("U-PER", EntityLabels.Name(labels[7]));
    }

    [Theory]
    [InlineData("Smith", "shares", "the")]
    [InlineData("Team", "Smith", "won")]
    public void APersonWithoutCueStaysAPerson(string first, string second, string third)
    {
        IReadOnlyList<string>[] sentences = [[first, second, third]];
        int[] labels = first == "Smith" ? [Unit(Person), 0, 0] : [0, Unit(Person), 0];

        OrganisationCues.Tag(sentences, labels);

        Assert.Contains("U-PER", labels.Select(EntityLabels.Name));
    }

    private static int Unit(int type) => EntityLabels.Of('U', type);
}
