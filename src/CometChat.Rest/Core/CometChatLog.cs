using Microsoft.Extensions.Logging;

namespace CometChat.Rest.Core;

/// <summary>
/// The client's log events. They carry the route template (<c>/users/{uid}/auth_tokens/{authToken}</c>), never the
/// filled-in path, headers, bodies or CometChat's message text, so keys, tokens and user data stay out of logs.
/// </summary>
internal static partial class CometChatLog
{
    [LoggerMessage(EventId = 1, EventName = "CometChatCallSucceeded", Level = LogLevel.Debug,
        Message = "{Operation} {HttpMethod} {RouteTemplate} answered {StatusCode} in {ElapsedMilliseconds} ms ({Attempts} attempt(s))")]
    public static partial void CallSucceeded(ILogger logger, string operation, string httpMethod, string routeTemplate, int statusCode, long elapsedMilliseconds, int attempts);

    [LoggerMessage(EventId = 2, EventName = "CometChatRetrying", Level = LogLevel.Information,
        Message = "{Operation} {HttpMethod} {RouteTemplate} attempt {Attempt} failed ({ErrorType}); retrying in {DelayMilliseconds} ms")]
    public static partial void Retrying(ILogger logger, string operation, string httpMethod, string routeTemplate, int attempt, string errorType, long delayMilliseconds);

    [LoggerMessage(EventId = 3, EventName = "CometChatCallFailed", Level = LogLevel.Warning,
        Message = "{Operation} {HttpMethod} {RouteTemplate} failed with status {StatusCode}, error code {ErrorCode} ({ErrorType}) in {ElapsedMilliseconds} ms ({Attempts} attempt(s))")]
    public static partial void CallFailed(ILogger logger, string operation, string httpMethod, string routeTemplate, int statusCode, string? errorCode, string? errorType, long elapsedMilliseconds, int attempts);

    [LoggerMessage(EventId = 4, EventName = "CometChatCallCancelled", Level = LogLevel.Debug,
        Message = "{Operation} {HttpMethod} {RouteTemplate} was cancelled by the caller after {ElapsedMilliseconds} ms ({Attempts} attempt(s))")]
    public static partial void CallCancelled(ILogger logger, string operation, string httpMethod, string routeTemplate, long elapsedMilliseconds, int attempts);
}
