using Dateline.Tests.Cli;
using Dateline.Training.Cleaning;

namespace Dateline.Tests.Cleaning;

public class CleanEvaluationTests
{
    private const string Conllu = """
        # newdoc id = a
        # newpar
        # text = Talks between usa And israel resumed.
        1	Talks	_	_	_	_	_	_	_	_

        # text = Officials met in Oslo.
        1	Officials	_	_	_	_	_	_	_	_

        # newdoc id = b
        # text = Nothing to see here.
        1	Nothing	_	_	_	_	_	_	_	_

        """;

    private const string Conll = """
        -DOCSTART- -X- -X- O

        Rain O
        fell O
        . O

        It O
        stopped O
        . O

        """;

    [Fact]
    public void ConlluDocumentsAreSentencesPerLineWithParagraphBreaks()
    {
        using var folder = new TempFolder();
        var documents = CleanEvaluation.ReadDocuments(folder.File("x.conllu", Conllu));
        Assert.Equal(["Talks between usa And israel resumed.\nOfficials met in Oslo.\n", "Nothing to see here.\n"], documents);
    }

    [Fact]
    public void Conll2003TokensAreJoinedBySpaces()
    {
        using var folder = new TempFolder();
        Assert.Equal(["Rain fell .\nIt stopped .\n"], CleanEvaluation.ReadDocuments(folder.File("x.testa", Conll)));
    }

    [Fact]
    public void EvalCleanReportsRatesAndListsEveryHit()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run("eval", "clean", folder.File("x.conllu", Conllu), folder.File("y.testa", Conll));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("14 words, 2 documents; repairs 3 = 2142.86 per 10,000 words", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("And -> and", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("repairs 0 = 0.00 per 10,000 words", result.Stdout, StringComparison.Ordinal);
    }
}
