using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using CometChat.Rest.Testing;

namespace CometChat.Rest.Tests.Infrastructure;

/// <summary>
/// The 200 examples of spec/cometchat.openapi.json by operation, read from the spec itself so that tests always
/// answer with what the spec documents.
/// </summary>
public static partial class SpecExamples
{
    /// <summary>Every example by operation ID.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = Load();

    /// <summary><c>POST /users</c> (create-user).</summary>
    public static string CreateUser => All["create-user"];

    /// <summary><c>GET /users</c> (list-users).</summary>
    public static string ListUsers => All["list-users"];

    /// <summary><c>PUT /users</c> (reactivate-users).</summary>
    public static string ReactivateUsers => All["reactivate-users"];

    /// <summary><c>DELETE /users</c> (deactivate-users).</summary>
    public static string DeactivateUsers => All["deactivate-users"];

    /// <summary><c>GET /users/{uid}</c> (get-user).</summary>
    public static string GetUser => All["get-user"];

    /// <summary><c>PUT /users/{uid}</c> (update-user).</summary>
    public static string UpdateUser => All["update-user"];

    /// <summary><c>DELETE /users/{uid}</c> (delete-user).</summary>
    public static string DeleteUser => All["delete-user"];

    /// <summary><c>POST /users/{uid}/auth_tokens</c> (create-auth-token).</summary>
    public static string CreateAuthToken => All["create-auth-token"];

    /// <summary><c>GET /users/{uid}/auth_tokens</c> (list-auth-tokens).</summary>
    public static string ListAuthTokens => All["list-auth-tokens"];

    /// <summary><c>DELETE /users/{uid}/auth_tokens</c> (flush-auth-tokens).</summary>
    public static string FlushAuthTokens => All["flush-auth-tokens"];

    /// <summary><c>GET /users/{uid}/auth_tokens/{authToken}</c> (get-auth-token).</summary>
    public static string GetAuthToken => All["get-auth-token"];

    /// <summary><c>PUT /users/{uid}/auth_tokens/{authToken}</c> (update-auth-token).</summary>
    public static string UpdateAuthToken => All["update-auth-token"];

    /// <summary><c>DELETE /users/{uid}/auth_tokens/{authToken}</c> (delete-auth-token).</summary>
    public static string DeleteAuthToken => All["delete-auth-token"];

    /// <summary><c>POST /apikeys</c> (create-api-key).</summary>
    public static string CreateApiKey => All["create-api-key"];

    /// <summary><c>GET /apikeys</c> (list-api-keys).</summary>
    public static string ListApiKeys => All["list-api-keys"];

    /// <summary><c>GET /apikeys/{apiKey}</c> (get-api-key).</summary>
    public static string GetApiKey => All["get-api-key"];

    /// <summary><c>PUT /apikeys/{apiKey}</c> (update-api-key).</summary>
    public static string UpdateApiKey => All["update-api-key"];

    /// <summary><c>DELETE /apikeys/{apiKey}</c> (delete-api-key).</summary>
    public static string DeleteApiKey => All["delete-api-key"];

    /// <summary><c>POST /groups</c> (create-group).</summary>
    public static string CreateGroup => All["create-group"];

    /// <summary><c>GET /groups</c> (list-groups).</summary>
    public static string ListGroups => All["list-groups"];

    /// <summary><c>GET /groups/{guid}</c> (get-group).</summary>
    public static string GetGroup => All["get-group"];

    /// <summary><c>PUT /groups/{guid}</c> (update-group).</summary>
    public static string UpdateGroup => All["update-group"];

    /// <summary><c>DELETE /groups/{guid}</c> (delete-group).</summary>
    public static string DeleteGroup => All["delete-group"];

    /// <summary><c>POST /groups/{guid}/members</c> (add-group-members).</summary>
    public static string AddGroupMembers => All["add-group-members"];

    /// <summary><c>GET /groups/{guid}/members</c> (list-group-members).</summary>
    public static string ListGroupMembers => All["list-group-members"];

    /// <summary><c>PUT /groups/{guid}/members/{uid}</c> (change-group-member-scope).</summary>
    public static string ChangeGroupMemberScope => All["change-group-member-scope"];

    /// <summary><c>DELETE /groups/{guid}/members/{uid}</c> (kick-group-member).</summary>
    public static string KickGroupMember => All["kick-group-member"];

    /// <summary><c>POST /groups/{guid}/bannedusers/{uid}</c> (ban-group-user).</summary>
    public static string BanGroupUser => All["ban-group-user"];

    /// <summary><c>DELETE /groups/{guid}/bannedusers/{uid}</c> (unban-group-user).</summary>
    public static string UnbanGroupUser => All["unban-group-user"];

    /// <summary><c>GET /groups/{guid}/bannedusers</c> (list-banned-group-users).</summary>
    public static string ListBannedGroupUsers => All["list-banned-group-users"];

    /// <summary><c>POST /users/{uid}/friends</c> (add-friends).</summary>
    public static string AddFriends => All["add-friends"];

    /// <summary><c>GET /users/{uid}/friends</c> (list-friends).</summary>
    public static string ListFriends => All["list-friends"];

    /// <summary><c>DELETE /users/{uid}/friends</c> (remove-friends).</summary>
    public static string RemoveFriends => All["remove-friends"];

    /// <summary><c>POST /users/{uid}/blockedusers</c> (block-users).</summary>
    public static string BlockUsers => All["block-users"];

    /// <summary><c>DELETE /users/{uid}/blockedusers</c> (unblock-users).</summary>
    public static string UnblockUsers => All["unblock-users"];

    /// <summary><c>GET /users/{uid}/blockedusers</c> (list-blocked-users).</summary>
    public static string ListBlockedUsers => All["list-blocked-users"];

    /// <summary><c>POST /roles</c> (create-role).</summary>
    public static string CreateRole => All["create-role"];

    /// <summary><c>GET /roles</c> (list-roles).</summary>
    public static string ListRoles => All["list-roles"];

    /// <summary><c>GET /roles/{role}</c> (get-role).</summary>
    public static string GetRole => All["get-role"];

    /// <summary><c>PUT /roles/{role}</c> (update-role).</summary>
    public static string UpdateRole => All["update-role"];

    /// <summary><c>DELETE /roles/{role}</c> (delete-role).</summary>
    public static string DeleteRole => All["delete-role"];

    /// <summary><c>POST /roles/{role}/restrictedfeatures</c> (restrict-features).</summary>
    public static string RestrictFeatures => All["restrict-features"];

    /// <summary><c>GET /roles/{role}/restrictedfeatures</c> (list-restricted-features).</summary>
    public static string ListRestrictedFeatures => All["list-restricted-features"];

    /// <summary><c>DELETE /roles/{role}/restrictedfeatures</c> (allow-features).</summary>
    public static string AllowFeatures => All["allow-features"];

    /// <summary><c>GET /roles/{role}/permissions</c> (list-role-permissions).</summary>
    public static string ListRolePermissions => All["list-role-permissions"];

    /// <summary><c>PUT /roles/{role}/permissions</c> (set-role-permissions).</summary>
    public static string SetRolePermissions => All["set-role-permissions"];

    /// <summary><c>DELETE /roles/{role}/permissions/{permission}</c> (unset-role-permission).</summary>
    public static string UnsetRolePermission => All["unset-role-permission"];

    /// <summary><c>GET /groups/{guid}/scopes/{scope}/permissions</c> (list-scope-permissions).</summary>
    public static string ListScopePermissions => All["list-scope-permissions"];

    /// <summary><c>PUT /groups/{guid}/scopes/{scope}/permissions</c> (set-scope-permissions).</summary>
    public static string SetScopePermissions => All["set-scope-permissions"];

    /// <summary><c>DELETE /groups/{guid}/scopes/{scope}/permissions/{permission}</c> (unset-scope-permission).</summary>
    public static string UnsetScopePermission => All["unset-scope-permission"];

    /// <summary><c>GET /stats</c> (get-usage-metrics).</summary>
    public static string GetUsageMetrics => All["get-usage-metrics"];

    /// <summary><c>GET /stats/messages</c> (get-message-metrics).</summary>
    public static string GetMessageMetrics => All["get-message-metrics"];

    /// <summary><c>GET /calls</c> (list-calls).</summary>
    public static string ListCalls => All["list-calls"];

    /// <summary><c>GET /calls/{sessionId}</c> (get-call).</summary>
    public static string GetCall => All["get-call"];

    /// <summary><c>GET /calls/{sessionId}/transcriptions</c> (list-call-transcriptions).</summary>
    public static string ListCallTranscriptions => All["list-call-transcriptions"];

    private static Dictionary<string, string> Load()
    {
        var spec = JsonNode.Parse(File.ReadAllText(RepositoryPaths.SpecFile))!;
        return Operations(spec)
            .Where(operation => Example(operation) is not null)
            .ToDictionary(operation => (string)operation["operationId"]!, operation => Example(operation)!.ToJsonString(), StringComparer.Ordinal);
    }

    /// <summary>The operation IDs of the spec that have no 200 example.</summary>
    public static IReadOnlyList<string> OperationsWithoutExample()
    {
        var spec = JsonNode.Parse(File.ReadAllText(RepositoryPaths.SpecFile))!;
        return Operations(spec).Where(operation => Example(operation) is null).Select(operation => (string)operation["operationId"]!).ToList();
    }

    private static IEnumerable<JsonNode> Operations(JsonNode spec) =>
        spec["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Where(operation => operation.Key != "parameters"))
            .Select(operation => operation.Value!);

    /// <summary>The example of the operation's success response: 200, or the 2xx it declares instead (201 for some AI Agents creates).</summary>
    private static JsonNode? Example(JsonNode operation) =>
        operation["responses"]?.AsObject()
            .Where(response => response.Key.Length == 3 && response.Key[0] == '2')
            .OrderBy(response => response.Key, StringComparer.Ordinal)
            .Select(response => response.Value?["content"]?["application/json"]?["example"])
            .FirstOrDefault();
}
