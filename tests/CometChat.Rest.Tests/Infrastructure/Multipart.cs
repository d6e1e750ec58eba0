using System;
using System.Collections.Generic;
using System.Net.Http.Headers;
using System.Text;

namespace CometChat.Rest.Tests.Infrastructure;

/// <summary>One part of a recorded <c>multipart/form-data</c> body.</summary>
public sealed record MultipartPart(string Name, string? FileName, string? ContentType, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);
}

/// <summary>
/// Splits a recorded <c>multipart/form-data</c> body into its parts by hand (RFC 7578), so the tests see exactly
/// what went over the wire rather than what a lenient parser would accept.
/// </summary>
public static class Multipart
{
    public static IReadOnlyList<MultipartPart> Parse(RecordedRequest request)
    {
        var contentType = MediaTypeHeaderValue.Parse(request.Headers["Content-Type"]);
        Assert.Equal("multipart/form-data", contentType.MediaType);
        var boundary = Assert.Single(contentType.Parameters, p => p.Name == "boundary").Value!.Trim('"');
        var body = request.Body ?? [];

        var delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        var parts = new List<MultipartPart>();
        var start = IndexOf(body, delimiter, 0);
        Assert.True(start == 0, "The body must start with the boundary.");
        while (true)
        {
            var afterDelimiter = start + delimiter.Length;
            if (body.AsSpan(afterDelimiter).StartsWith("--"u8))
            {
                return parts;
            }

            Assert.True(body.AsSpan(afterDelimiter).StartsWith("\r\n"u8), "A boundary line must end with CRLF.");
            var next = IndexOf(body, Encoding.ASCII.GetBytes("\r\n--" + boundary), afterDelimiter);
            Assert.True(next > 0, "A part is not closed by a boundary.");
            parts.Add(ParsePart(body.AsSpan(afterDelimiter + 2, next - afterDelimiter - 2)));
            start = next + 2;
        }
    }

    private static MultipartPart ParsePart(ReadOnlySpan<byte> part)
    {
        var split = part.IndexOf("\r\n\r\n"u8);
        Assert.True(split >= 0, "A part has no blank line after its headers.");
        var headers = Encoding.UTF8.GetString(part[..split]).Split("\r\n");
        string? name = null, fileName = null, type = null;
        foreach (var header in headers)
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            var key = header[..colon].Trim();
            var value = header[(colon + 1)..].Trim();
            if (key.Equals("Content-Disposition", StringComparison.OrdinalIgnoreCase))
            {
                var disposition = ContentDispositionHeaderValue.Parse(value);
                Assert.Equal("form-data", disposition.DispositionType);
                name = disposition.Name?.Trim('"');
                fileName = disposition.FileNameStar ?? disposition.FileName?.Trim('"');
            }
            else if (key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                type = value;
            }
        }

        Assert.NotNull(name);
        return new MultipartPart(name, fileName, type, part[(split + 4)..].ToArray());
    }

    private static int IndexOf(byte[] haystack, byte[] needle, int from)
    {
        var index = haystack.AsSpan(from).IndexOf(needle);
        return index < 0 ? -1 : from + index;
    }
}
