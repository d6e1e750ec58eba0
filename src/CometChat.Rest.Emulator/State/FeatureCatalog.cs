using System;
using System.Collections.Generic;
using CometChat.Rest.Models;

namespace CometChat.Rest.Emulator.State;

/// <summary>
/// What the emulator knows about restrictable features: a title, description and API path for a few keys CometChat
/// uses. Other keys are accepted too (CometChat does not publish the full list) and described by their key only.
/// </summary>
internal static class FeatureCatalog
{
    private static readonly Dictionary<string, (string Title, string Description, string Path)> s_known = new(StringComparer.Ordinal)
    {
        ["u.listUsers"] = ("List Users", "Lets a logged-in user fetch the user list.", "/v3/users"),
        ["u.getUser"] = ("Get User", "Lets a logged-in user fetch another user's details.", "/v3/users/{uid}"),
        ["g.listGroups"] = ("List Groups", "Lets a logged-in user fetch the group list.", "/v3/groups"),
        ["g.createGroup"] = ("Create Group", "Lets a logged-in user create groups.", "/v3/groups"),
        ["m.sendMessage"] = ("Send Message", "Lets a logged-in user send messages.", "/v3/messages"),
    };

    public static RestrictedFeature Describe(string key, long restrictedAt)
    {
        var known = s_known.TryGetValue(key, out var entry);
        return new RestrictedFeature
        {
            Key = key,
            Title = known ? entry.Title : key,
            Description = known ? entry.Description : null,
            Path = known ? entry.Path : null,
            CreatedAt = DateTimeOffset.FromUnixTimeSeconds(restrictedAt),
        };
    }
}
