using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Threading;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;

namespace CometChat.Rest.Emulator.State;

/// <summary>
/// The emulated app's data (users, auth tokens, API keys), in memory, for one emulator instance.
/// Thread-safe: every operation runs under one lock and returns copies (generated model objects), never the
/// stored records. Operations enforce CometChat's rules on state and throw <see cref="ApiError"/>.
/// </summary>
internal sealed partial class EmulatorStore
{
    /// <summary>CometChat's limit of API keys per app.</summary>
    public const int MaxApiKeys = 25;

    /// <summary>CometChat's limit of active auth tokens per user; older ones are dropped (rolling retention).</summary>
    public const int MaxAuthTokensPerUser = 100;

    /// <summary>The role CometChat gives users created without one.</summary>
    public const string DefaultRole = "default";

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<string, UserRecord> _users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AuthTokenRecord> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ApiKeyRecord> _apiKeys = new(StringComparer.Ordinal);
    private long _sequence;

    public EmulatorStore(TimeProvider time)
    {
        _time = time;
        lock (_gate)
        {
            AddRole(DefaultRole, "Default");
        }
    }

    // ----- Users -----

    /// <summary>Creates a user (the request is already validated); with <c>withAuthToken</c> the result carries a new token.</summary>
    public User CreateUser(CreateUserRequest request)
    {
        var uid = CometChatIdentifier.Normalize(request.Uid);
        lock (_gate)
        {
            if (_users.ContainsKey(uid))
            {
                throw ApiError.UidAlreadyExists(uid);
            }

            CheckRoleExists(request.Role);

            var user = new UserRecord
            {
                Uid = uid,
                Name = request.Name,
                Avatar = request.Avatar,
                Link = request.Link,
                Role = request.Role is null ? DefaultRole : CometChatIdentifier.Normalize(request.Role),
                StatusMessage = request.StatusMessage,
                Metadata = Clone(request.Metadata),
                Tags = request.Tags is null ? [] : [.. request.Tags],
                CreatedAt = Now(),
            };
            _users.Add(uid, user);

            var model = ToModel(user, includeTags: true);
            if (request.WithAuthToken == true)
            {
                model.AuthToken = AddToken(user).Token;
            }

            return model;
        }
    }

    /// <summary>
    /// Gets an active user. A deactivated user is reported as not found, as CometChat documents for
    /// <c>ERR_UID_NOT_FOUND</c>. With <paramref name="onBehalfOf"/> (which must be an active user too), the
    /// result carries the one-to-one conversation ID.
    /// </summary>
    public User GetUser(string uid, string? onBehalfOf)
    {
        lock (_gate)
        {
            var user = FindActiveUser(uid);
            var model = ToModel(user, includeTags: true);
            if (onBehalfOf is not null)
            {
                var viewer = FindActiveUser(onBehalfOf);
                model.ConversationId = ConversationId(viewer.Uid, user.Uid);
            }

            return model;
        }
    }

    /// <summary>Updates the fields that are set, then clears the fields in <c>unset</c>.</summary>
    public User UpdateUser(string uid, UpdateUserRequest request)
    {
        lock (_gate)
        {
            var user = FindActiveUser(uid);
            CheckRoleExists(request.Role);
            if (request.Name is not null)
            {
                user.Name = request.Name;
            }

            if (request.Avatar is not null)
            {
                user.Avatar = request.Avatar;
            }

            if (request.Link is not null)
            {
                user.Link = request.Link;
            }

            if (request.Role is not null)
            {
                user.Role = CometChatIdentifier.Normalize(request.Role);
            }

            if (request.StatusMessage is not null)
            {
                user.StatusMessage = request.StatusMessage;
            }

            if (request.Metadata is not null)
            {
                user.Metadata = Clone(request.Metadata);
            }

            if (request.Tags is not null)
            {
                user.Tags = [.. request.Tags];
            }

            foreach (var field in request.Unset ?? [])
            {
                if (field == UserUnsetField.Avatar)
                {
                    user.Avatar = null;
                }
                else if (field == UserUnsetField.Link)
                {
                    user.Link = null;
                }
                else if (field == UserUnsetField.Metadata)
                {
                    user.Metadata = null;
                }
            }

            user.UpdatedAt = Now();
            return ToModel(user, includeTags: true);
        }
    }

    /// <summary>
    /// Deletes a user: permanently (the user and their tokens are gone, the UID is free again) or, as CometChat
    /// does without <c>permanent</c>, by deactivating them. Deactivated users can be deleted too.
    /// </summary>
    public void DeleteUser(string uid, bool permanent)
    {
        lock (_gate)
        {
            var user = FindUser(uid) ?? throw ApiError.UidNotFound(uid);
            if (permanent)
            {
                _users.Remove(user.Uid);
                foreach (var token in user.Tokens)
                {
                    _tokens.Remove(token.Token);
                }

                ForgetUser(user.Uid);
            }
            else
            {
                user.DeactivatedAt ??= Now();
            }
        }
    }

    /// <summary>Deactivates the users that exist; returns their UIDs (unknown UIDs are left out).</summary>
    public List<string> DeactivateUsers(IEnumerable<string> uids)
    {
        var done = new List<string>();
        lock (_gate)
        {
            var now = Now();
            foreach (var uid in uids)
            {
                if (FindUser(uid) is { } user && !done.Contains(user.Uid))
                {
                    user.DeactivatedAt ??= now;
                    done.Add(user.Uid);
                }
            }
        }

        return done;
    }

    /// <summary>Reactivates the users that exist; returns their UIDs (unknown UIDs are left out).</summary>
    public List<string> ReactivateUsers(IEnumerable<string> uids)
    {
        var done = new List<string>();
        lock (_gate)
        {
            foreach (var uid in uids)
            {
                if (FindUser(uid) is { } user && !done.Contains(user.Uid))
                {
                    user.DeactivatedAt = null;
                    done.Add(user.Uid);
                }
            }
        }

        return done;
    }

    /// <summary>Filters, orders (by creation time, then UID) and pages the users.</summary>
    public PageSlice<User> ListUsers(UserQuery query, PageRequest paging)
    {
        lock (_gate)
        {
            var matches = _users.Values
                .Where(user => Matches(user, query))
                .OrderBy(user => user.CreatedAt)
                .ThenBy(user => user.Uid, StringComparer.Ordinal)
                .ToList();
            var page = paging.Slice(matches);
            return new PageSlice<User>(
                [.. page.Items.Select(user => ToModel(user, query.WithTags))],
                page.Total,
                page.PerPage,
                page.CurrentPage);
        }
    }

    // ----- Auth tokens -----

    /// <summary>
    /// Returns the user's newest token, or, with <paramref name="force"/> or when the user has none, a new one.
    /// </summary>
    public AuthToken CreateAuthToken(string uid, bool force)
    {
        lock (_gate)
        {
            var user = FindActiveUser(uid);
            var token = !force && user.Tokens.Count > 0 ? user.Tokens[^1] : AddToken(user);
            return ToModel(token);
        }
    }

    /// <summary>The user's tokens, oldest first, one page.</summary>
    public PageSlice<AuthToken> ListAuthTokens(string uid, PageRequest paging)
    {
        lock (_gate)
        {
            var page = paging.Slice(FindActiveUser(uid).Tokens);
            return new PageSlice<AuthToken>([.. page.Items.Select(ToModel)], page.Total, page.PerPage, page.CurrentPage);
        }
    }

    public AuthToken GetAuthToken(string uid, string authToken)
    {
        lock (_gate)
        {
            return ToModel(FindToken(uid, authToken));
        }
    }

    /// <summary>Records the device details that are set.</summary>
    public AuthToken UpdateAuthToken(string uid, string authToken, UpdateAuthTokenRequest request)
    {
        lock (_gate)
        {
            var token = FindToken(uid, authToken);
            if (request.Platform is not null)
            {
                token.Platform = request.Platform;
            }

            if (request.UserAgent is not null)
            {
                token.UserAgent = request.UserAgent;
            }

            if (request.AppInfo is not null)
            {
                token.AppInfo = Clone(request.AppInfo);
            }

            return ToModel(token);
        }
    }

    public void DeleteAuthToken(string uid, string authToken)
    {
        lock (_gate)
        {
            var token = FindToken(uid, authToken);
            _users[token.Uid].Tokens.Remove(token);
            _tokens.Remove(token.Token);
        }
    }

    public void FlushAuthTokens(string uid)
    {
        lock (_gate)
        {
            var user = FindActiveUser(uid);
            foreach (var token in user.Tokens)
            {
                _tokens.Remove(token.Token);
            }

            user.Tokens.Clear();
        }
    }

    // ----- API keys -----

    /// <summary>The scope of <paramref name="apiKey"/>, or null when the app has no such key.</summary>
    public ApiKeyScope? FindApiKeyScope(string apiKey)
    {
        lock (_gate)
        {
            return _apiKeys.TryGetValue(apiKey, out var record) ? new ApiKeyScope(record.Scope) : (ApiKeyScope?)null;
        }
    }

    /// <summary>Creates a key (with a random 40-hex value unless <paramref name="value"/> is given).</summary>
    public ApiKey CreateApiKey(string name, ApiKeyScope scope, string? value = null)
    {
        lock (_gate)
        {
            if (_apiKeys.Count >= MaxApiKeys)
            {
                throw ApiError.BadRequest(string.Create(CultureInfo.InvariantCulture, $"The app already has {MaxApiKeys} API keys, the most CometChat allows; delete one first."));
            }

            value ??= RandomHex(40);
            if (_apiKeys.ContainsKey(value))
            {
                throw new InvalidOperationException("The API key already exists.");
            }

            var record = new ApiKeyRecord { Key = value, Name = name, Scope = scope.Value, CreatedAt = Now(), Sequence = ++_sequence };
            _apiKeys.Add(value, record);
            return ToModel(record);
        }
    }

    /// <summary>Filters and pages the keys, newest first (as CometChat's example lists them).</summary>
    public PageSlice<ApiKey> ListApiKeys(ApiKeyScope? scope, string? searchKey, PageRequest paging)
    {
        lock (_gate)
        {
            var matches = _apiKeys.Values
                .Where(key => scope is null || key.Scope == scope.Value.Value)
                .Where(key => searchKey is null || key.Name.Contains(searchKey, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(key => key.CreatedAt)
                .ThenByDescending(key => key.Sequence)
                .ToList();
            var page = paging.Slice(matches);
            return new PageSlice<ApiKey>([.. page.Items.Select(ToModel)], page.Total, page.PerPage, page.CurrentPage);
        }
    }

    public ApiKey GetApiKey(string apiKey)
    {
        lock (_gate)
        {
            return ToModel(FindApiKey(apiKey));
        }
    }

    /// <summary>Renames a key or changes its scope; <paramref name="callerKey"/> cannot change itself.</summary>
    public ApiKey UpdateApiKey(string callerKey, string apiKey, string? name, ApiKeyScope? scope)
    {
        lock (_gate)
        {
            var record = FindApiKey(apiKey);
            if (record.Key == callerKey)
            {
                throw ApiError.ApiKeyNoSelfAction();
            }

            if (name is not null)
            {
                record.Name = name;
            }

            if (scope is { } newScope)
            {
                record.Scope = newScope.Value;
            }

            return ToModel(record);
        }
    }

    /// <summary>Deletes a key; <paramref name="callerKey"/> cannot delete itself.</summary>
    public void DeleteApiKey(string callerKey, string apiKey)
    {
        lock (_gate)
        {
            var record = FindApiKey(apiKey);
            if (record.Key == callerKey)
            {
                throw ApiError.ApiKeyNoSelfAction();
            }

            _apiKeys.Remove(record.Key);
        }
    }

    // ----- Helpers (call with the lock held) -----

    /// <summary>CometChat refuses a user whose role does not exist with a validation error on <c>role</c>.</summary>
    private void CheckRoleExists(string? role)
    {
        if (role is not null && !_roles.ContainsKey(CometChatIdentifier.Normalize(role)))
        {
            throw ApiError.Validation("role", $"The selected role {role} does not exist: create it first.");
        }
    }

    private long Now() => _time.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>Finds a user, active or not, by a UID in any case; null when there is none (or the UID is malformed).</summary>
    private UserRecord? FindUser(string uid) =>
        CometChatIdentifier.IsValid(uid) && _users.TryGetValue(CometChatIdentifier.Normalize(uid), out var user) ? user : null;

    private UserRecord FindActiveUser(string uid) =>
        FindUser(uid) is { IsActive: true } user ? user : throw ApiError.UidNotFound(uid);

    private AuthTokenRecord FindToken(string uid, string authToken)
    {
        var user = FindActiveUser(uid);
        if (!_tokens.TryGetValue(authToken, out var token))
        {
            throw ApiError.AuthTokenNotFound(uid, authToken);
        }

        return token.Uid == user.Uid ? token : throw ApiError.AuthTokenNotAccessible(uid, authToken);
    }

    private ApiKeyRecord FindApiKey(string apiKey) =>
        _apiKeys.TryGetValue(apiKey, out var record) ? record : throw ApiError.ApiKeyDoesNotExist(apiKey);

    /// <summary>
    /// Adds a token shaped like CometChat's: <c>{uid}_{10-digit Unix time}{30 hex digits}</c>, as in every
    /// example CometChat publishes (e.g. <c>cometchat-uid-1_1630306819c3027ce530b2367f3c97b4106f0cb8</c>).
    /// Beyond <see cref="MaxAuthTokensPerUser"/> the oldest token is dropped.
    /// </summary>
    private AuthTokenRecord AddToken(UserRecord user)
    {
        var now = Now();
        string value;
        do
        {
            value = string.Create(CultureInfo.InvariantCulture, $"{user.Uid}_{now:D10}{RandomHex(30)}");
        }
        while (_tokens.ContainsKey(value));

        var token = new AuthTokenRecord { Token = value, Uid = user.Uid, CreatedAt = now };
        user.Tokens.Add(token);
        _tokens.Add(value, token);
        while (user.Tokens.Count > MaxAuthTokensPerUser)
        {
            _tokens.Remove(user.Tokens[0].Token);
            user.Tokens.RemoveAt(0);
        }

        return token;
    }

    private static bool Matches(UserRecord user, UserQuery query)
    {
        var visible = query.OnlyDeactivated ? !user.IsActive : query.WithDeactivated || user.IsActive;
        if (!visible)
        {
            return false;
        }

        if (query.SearchKey is { } key
            && !(query.SearchInName && user.Name.StartsWith(key, StringComparison.OrdinalIgnoreCase))
            && !(query.SearchInUid && user.Uid.StartsWith(key, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // The emulator has no connections, so every user is offline.
        if (query.Status is { } status && status != UserStatus.Offline.Value)
        {
            return false;
        }

        if (query.Role is { } role && !string.Equals(user.Role, role, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (query.Roles.Count > 0 && !query.Roles.Contains(user.Role, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        return query.Tags.Count == 0 || user.Tags.Any(tag => query.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase));
    }

    private static User ToModel(UserRecord user, bool includeTags) => new()
    {
        Uid = user.Uid,
        Name = user.Name,
        Avatar = user.Avatar,
        Link = user.Link,
        Role = user.Role,
        StatusMessage = user.StatusMessage,
        Metadata = Clone(user.Metadata),
        Status = UserStatus.Offline,
        CreatedAt = FromUnix(user.CreatedAt),
        UpdatedAt = user.UpdatedAt is { } updatedAt ? FromUnix(updatedAt) : null,
        DeactivatedAt = user.DeactivatedAt is { } deactivatedAt ? FromUnix(deactivatedAt) : null,
        Tags = includeTags && user.Tags.Count > 0 ? [.. user.Tags] : null,
    };

    private static AuthToken ToModel(AuthTokenRecord token) => new()
    {
        Uid = token.Uid,
        Token = token.Token,
        CreatedAt = FromUnix(token.CreatedAt),
        Platform = token.Platform,
        UserAgent = token.UserAgent,
        AppInfo = Clone(token.AppInfo),
    };

    private static ApiKey ToModel(ApiKeyRecord key) => new()
    {
        Key = key.Key,
        Name = key.Name,
        Scope = new ApiKeyScope(key.Scope),
        CreatedAt = FromUnix(key.CreatedAt),
    };

    /// <summary>CometChat's one-to-one conversation ID: the two UIDs in order, joined by <c>_user_</c>.</summary>
    private static string ConversationId(string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? $"{a}_user_{b}" : $"{b}_user_{a}";

    private static DateTimeOffset FromUnix(long seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds);

    private static JsonObject? Clone(JsonObject? value) => (JsonObject?)value?.DeepClone();

    private static string RandomHex(int length) => RandomNumberGenerator.GetHexString(length, lowercase: true);
}
