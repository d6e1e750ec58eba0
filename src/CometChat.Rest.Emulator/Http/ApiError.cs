using System;
using System.Collections.Generic;

namespace CometChat.Rest.Emulator.Http;

/// <summary>
/// A failure to report to the caller as CometChat's error body, <c>{"error": {"code", "message", "details"?}}</c>.
/// Endpoints and the store throw it; <see cref="ErrorHandlingMiddleware"/> writes it.
/// </summary>
internal sealed class ApiError : Exception
{
    /// <summary>The message CometChat sends with <c>ERR_BAD_REQUEST</c> validation errors.</summary>
    public const string ValidationMessage = "Failed to validate the data sent with the request.";

    public ApiError(int status, string code, string message, IReadOnlyDictionary<string, List<string>>? details = null)
        : base(message)
    {
        Status = status;
        Code = code;
        Details = details;
    }

    /// <summary>The HTTP status code.</summary>
    public int Status { get; }

    /// <summary>CometChat's error code, one of <see cref="CometChatErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>Messages per request field, for validation errors.</summary>
    public IReadOnlyDictionary<string, List<string>>? Details { get; }

    public static ApiError BadRequest(string message) =>
        new(400, CometChatErrorCodes.BadRequest, message);

    public static ApiError Validation(string field, string message) =>
        new(400, CometChatErrorCodes.BadRequest, ValidationMessage, new Dictionary<string, List<string>>(StringComparer.Ordinal) { [field] = [message] });

    public static ApiError Validation(IReadOnlyDictionary<string, List<string>> details) =>
        new(400, CometChatErrorCodes.BadRequest, ValidationMessage, details);

    public static ApiError EmptyApiKey() =>
        new(401, CometChatErrorCodes.AuthEmptyApiKey, "The apikey header is missing or empty: send a REST API key of the app in the apikey header.");

    public static ApiError ApiKeyNotFound(string appId) =>
        new(401, CometChatErrorCodes.AuthApiKeyNotFound, $"The apikey header does not hold a valid API key of the app {appId}.");

    public static ApiError NoAccess(string method, string path) =>
        new(403, CometChatErrorCodes.AuthNoAccess, $"The API key's scope (authOnly) does not allow {method} {path}: an auth-only key may only create users and auth tokens.");

    public static ApiError ApiNotFound(string method, string path) =>
        new(404, CometChatErrorCodes.ApiNotFound, $"No API matches {method} {path}.");

    public static ApiError UidNotFound(string uid) =>
        new(404, CometChatErrorCodes.UidNotFound, $"The UID {uid} does not exist, please make sure you have created a user with UID {uid}.");

    public static ApiError UidAlreadyExists(string uid) =>
        new(400, CometChatErrorCodes.UidAlreadyExists, $"The UID {uid} already exists, please use a different UID.");

    public static ApiError AuthTokenNotFound(string uid, string authToken) =>
        new(404, CometChatErrorCodes.AuthTokenNotFound, $"The auth token {authToken} does not exist for the UID {uid}.");

    // The spec gives ERR_AUTHTOKEN_NOT_ACCESSIBLE (a token mapped to another user) status 403.
    public static ApiError AuthTokenNotAccessible(string uid, string authToken) =>
        new(403, CometChatErrorCodes.AuthTokenNotAccessible, $"The auth token {authToken} belongs to a different user than {uid}.");

    public static ApiError ApiKeyDoesNotExist(string apiKey) =>
        new(404, CometChatErrorCodes.ApiKeyNotFound, $"The API key {apiKey} does not exist.");

    public static ApiError ApiKeyNoSelfAction() =>
        new(403, CometChatErrorCodes.ApiKeyNoSelfAction, "An API key cannot update or delete itself: use another fullAccess key.");

    public static ApiError Unexpected(Exception exception) =>
        new(500, CometChatErrorCodes.Exception, $"The emulator hit an unexpected error: {exception.GetType().Name}: {exception.Message}");
}
