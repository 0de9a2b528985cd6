using System.Buffers;
using System.Text.Unicode;

namespace Dateline.Reading;

/// <summary>Strict UTF-8 decoding (BOM optional) that refuses binary data instead of guessing.</summary>
public static class TextDecoder
{
    /// <summary>Decodes <paramref name="bytes"/>; on failure returns null and a one-line reason.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string? error)
    {
        int offset = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            offset = 3;
            bytes = bytes[3..];
        }

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            error = $"binary data (NUL byte at offset {nul + offset}), not a text article";
            return null;
        }

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out int bytesRead, out int charsWritten, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            error = $"invalid UTF-8 at byte {bytesRead + offset}";
            return null;
        }

        error = null;
        return new string(chars, 0, charsWritten);
    }
}
