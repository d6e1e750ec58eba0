using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using Microsoft.AspNetCore.Http;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>
/// The emulator's last line of defence, driven directly: no endpoint fails unexpectedly on purpose, so an
/// unexpected exception cannot be provoked over HTTP.
/// </summary>
public sealed class ErrorHandlingTests
{
    private static async Task<(int Status, JsonElement Error)> RunAsync(RequestDelegate next)
    {
        var context = new DefaultHttpContext();
        using var body = new MemoryStream();
        context.Response.Body = body;

        await ErrorHandlingMiddleware.InvokeAsync(context, next);

        Assert.Equal("application/json; charset=utf-8", context.Response.ContentType);
        using var document = JsonDocument.Parse(body.ToArray());
        return (context.Response.StatusCode, document.RootElement.GetProperty("error").Clone());
    }

    [Fact]
    public async Task An_unexpected_exception_becomes_a_500_ERR_EXCEPTION_json_body()
    {
        var (status, error) = await RunAsync(_ => throw new InvalidOperationException("boom"));

        Assert.Equal(500, status);
        Assert.Equal(CometChatErrorCodes.Exception, error.GetProperty("code").GetString());
        Assert.Contains("boom", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_error_keeps_its_status_code_and_details()
    {
        var (status, error) = await RunAsync(_ => throw ApiError.Validation("uid", "The uid field is required."));

        Assert.Equal(400, status);
        Assert.Equal(CometChatErrorCodes.BadRequest, error.GetProperty("code").GetString());
        Assert.Equal("The uid field is required.", error.GetProperty("details").GetProperty("uid")[0].GetString());
    }
}
