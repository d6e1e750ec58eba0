using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CometChat.Rest.Core;

/// <summary>
/// A response body read into a pooled buffer, so that JSON is parsed from bytes without ever becoming a string.
/// </summary>
internal sealed class ResponseBody : IDisposable
{
    private const int DefaultSize = 16 * 1024;

    // Larger bodies are not worth keeping in the shared pool.
    private const int MaxPooledSize = 1024 * 1024;

    private byte[] _buffer;
    private int _length;

    private ResponseBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, _length);

    // ValueTask: a body that is already in memory (a buffered answer, a handler in tests) is read without a Task.
    public static async ValueTask<ResponseBody> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var expected = content.Headers.ContentLength;
        var size = expected is > 0 and <= MaxPooledSize ? (int)expected.Value + 1 : DefaultSize;
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        var length = 0;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        break;
                    }

                    length += read;
                }
            }

            return new ResponseBody(buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0 && buffer.Length <= MaxPooledSize * 2)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
