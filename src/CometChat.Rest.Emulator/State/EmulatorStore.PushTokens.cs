using System;
using System.Collections.Generic;
using System.Linq;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;

namespace CometChat.Rest.Emulator.State;

// Push tokens, registered per auth-token session. A user keeps at most 100; older ones are dropped.
internal sealed partial class EmulatorStore
{
    /// <summary>CometChat's limit of active push tokens per user.</summary>
    public const int MaxPushTokensPerUser = 100;

    private readonly List<PushToken> _pushTokens = [];

    /// <summary>
    /// Registers the token for the session's user, through the given provider or the default one of its kind. The same
    /// token registered again by the same user moves to the new session; another user's token is <c>ERR_TOKEN_ALREADY_EXISTS</c>.
    /// </summary>
    public void RegisterPushToken(string authToken, string value, PushTokenPlatform platform, string? providerId)
    {
        lock (_gate)
        {
            var session = FindSession(authToken);
            var kind = platform.Value.StartsWith("fcm_", StringComparison.Ordinal) ? "fcm" : "apns";
            if (providerId is not null)
            {
                FindProvider(kind, providerId);
            }
            else
            {
                providerId = Providers(kind).FirstOrDefault()?["providerId"]?.GetValue<string>();
            }

            var existing = _pushTokens.FirstOrDefault(token => token.PushTokenValue == value);
            if (existing is not null && existing.Uid != session.Uid)
            {
                throw new ApiError(400, CometChatErrorCodes.TokenAlreadyExists, "The push token is registered to another user.");
            }

            var now = IsoNow();
            if (existing is not null)
            {
                _pushTokens.Remove(existing);
            }

            _pushTokens.Add(new PushToken
            {
                PushTokenValue = value,
                Platform = platform,
                ProviderId = providerId,
                PushTokenType = platform.Value.EndsWith("_voip", StringComparison.Ordinal) ? "voip" : "chat",
                Uid = session.Uid,
                AuthToken = session.Token,
                CreatedAt = existing?.CreatedAt ?? now,
                UpdatedAt = now,
            });

            var mine = _pushTokens.Where(token => token.Uid == session.Uid).ToList();
            foreach (var dropped in mine.Take(Math.Max(0, mine.Count - MaxPushTokensPerUser)))
            {
                _pushTokens.Remove(dropped);
            }
        }
    }

    /// <summary>The tokens of the session, or with <paramref name="all"/> of every session of its user.</summary>
    public List<PushToken> ListPushTokens(string authToken, bool all)
    {
        lock (_gate)
        {
            var session = FindSession(authToken);
            return [.. _pushTokens.Where(token => all ? token.Uid == session.Uid : token.AuthToken == session.Token).Select(token => Copy(token, PushTokenJsonConverter.Instance))];
        }
    }

    /// <summary>Removes the session's tokens (all the user's with <paramref name="all"/>), or only <paramref name="value"/>; returns what was removed.</summary>
    public List<PushToken> RemovePushTokens(string authToken, bool all, string? value)
    {
        lock (_gate)
        {
            var session = FindSession(authToken);
            var removed = _pushTokens
                .Where(token => value is not null
                    ? token.PushTokenValue == value && token.Uid == session.Uid
                    : all ? token.Uid == session.Uid : token.AuthToken == session.Token)
                .ToList();
            if (value is not null && removed.Count == 0)
            {
                throw new ApiError(404, CometChatErrorCodes.TokenNotFound, "The push token is not registered for this user.");
            }

            _pushTokens.RemoveAll(removed.Contains);
            return removed;
        }
    }

    private AuthTokenRecord FindSession(string authToken) =>
        _tokens.TryGetValue(authToken, out var token) && FindUser(token.Uid) is { IsActive: true }
            ? token
            : throw new ApiError(404, CometChatErrorCodes.AuthTokenNotFound, "The auth token does not exist.");
}
