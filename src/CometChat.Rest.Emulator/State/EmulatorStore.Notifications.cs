using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;

namespace CometChat.Rest.Emulator.State;

// Notifications: app settings, providers and per-user preferences. They are documents of CometChat's JSON (already
// read through the generated models), kept by key, changed by a deep merge.
internal sealed partial class EmulatorStore
{
    private readonly Dictionary<string, JsonObject> _notificationDocuments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JsonObject>> _pushProviders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JsonObject>> _mutedConversations = new(StringComparer.Ordinal);

    /// <summary>How a document is written.</summary>
    public enum DocumentWrite
    {
        /// <summary>The document must not exist yet (<c>ERR_PROVIDER_ALREADY_EXISTS</c>).</summary>
        Create,

        /// <summary>The document must exist (<c>ERR_PROVIDER_NOT_FOUND</c>); the fields are merged into it.</summary>
        Update,

        /// <summary>The fields are merged into the document, which is created when missing.</summary>
        Merge,
    }

    public JsonObject? GetNotificationDocument(string key)
    {
        lock (_gate)
        {
            return _notificationDocuments.TryGetValue(key, out var document) ? (JsonObject)document.DeepClone() : null;
        }
    }

    public JsonObject WriteNotificationDocument(string key, JsonObject fields, DocumentWrite mode, string what)
    {
        lock (_gate)
        {
            var exists = _notificationDocuments.TryGetValue(key, out var document);
            if (mode == DocumentWrite.Create && exists)
            {
                throw new ApiError(400, CometChatErrorCodes.ProviderAlreadyExists, $"The {what} is already configured; update it instead.");
            }

            if (mode == DocumentWrite.Update && !exists)
            {
                throw ProviderNotFound(what);
            }

            if (document is null || mode == DocumentWrite.Create)
            {
                _notificationDocuments[key] = document = [];
            }

            DeepMerge(document, fields);
            return (JsonObject)document.DeepClone();
        }
    }

    /// <summary>Removes the document; with <paramref name="what"/> a missing one is <c>ERR_PROVIDER_NOT_FOUND</c>.</summary>
    public void DeleteNotificationDocument(string key, string? what)
    {
        lock (_gate)
        {
            if (!_notificationDocuments.Remove(key) && what is not null)
            {
                throw ProviderNotFound(what);
            }
        }
    }

    /// <summary>The providers of one kind (fcm, apns), the default first.</summary>
    public List<JsonObject> ListPushProviders(string kind)
    {
        lock (_gate)
        {
            return [.. Providers(kind).Select(provider => (JsonObject)provider.DeepClone())];
        }
    }

    public List<JsonObject> AddPushProvider(string kind, JsonObject provider)
    {
        lock (_gate)
        {
            var id = provider["providerId"]!.GetValue<string>();
            var providers = Providers(kind);
            if (providers.Any(p => p["providerId"]!.GetValue<string>() == id))
            {
                throw new ApiError(400, CometChatErrorCodes.ProviderAlreadyExists, $"The {kind} provider {id} already exists.");
            }

            providers.Add((JsonObject)provider.DeepClone());
            return [.. providers.Select(p => (JsonObject)p.DeepClone())];
        }
    }

    public void UpdatePushProvider(string kind, JsonObject fields)
    {
        lock (_gate)
        {
            DeepMerge(FindProvider(kind, fields["providerId"]!.GetValue<string>()), fields);
        }
    }

    public void DeletePushProvider(string kind, string id)
    {
        lock (_gate)
        {
            Providers(kind).Remove(FindProvider(kind, id));
        }
    }

    /// <summary>Makes the provider the default: tokens registered without a providerId use it. It moves to the front of the list.</summary>
    public void SetDefaultPushProvider(string kind, string id)
    {
        lock (_gate)
        {
            var provider = FindProvider(kind, id);
            var providers = Providers(kind);
            providers.Remove(provider);
            providers.Insert(0, provider);
        }
    }

    public List<JsonObject> ListMutedConversations(string uid)
    {
        lock (_gate)
        {
            var user = FindActiveUser(uid);
            return [.. Muted(user.Uid).Select(c => (JsonObject)c.DeepClone())];
        }
    }

    /// <summary>Mutes each conversation; muting one again replaces its end time.</summary>
    public void MuteConversations(string uid, IEnumerable<JsonObject> conversations)
    {
        lock (_gate)
        {
            var muted = Muted(FindActiveUser(uid).Uid);
            foreach (var conversation in conversations)
            {
                muted.RemoveAll(c => SameConversation(c, conversation));
                muted.Add((JsonObject)conversation.DeepClone());
            }
        }
    }

    public void UnmuteConversations(string uid, IEnumerable<JsonObject> conversations)
    {
        lock (_gate)
        {
            var muted = Muted(FindActiveUser(uid).Uid);
            foreach (var conversation in conversations)
            {
                muted.RemoveAll(c => SameConversation(c, conversation));
            }
        }
    }

    /// <summary>The user's UID as stored, after checking the user exists and is active.</summary>
    public string RequireActiveUser(string uid)
    {
        lock (_gate)
        {
            return FindActiveUser(uid).Uid;
        }
    }

    // ----- Helpers (call with the lock held) -----

    private List<JsonObject> Providers(string kind)
    {
        if (!_pushProviders.TryGetValue(kind, out var providers))
        {
            _pushProviders[kind] = providers = [];
        }

        return providers;
    }

    private JsonObject FindProvider(string kind, string id) =>
        Providers(kind).FirstOrDefault(p => p["providerId"]!.GetValue<string>() == id) ?? throw ProviderNotFound($"{kind} provider {id}");

    private List<JsonObject> Muted(string uid)
    {
        if (!_mutedConversations.TryGetValue(uid, out var muted))
        {
            _mutedConversations[uid] = muted = [];
        }

        // A mute ends by itself at its "until" time (Unix milliseconds).
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        muted.RemoveAll(c => c["until"] is { } until && until.GetValue<long>() <= now);
        return muted;
    }

    private static bool SameConversation(JsonObject a, JsonObject b) =>
        string.Equals(a["id"]?.GetValue<string>(), b["id"]?.GetValue<string>(), StringComparison.OrdinalIgnoreCase)
        && a["type"]?.GetValue<string>() == b["type"]?.GetValue<string>();

    private static ApiError ProviderNotFound(string what) =>
        new(404, CometChatErrorCodes.ProviderNotFound, $"The {what} is not configured.");

    private static void DeepMerge(JsonObject target, JsonObject fields)
    {
        foreach (var (key, value) in fields)
        {
            if (value is JsonObject inner && target[key] is JsonObject existing)
            {
                DeepMerge(existing, inner);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }
}
