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

    public static ApiError GuidNotFound(string guid) =>
        new(404, CometChatErrorCodes.GuidNotFound, $"The GUID {guid} does not exist, please make sure you have created a group with GUID {guid}.");

    public static ApiError GuidAlreadyExists(string guid) =>
        new(400, CometChatErrorCodes.GuidAlreadyExists, $"The GUID {guid} already exists, please use a different GUID.");

    public static ApiError EmptyGroupPassword(string guid) =>
        new(400, CometChatErrorCodes.EmptyGroupPass, $"The group {guid} is a password group, so it needs a password.");

    public static ApiError NotAMember(string uid, string guid) =>
        new(403, CometChatErrorCodes.NotAMember, $"The user with uid {uid} is not a member of the group {guid}.");

    public static ApiError GroupNotJoined(string uid, string guid) =>
        new(403, CometChatErrorCodes.GroupNotJoined, $"The user with uid {uid} has not joined the private group {guid}.");

    public static ApiError NoAdminScope(string uid, string guid) =>
        new(403, CometChatErrorCodes.GroupNoAdminScope, $"The user with uid {uid} needs the admin scope in the group {guid} for this action.");

    public static ApiError NoModeratorScope(string uid, string guid) =>
        new(403, CometChatErrorCodes.GroupNoModeratorScope, $"The user with uid {uid} needs at least the moderator scope in the group {guid} for this action.");

    public static ApiError NoClearance(string uid, string target, string guid) =>
        new(403, CometChatErrorCodes.GroupNoClearance, $"The user with uid {uid} may not do this to {target} in the group {guid}: their scope is not high enough.");

    public static ApiError NoScopeClearance(string uid, string target, string guid) =>
        new(403, CometChatErrorCodes.GroupNoScopeClearance, $"The user with uid {uid} may not change the scope of {target} in the group {guid} to that scope.");

    public static ApiError NoSelfAction(string uid, string guid) =>
        new(403, CometChatErrorCodes.GroupNoSelfAction, $"The user with uid {uid} cannot do this to themselves in the group {guid}.");

    public static ApiError SameScope(string uid, string scope) =>
        new(400, CometChatErrorCodes.SameScope, $"The user with uid {uid} already has the scope {scope}.");

    public static ApiError NotABannedUser(string uid, string guid) =>
        new(400, CometChatErrorCodes.NotABannedUser, $"The user with uid {uid} is not banned from the group {guid}.");

    public static ApiError AlreadyBanned(string uid, string guid) =>
        new(400, CometChatErrorCodes.AlreadyBanned, $"The user with uid {uid} is already banned from the group {guid}.");

    public static ApiError RoleNotFound(string role) =>
        new(404, CometChatErrorCodes.RoleNotFound, $"The role {role} does not exist.");

    public static ApiError RoleAlreadyExists(string role) =>
        new(400, CometChatErrorCodes.RoleAlreadyExists, $"The role {role} already exists, please use a different role ID.");

    public static ApiError RoleDeleteDenied(string role) =>
        new(403, CometChatErrorCodes.RoleDeleteDenied, $"The role {role} is the default role and cannot be deleted.");

    public static ApiError MessageNotFound(string id) =>
        new(404, CometChatErrorCodes.MessageIdNotFound, $"The message with id {id} does not exist.");

    public static ApiError MessageNoAccess(string uid, string id) =>
        new(403, CometChatErrorCodes.MessageNoAccess, $"The user with uid {uid} is neither the sender nor a receiver of the message {id}.");

    public static ApiError MessageNotASender(string uid, string id) =>
        new(403, CometChatErrorCodes.MessageNotASender, $"Only the sender may change the message {id}; {uid} did not send it.");

    public static ApiError CallSessionNotFound(string sessionId) =>
        new(404, CometChatErrorCodes.CallSessionNotFound, $"The call session {sessionId} does not exist.");

    public static ApiError TooManyRequests(int limit) =>
        new(429, CometChatErrorCodes.TooManyRequests, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Too many requests: the limit is {limit} requests per minute. Retry after the time in the Retry-After header."));

    public static ApiError Unexpected(Exception exception) =>
        new(500, CometChatErrorCodes.Exception, $"The emulator hit an unexpected error: {exception.GetType().Name}: {exception.Message}");
}
