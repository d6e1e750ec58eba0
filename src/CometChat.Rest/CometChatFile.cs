using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace CometChat.Rest;

/// <summary>
/// A file to upload in a <c>multipart/form-data</c> request: its content (bytes or a stream), the file name
/// CometChat sees and its media type.
/// </summary>
/// <remarks>
/// A stream is not disposed by the client: the caller owns it. A seekable stream is read from its position at
/// the time the file was created, again on every retry; a stream that cannot seek can be sent only once, so a
/// call that CometChat asks to retry (429) fails instead of uploading a truncated file.
/// </remarks>
public sealed class CometChatFile
{
    /// <summary>The media type used when none is given.</summary>
    public const string DefaultContentType = "application/octet-stream";

    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly Stream? _stream;
    private readonly long _start;
    private int _sends;

    /// <summary>A file whose content is already in memory.</summary>
    /// <param name="content">The file's bytes; not copied, so do not change them until the call completes.</param>
    /// <param name="fileName">The file name sent to CometChat, for example <c>photo.jpg</c>.</param>
    /// <param name="contentType">The media type, for example <c>image/jpeg</c>; <see cref="DefaultContentType"/> when null.</param>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty or has a line break, or <paramref name="contentType"/> is not a media type.</exception>
    public CometChatFile(ReadOnlyMemory<byte> content, string fileName, string? contentType = null)
    {
        FileName = CheckFileName(fileName);
        ContentType = CheckContentType(contentType);
        _bytes = content;
    }

    /// <summary>A file read from a stream when the request is sent.</summary>
    /// <param name="content">The stream, readable; the caller keeps ownership and disposes it after the call.</param>
    /// <param name="fileName">The file name sent to CometChat, for example <c>photo.jpg</c>.</param>
    /// <param name="contentType">The media type, for example <c>image/jpeg</c>; <see cref="DefaultContentType"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="content"/> cannot be read, <paramref name="fileName"/> is empty or has a line break, or <paramref name="contentType"/> is not a media type.</exception>
    public CometChatFile(Stream content, string fileName, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanRead)
        {
            throw new ArgumentException("The stream must be readable.", nameof(content));
        }

        FileName = CheckFileName(fileName);
        ContentType = CheckContentType(contentType);
        _stream = content;
        _start = content.CanSeek ? content.Position : 0;
    }

    /// <summary>The file name sent to CometChat.</summary>
    public string FileName { get; }

    /// <summary>The media type sent with the file.</summary>
    public string ContentType { get; }

    /// <summary>The length in bytes, when known (bytes, or a seekable stream).</summary>
    public long? Length => _stream is null ? _bytes.Length : _stream.CanSeek ? _stream.Length - _start : null;

    /// <summary>Whether the file can be sent more than once (bytes, or a stream that can seek back).</summary>
    internal bool CanResend => _stream is null || _stream.CanSeek;

    /// <summary>Builds the content of one attempt to send the file.</summary>
    /// <exception cref="InvalidOperationException">The stream cannot seek and was already sent once.</exception>
    internal HttpContent CreateContent()
    {
        HttpContent content;
        if (_stream is null)
        {
            content = new ReadOnlyMemoryContent(_bytes);
        }
        else
        {
            if (Interlocked.Increment(ref _sends) > 1 && !_stream.CanSeek)
            {
                throw new InvalidOperationException($"The file '{FileName}' comes from a stream that cannot seek, so it cannot be sent again. Pass a seekable stream or the bytes to allow retries.");
            }

            content = new FileStreamContent(_stream, _start);
        }

        content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
        return content;
    }

    private static string CheckFileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (fileName.Length == 0)
        {
            throw new ArgumentException("The file name must not be empty.", nameof(fileName));
        }

        // A line break would end the Content-Disposition header early.
        if (fileName.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException("The file name must not contain a line break.", nameof(fileName));
        }

        return fileName;
    }

    private static string CheckContentType(string? contentType)
    {
        if (contentType is null)
        {
            return DefaultContentType;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out _))
        {
            throw new ArgumentException($"'{contentType}' is not a media type (for example image/png).", nameof(contentType));
        }

        return contentType;
    }

    /// <summary>
    /// Copies the caller's stream into the request. Unlike <see cref="StreamContent"/> it does not dispose the
    /// stream with the request: the caller owns it.
    /// </summary>
    private sealed class FileStreamContent(Stream stream, long start) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream target, System.Net.TransportContext? context) =>
            SerializeToStreamAsync(target, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream target, System.Net.TransportContext? context, CancellationToken cancellationToken)
        {
            if (stream.CanSeek)
            {
                stream.Position = start;
            }

            await stream.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = stream.CanSeek ? stream.Length - start : 0;
            return stream.CanSeek;
        }
    }
}
