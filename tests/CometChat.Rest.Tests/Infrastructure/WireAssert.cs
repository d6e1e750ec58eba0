using System.Net.Http;

namespace CometChat.Rest.Tests.Infrastructure;

/// <summary>Assertions on what the client put on the wire.</summary>
public static class WireAssert
{
    /// <summary>Method, absolute URL, the headers every call carries, and the body (null: no content at all).</summary>
    public static void Request(RecordedRequest request, HttpMethod method, string url, string? body = null, string? onBehalfOf = null)
    {
        Assert.Equal(method, request.Method);
        Assert.Equal(url, request.Url);
        StandardHeaders(request);

        if (onBehalfOf is null)
        {
            Assert.False(request.Headers.ContainsKey("onBehalfOf"), "onBehalfOf was sent though not given.");
        }
        else
        {
            Assert.Equal(onBehalfOf, request.Headers["onBehalfOf"]);
        }

        if (body is null)
        {
            Assert.Null(request.Body);
            Assert.False(request.Headers.ContainsKey("Content-Type"));
        }
        else
        {
            Assert.Equal("application/json; charset=utf-8", request.Headers["Content-Type"]);
            JsonAssert.Equal(body, request.BodyText);
        }
    }

    public static void StandardHeaders(RecordedRequest request, string apiKey = "key")
    {
        Assert.Equal(apiKey, request.Headers["apikey"]);
        Assert.Equal("application/json", request.Headers["Accept"]);
        Assert.StartsWith("CometChat.Rest/", request.Headers["User-Agent"], System.StringComparison.Ordinal);
    }
}
