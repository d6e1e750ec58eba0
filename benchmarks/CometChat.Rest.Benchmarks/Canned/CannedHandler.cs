using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CometChat.Rest.Benchmarks.Canned;

/// <summary>
/// Answers every request with the same pre-built body in a new <see cref="HttpResponseMessage"/>, the way
/// <c>SocketsHttpHandler</c> hands one over: headers added unvalidated (parsed only when read), content over bytes.
/// No socket, no server: what remains is the client's own cost.
/// </summary>
public sealed class CannedHandler : HttpMessageHandler
{
    private readonly byte[] _body;

    public CannedHandler(byte[] body)
    {
        _body = body;
    }

    /// <summary>When set, every request is described here (for checking that clients send the same thing).</summary>
    public List<string>? Recorded { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Recorded is not null)
        {
            Recorded.Add(await DescribeAsync(request).ConfigureAwait(false));
        }

        var response = new HttpResponseMessage(HttpStatusCode.OK)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(_body),
        };
        response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        // CometChat sends its rate-limit counters on every answer.
        response.Headers.TryAddWithoutValidation("X-Rate-Limit", "10000");
        response.Headers.TryAddWithoutValidation("X-Rate-Limit-Remaining", "9999");
        return response;
    }

    private static async Task<string> DescribeAsync(HttpRequestMessage request)
    {
        var headers = request.Headers.NonValidated
            .Concat(request.Content?.Headers.NonValidated ?? [])
            .Select(h => $"{h.Key}: {string.Join(Separator(h.Key), h.Value)}")
            .Where(h => !h.StartsWith("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.OrdinalIgnoreCase);
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync().ConfigureAwait(false);
        return $"{request.Method} {request.RequestUri}\n{string.Join("\n", headers)}\n\n{body}";
    }

    // How HttpClient joins a header's values on the wire: User-Agent's products with spaces, the rest with commas.
    private static string Separator(string header) =>
        header.Equals("User-Agent", StringComparison.OrdinalIgnoreCase) ? " " : ", ";
}
