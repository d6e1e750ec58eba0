using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CometChat.Rest.Models;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>What representative Roles, Restrict Features and RBAC operations send, and how they read the spec's 200 examples.</summary>
public sealed class RolesWireFormatTests
{
    private const string Base = TestClient.BaseUrl;

    [Fact]
    public async Task Create_role_posts_the_settings_enums_and_reads_the_role()
    {
        using var client = TestClient.Create(SpecExamples.CreateRole, out var handler);

        var role = await client.Roles.CreateAsync(new CreateRoleRequest
        {
            Role = "manager",
            Name = "Manager",
            Settings = new RoleSettings { ListUsers = RoleListUsersSetting.All, SendMessagesTo = RoleSendMessagesToSetting.FriendsOnly },
        });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Post,
            Base + "roles",
            """{"role":"manager","name":"Manager","settings":{"listUsers":"all","sendMessagesTo":"friendsOnly"}}""");
        Assert.Equal("manager", role.RoleId);
        Assert.Equal(RoleSendMessagesToSetting.FriendsOnly, role.Settings!.SendMessagesTo);
        Assert.Equal("support", (string?)role.Metadata!["team"]);
    }

    [Fact]
    public async Task Restrict_features_posts_the_keys_and_reads_the_per_key_results()
    {
        using var client = TestClient.Create(SpecExamples.RestrictFeatures, out var handler);

        var result = await client.RestrictFeatures.RestrictAsync("manager", new RestrictFeaturesRequest { FeaturesToRestrict = ["u.listUsers"] });

        WireAssert.Request(handler.SingleRequest, HttpMethod.Post, Base + "roles/manager/restrictedfeatures", """{"featuresToRestrict":["u.listUsers"]}""");
        Assert.True(result["u.listUsers"].Success);
    }

    [Fact]
    public async Task Set_role_permissions_puts_free_form_values_and_reads_them_back()
    {
        using var client = TestClient.Create(SpecExamples.SetRolePermissions, out var handler);

        var set = await client.Rbac.SetRolePermissionsAsync("default", new SetPermissionsRequest
        {
            Permissions = new JsonObject { ["sendMessage"] = "allow", ["listUsers.allowedRoles"] = new JsonArray("default") },
        });

        WireAssert.Request(
            handler.SingleRequest,
            HttpMethod.Put,
            Base + "roles/default/permissions",
            """{"permissions":{"sendMessage":"allow","listUsers.allowedRoles":["default"]}}""");
        Assert.Equal("all", (string?)set.Permissions!["listUsers.mode"]);
        Assert.Equal("default", (string?)set.Permissions["listUsers.allowedRoles"]![0]);
    }

    [Fact]
    public async Task Unset_scope_permission_puts_the_scope_and_permission_in_the_path()
    {
        using var client = TestClient.Create(SpecExamples.UnsetScopePermission, out var handler);

        await client.Rbac.UnsetScopePermissionAsync("project-group", GroupMemberScope.Moderator, "sendMessage");

        WireAssert.Request(handler.SingleRequest, HttpMethod.Delete, Base + "groups/project-group/scopes/moderator/permissions/sendMessage");
    }
}
