using System;
using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CometChat.Rest.Benchmarks.Canned;

/// <summary>
/// Serves <c>GET /users?perPage=N&amp;page=P</c> from pages of users built in advance: paging with no server in
/// the process, so every byte allocated is the client's.
/// </summary>
public sealed class PagedHandler : HttpMessageHandler
{
    private readonly byte[][] _pages;

    public PagedHandler(int total, int perPage)
    {
        _pages = new byte[(total + perPage - 1) / perPage][];
        for (var i = 0; i < _pages.Length; i++)
        {
            _pages[i] = CannedResponses.UserList(Math.Min(perPage, total - (i * perPage)), i + 1, total, perPage);
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var query = request.RequestUri!.Query;
        var at = query.IndexOf("page=", StringComparison.Ordinal);
        var page = at >= 0 && (at == 1 || query[at - 1] == '&') ? int.Parse(query.AsSpan(at + 5), CultureInfo.InvariantCulture) : 1;
        var response = new HttpResponseMessage(HttpStatusCode.OK)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(page <= _pages.Length ? _pages[page - 1] : CannedResponses.UserList(0, page, 0, 100)),
        };
        response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        return Task.FromResult(response);
    }
}
