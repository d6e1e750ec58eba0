using Microsoft.AspNetCore.Http;

namespace CometChat.Rest.Emulator.Http;

internal static class HttpContextExtensions
{
    /// <summary>A path parameter of the matched route (already unescaped).</summary>
    public static string RouteValue(this HttpContext context, string name) =>
        context.Request.RouteValues[name] as string ?? string.Empty;

    /// <summary>A request header, or null when it is absent or empty.</summary>
    public static string? Header(this HttpContext context, string name)
    {
        var value = context.Request.Headers[name].ToString();
        return value.Length == 0 ? null : value;
    }
}
