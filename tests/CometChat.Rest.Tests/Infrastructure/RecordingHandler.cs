using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace CometChat.Rest.Tests.Infrastructure;

/// <summary>One request as the handler saw it, with its body read eagerly.</summary>
public sealed class RecordedRequest
{
    public RecordedRequest(HttpMethod method, Uri uri, IReadOnlyDictionary<string, string> headers, byte[]? body)
    {
        Method = method;
        Uri = uri;
        Headers = headers;
        Body = body;
    }

    public HttpMethod Method { get; }

    public Uri Uri { get; }

    /// <summary>The absolute URI as sent, escapes kept.</summary>
    public string Url => Uri.AbsoluteUri;

    /// <summary>Request and content headers by name (case-insensitive), values joined with ", ".</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The body bytes, or null when the request had no content.</summary>
    public byte[]? Body { get; }

    public string? BodyText => Body is null ? null : Encoding.UTF8.GetString(Body);

    /// <summary>The value of the query parameter <paramref name="name"/> (decoded), or null.</summary>
    public string? Query(string name)
    {
        var query = Uri.Query.TrimStart('?');
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            if (key == name)
            {
                return eq < 0 ? string.Empty : Uri.UnescapeDataString(pair[(eq + 1)..]);
            }
        }

        return null;
    }
}

/// <summary>A response the handler answers with.</summary>
public sealed class CannedResponse
{
    public CannedResponse(HttpStatusCode status, string? body, string contentType = "application/json")
    {
        Status = status;
        Body = body;
        ContentType = contentType;
    }

    public HttpStatusCode Status { get; }

    public string? Body { get; }

    public string ContentType { get; }

    /// <summary>Response headers to add (Retry-After, X-Rate-Limit-Reset, ...).</summary>
    public IList<KeyValuePair<string, string>> Headers { get; } = [];

    /// <summary>When true, the body is sent without a Content-Length, in small chunks, as a chunked response would be.</summary>
    public bool Chunked { get; init; }

    /// <summary>When set, reading the body throws this after the body's bytes (a connection dropped mid-body).</summary>
    public Exception? BodyFailure { get; init; }

    public static CannedResponse Json(string body, HttpStatusCode status = HttpStatusCode.OK) => new(status, body);

    public CannedResponse WithHeader(string name, string value)
    {
        Headers.Add(new(name, value));
        return this;
    }

    internal HttpResponseMessage ToMessage(HttpRequestMessage request)
    {
        var response = new HttpResponseMessage(Status) { RequestMessage = request };
        if (Body is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(Body);
            HttpContent content = Chunked || BodyFailure is not null
                ? new StreamContent(new TrickleStream(bytes, chunkSize: 1000, BodyFailure))
                : new ByteArrayContent(bytes);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
            response.Content = content;
        }

        foreach (var header in Headers)
        {
            if (!response.Headers.TryAddWithoutValidation(header.Key, header.Value))
            {
                response.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return response;
    }
}

/// <summary>
/// An <see cref="HttpMessageHandler"/> that records every request and answers from a queue of canned responses,
/// or from a function of the request.
/// </summary>
public sealed class RecordingHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<RecordedRequest, CancellationToken, Task<CannedResponse>>> _queue = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Func<RecordedRequest, CancellationToken, Task<CannedResponse>>? _fallback;

    public RecordingHandler()
    {
    }

    /// <summary>Answers every request not served by the queue with <paramref name="respond"/>.</summary>
    public RecordingHandler(Func<RecordedRequest, CannedResponse> respond)
    {
        ArgumentNullException.ThrowIfNull(respond);
        _fallback = (request, _) => Task.FromResult(respond(request));
    }

    /// <summary>Answers every request not served by the queue with <paramref name="respond"/>, which may wait or throw.</summary>
    public RecordingHandler(Func<RecordedRequest, CancellationToken, Task<CannedResponse>> respond)
    {
        _fallback = respond;
    }

    public bool Disposed { get; private set; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public RecordedRequest SingleRequest => Assert.Single(Requests);

    /// <summary>Forgets the requests recorded so far.</summary>
    public void Clear()
    {
        lock (_requests)
        {
            _requests.Clear();
        }
    }

    public RecordingHandler Enqueue(CannedResponse response)
    {
        _queue.Enqueue((_, _) => Task.FromResult(response));
        return this;
    }

    public RecordingHandler EnqueueJson(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        Enqueue(CannedResponse.Json(body, status));

    public RecordingHandler Enqueue(Func<RecordedRequest, CancellationToken, Task<CannedResponse>> respond)
    {
        _queue.Enqueue(respond);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers.NonValidated)
        {
            headers[header.Key] = string.Join(", ", header.Value);
        }

        byte[]? body = null;
        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers.NonValidated)
            {
                headers[header.Key] = string.Join(", ", header.Value);
            }

            body = await request.Content.ReadAsByteArrayAsync(cancellationToken);
        }

        var recorded = new RecordedRequest(request.Method, request.RequestUri!, headers, body);
        lock (_requests)
        {
            _requests.Add(recorded);
        }

        var respond = _queue.TryDequeue(out var next)
            ? next
            : _fallback ?? throw new InvalidOperationException($"No canned response left for {request.Method} {request.RequestUri}.");
        var canned = await respond(recorded, cancellationToken);
        return canned.ToMessage(request);
    }

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }
}

/// <summary>A non-seekable stream (so no Content-Length) that hands out at most a few bytes per read.</summary>
internal sealed class TrickleStream(byte[] data, int chunkSize, Exception? failure = null) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position == data.Length && failure is not null)
        {
            throw failure;
        }

        var n = Math.Min(Math.Min(chunkSize, buffer.Length), data.Length - _position);
        data.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        new(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
