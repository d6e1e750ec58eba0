using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;

namespace CometChat.Rest.Emulator.State;

// Roles, their restricted features and RBAC permissions (on roles and on group member scopes).
internal sealed partial class EmulatorStore
{
    /// <summary>CometChat's limit of roles per app.</summary>
    public const int MaxRoles = 25;

    private readonly Dictionary<string, RoleRecord> _roles = new(StringComparer.Ordinal);

    /// <summary>Whether the role exists (users may only be given existing roles).</summary>
    public bool RoleExists(string role)
    {
        lock (_gate)
        {
            return _roles.ContainsKey(CometChatIdentifier.Normalize(role));
        }
    }

    public Role CreateRole(CreateRoleRequest request)
    {
        var id = CometChatIdentifier.Normalize(request.Role);
        lock (_gate)
        {
            if (_roles.ContainsKey(id))
            {
                throw ApiError.RoleAlreadyExists(id);
            }

            if (_roles.Count >= MaxRoles)
            {
                throw ApiError.BadRequest(string.Create(CultureInfo.InvariantCulture, $"The app already has {MaxRoles} roles, the most CometChat allows; delete one first."));
            }

            var role = AddRole(id, request.Name);
            role.Description = request.Description;
            role.Metadata = Clone(request.Metadata);
            role.ListUsers = request.Settings?.ListUsers?.Value;
            role.SendMessagesTo = request.Settings?.SendMessagesTo?.Value;
            return ToModel(role);
        }
    }

    /// <summary>One page of the roles, in creation order.</summary>
    public PageSlice<Role> ListRoles(PageRequest paging)
    {
        lock (_gate)
        {
            var page = paging.Slice(_roles.Values.OrderBy(role => role.Sequence).ToList());
            return new PageSlice<Role>([.. page.Items.Select(ToModel)], page.Total, page.PerPage, page.CurrentPage);
        }
    }

    public Role GetRole(string role)
    {
        lock (_gate)
        {
            return ToModel(FindRole(role));
        }
    }

    public Role UpdateRole(string role, UpdateRoleRequest request)
    {
        lock (_gate)
        {
            var record = FindRole(role);
            record.Name = request.Name ?? record.Name;
            record.Description = request.Description ?? record.Description;
            if (request.Metadata is not null)
            {
                record.Metadata = Clone(request.Metadata);
            }

            if (request.Settings is { } settings)
            {
                record.ListUsers = settings.ListUsers?.Value ?? record.ListUsers;
                record.SendMessagesTo = settings.SendMessagesTo?.Value ?? record.SendMessagesTo;
            }

            record.UpdatedAt = Now();
            return ToModel(record);
        }
    }

    /// <summary>Deletes a role; its users go back to the default role, which cannot be deleted.</summary>
    public string DeleteRole(string role)
    {
        lock (_gate)
        {
            var record = FindRole(role);
            if (record.Role == DefaultRole)
            {
                throw ApiError.RoleDeleteDenied(record.Role);
            }

            _roles.Remove(record.Role);
            foreach (var user in _users.Values.Where(user => user.Role == record.Role))
            {
                user.Role = DefaultRole;
            }

            return record.Role;
        }
    }

    // ----- Restricted features -----

    /// <summary>Restricts the features, per key; restricting a feature twice keeps the first time.</summary>
    public Dictionary<string, OperationResult> RestrictFeatures(string role, IEnumerable<string> features)
    {
        lock (_gate)
        {
            var record = FindRole(role);
            var results = new Dictionary<string, OperationResult>(StringComparer.Ordinal);
            foreach (var feature in features)
            {
                if (!record.RestrictedFeatures.Any(pair => pair.Key == feature))
                {
                    record.RestrictedFeatures.Add(new KeyValuePair<string, long>(feature, Now()));
                }

                results[feature] = new OperationResult { Success = true, Message = $"The feature {feature} has been restricted successfully." };
            }

            return results;
        }
    }

    /// <summary>Allows the features again (all of them with <paramref name="allowAll"/>); unknown keys are ignored.</summary>
    public void AllowFeatures(string role, IReadOnlyCollection<string> features, bool allowAll)
    {
        lock (_gate)
        {
            var record = FindRole(role);
            record.RestrictedFeatures.RemoveAll(pair => allowAll || features.Contains(pair.Key));
        }
    }

    public PageSlice<RestrictedFeature> ListRestrictedFeatures(string role, PageRequest paging)
    {
        lock (_gate)
        {
            var page = paging.Slice(FindRole(role).RestrictedFeatures);
            return new PageSlice<RestrictedFeature>([.. page.Items.Select(pair => FeatureCatalog.Describe(pair.Key, pair.Value))], page.Total, page.PerPage, page.CurrentPage);
        }
    }

    // ----- RBAC -----

    /// <summary>The definitions of the permissions a role can have (the role must exist).</summary>
    public PageSlice<PermissionDefinition> ListRolePermissions(string role, PageRequest paging)
    {
        lock (_gate)
        {
            FindRole(role);
        }

        return paging.Slice(PermissionCatalog.Definitions(PermissionCatalog.RoleType));
    }

    /// <summary>Sets role permissions (already checked against the catalog); returns every permission set on the role.</summary>
    public PermissionSet SetRolePermissions(string role, JsonObject permissions)
    {
        lock (_gate)
        {
            var record = FindRole(role);
            Merge(record.Permissions, permissions);
            return new PermissionSet { Permissions = Clone(record.Permissions) };
        }
    }

    public PermissionSet UnsetRolePermission(string role, string permission)
    {
        lock (_gate)
        {
            var record = FindRole(role);
            record.Permissions.Remove(permission);
            return new PermissionSet { Permissions = Clone(record.Permissions) };
        }
    }

    /// <summary>The definitions of the permissions a member scope can have (the group must exist).</summary>
    public PageSlice<PermissionDefinition> ListScopePermissions(string guid, PageRequest paging)
    {
        lock (_gate)
        {
            FindGroup(guid);
        }

        return paging.Slice(PermissionCatalog.Definitions(PermissionCatalog.ScopeType));
    }

    public PermissionSet SetScopePermissions(string guid, string scope, JsonObject permissions)
    {
        lock (_gate)
        {
            var group = FindGroup(guid);
            if (!group.ScopePermissions.TryGetValue(scope, out var current))
            {
                group.ScopePermissions[scope] = current = [];
            }

            Merge(current, permissions);
            return new PermissionSet { Permissions = Clone(current) };
        }
    }

    public PermissionSet UnsetScopePermission(string guid, string scope, string permission)
    {
        lock (_gate)
        {
            var group = FindGroup(guid);
            if (group.ScopePermissions.TryGetValue(scope, out var current))
            {
                current.Remove(permission);
            }

            return new PermissionSet { Permissions = Clone(current) ?? [] };
        }
    }

    // ----- Helpers (call with the lock held) -----

    private RoleRecord AddRole(string id, string name)
    {
        var role = new RoleRecord { Role = id, Name = name, CreatedAt = Now(), Sequence = ++_sequence };
        _roles.Add(id, role);
        return role;
    }

    private RoleRecord FindRole(string role) =>
        CometChatIdentifier.IsValid(role) && _roles.TryGetValue(CometChatIdentifier.Normalize(role), out var record)
            ? record
            : throw ApiError.RoleNotFound(role);

    private static void Merge(JsonObject target, JsonObject changes)
    {
        foreach (var (key, value) in changes)
        {
            target[key] = value?.DeepClone();
        }
    }

    private static Role ToModel(RoleRecord role) => new()
    {
        RoleId = role.Role,
        Name = role.Name,
        Description = role.Description,
        Metadata = Clone(role.Metadata),
        Settings = role.ListUsers is null && role.SendMessagesTo is null
            ? null
            : new RoleSettings
            {
                ListUsers = role.ListUsers is { } listUsers ? new RoleListUsersSetting(listUsers) : (RoleListUsersSetting?)null,
                SendMessagesTo = role.SendMessagesTo is { } sendTo ? new RoleSendMessagesToSetting(sendTo) : (RoleSendMessagesToSetting?)null,
            },
        CreatedAt = FromUnix(role.CreatedAt),
        UpdatedAt = role.UpdatedAt is { } updatedAt ? FromUnix(updatedAt) : null,
    };
}
