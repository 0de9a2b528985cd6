namespace Dateline.Cli.Commands;

/// <summary>
/// Streams records to stdout: one per line (jsonl), or for json a lone object when there is one article and
/// an array when there are several. The first record is held back until the second shows which. Each record is
/// disposed once written.
/// </summary>
public sealed class RecordOutput(Stream output, bool asJsonArray)
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private ChunkedBuffer? pending;
    private int count;

    public void Add(ChunkedBuffer record)
    {
        count++;
        if (!asJsonArray)
        {
            WriteAndDispose(record);
            output.Write(NewLine);
            return;
        }

        if (count == 1)
        {
            pending = record;
            return;
        }

        if (count == 2)
        {
            output.Write("[\n"u8);
            WriteAndDispose(pending!);
            pending = null;
        }

        output.Write(",\n"u8);
        WriteAndDispose(record);
    }

    public void Finish()
    {
        if (asJsonArray)
        {
            if (count == 0)
            {
                output.Write("[]\n"u8);
            }
            else if (count == 1)
            {
                WriteAndDispose(pending!);
                output.Write(NewLine);
            }
            else
            {
                output.Write("\n]\n"u8);
            }
        }

        output.Flush();
    }

    private void WriteAndDispose(ChunkedBuffer record)
    {
        using (record)
        {
            record.WriteTo(output);
        }
    }
}
