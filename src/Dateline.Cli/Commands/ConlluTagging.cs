using Dateline.Tagging;
using Dateline.Training.Corpora;

namespace Dateline.Cli.Commands;

/// <summary><c>tag --in conllu</c>: keeps every line and sentence, fills LEMMA (col 3) and UPOS (col 4) of word lines.</summary>
public static class ConlluTagging
{
    public static int Run(TextReader input, TextWriter output)
    {
        var session = PosModel.Shipped.CreateSession();
        foreach (var block in Conllu.ReadBlocks(input))
        {
            var forms = block.Column(ConlluBlock.FormColumn);
            var tags = new Upos[forms.Length];
            var lemmas = new string[forms.Length];
            session.Tag(forms, tags, lemmas);
            block.SetColumn(ConlluBlock.LemmaColumn, lemmas);
            block.SetColumn(ConlluBlock.UposColumn, tags.Select(t => t.ToString()).ToArray());
            foreach (string line in block.Lines)
            {
                output.WriteLine(line);
            }

            output.WriteLine();
        }

        return ExitCodes.Success;
    }
}
