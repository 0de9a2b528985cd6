using System.Buffers;
using System.Text;
using Dateline.Documents;

namespace Dateline.Output;

/// <summary>A readable report of one article for a person: date, actors with roles, then who said what.</summary>
public static class SummaryWriter
{
    public static void Write(IBufferWriter<byte> output, Document document)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(document.Id).Append('\n');
        text.Append("date: ").Append(document.Info.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "unknown").Append('\n');
        Encoding.UTF8.GetBytes(text.ToString(), output);
    }
}
