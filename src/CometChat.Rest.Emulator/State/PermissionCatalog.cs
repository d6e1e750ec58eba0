using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CometChat.Rest.Models;

namespace CometChat.Rest.Emulator.State;

/// <summary>
/// The RBAC permissions the emulator knows, for roles and for group member scopes. CometChat does not publish
/// the full list; these come from its examples (see the README's guesses).
/// </summary>
internal static class PermissionCatalog
{
    public const string RoleType = "role";
    public const string ScopeType = "scope";

    private const string AllowDeny = "allow|deny";

    // id, type, title, description, data type, available values ('|'-separated; empty for free lists), default.
    private static readonly (string Id, string Type, string Title, string Description, string DataType, string Values, string? Default)[] s_definitions =
    [
        ("createGroup", RoleType, "Create groups", "Whether the role may create groups.", "string", AllowDeny, "allow"),
        ("sendMessage", RoleType, "Send messages", "Whether the role may send messages.", "string", AllowDeny, "allow"),
        ("initiateCall", RoleType, "Start calls", "Whether the role may start calls.", "string", AllowDeny, "allow"),
        ("listUsers.mode", RoleType, "Users listed", "Which users the role may list.", "string", "all|friends|roles", "all"),
        ("listUsers.allowedRoles", RoleType, "Roles listed", "The roles whose users the role may list when the mode is roles.", "array", string.Empty, null),
        ("sendMessage", ScopeType, "Send messages", "Whether members with the scope may send messages.", "string", AllowDeny, "allow"),
        ("initiateCall", ScopeType, "Start calls", "Whether members with the scope may start group calls.", "string", AllowDeny, "allow"),
        ("reactToMessage", ScopeType, "React to messages", "Whether members with the scope may add reactions.", "string", AllowDeny, "allow"),
    ];

    private static readonly DateTimeOffset s_defined = DateTimeOffset.FromUnixTimeSeconds(1_765_962_204);

    /// <summary>The definitions of one type, as CometChat lists them.</summary>
    public static List<PermissionDefinition> Definitions(string type) =>
        [.. s_definitions.Where(d => d.Type == type).Select(d => new PermissionDefinition
        {
            Id = d.Id,
            Type = d.Type,
            Title = d.Title,
            Description = d.Description,
            DataType = d.DataType,
            AvailableValues = d.Values.Length == 0 ? null : d.Values.Split('|'),
            DefaultValue = d.Default is null ? null : JsonValue.Create(d.Default),
            CreatedAt = s_defined,
            UpdatedAt = s_defined,
        })];

    /// <summary>Why <paramref name="value"/> cannot be set for <paramref name="id"/>, or null when it can.</summary>
    public static string? Check(string type, string id, JsonNode? value)
    {
        var found = s_definitions.FirstOrDefault(d => d.Type == type && d.Id == id);
        if (found.Id is null)
        {
            var known = string.Join(", ", s_definitions.Where(d => d.Type == type).Select(d => d.Id));
            return $"The permission {id} does not exist for a {type}; known permissions: {known}.";
        }

        if (found.DataType == "array")
        {
            return value is JsonArray array && array.All(item => item is JsonValue v && v.TryGetValue<string>(out _))
                ? null
                : $"The permission {id} takes a list of strings.";
        }

        var allowed = found.Values.Split('|');
        return value is JsonValue text && text.TryGetValue<string>(out var s) && allowed.Contains(s, StringComparer.Ordinal)
            ? null
            : $"The permission {id} takes one of: {string.Join(", ", allowed)}.";
    }
}
