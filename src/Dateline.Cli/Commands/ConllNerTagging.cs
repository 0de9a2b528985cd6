using Dateline.Entities.Gazetteers;
using Dateline.Entities.Recognition;
using Dateline.Training.Entities;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline tag --in conll</c>: CoNLL-2003 lines in (word first, any further columns), each line echoed with
/// one more column, the predicted IOB2 tag (PER, ORG, LOC, MISC); <c>-DOCSTART-</c> lines and blank lines pass through.
/// A document is what lies between <c>-DOCSTART-</c> lines, so later mentions can agree with earlier ones.
/// </summary>
public static class ConllNerTagging
{
    public static int Run(TextReader input, TextWriter output)
    {
        var documents = NerCorpus.Read(input);
        var predictions = new NerTrainer(Gazetteer.Default).Predict(EntityTagger.ShippedModel, documents);
        int index = 0;
        foreach (var document in documents)
        {
            foreach (var line in document.Preamble)
            {
                output.WriteLine(line);
            }

            foreach (var sentence in document.Sentences)
            {
                var tags = predictions[index++];
                for (int i = 0; i < sentence.Lines.Length; i++)
                {
                    char separator = sentence.Lines[i].Contains('\t', StringComparison.Ordinal) ? '\t' : ' ';
                    output.Write(sentence.Lines[i]);
                    output.Write(separator);
                    output.WriteLine(tags[i]);
                }

                output.WriteLine();
            }
        }

        return ExitCodes.Success;
    }
}
