using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

/// <summary>Roles, their restricted features and RBAC permissions.</summary>
public sealed class RolesTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;

    public RolesTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private CometChatClient Client => _fixture.Client;

    private static string NewRole() => TestData.NewUid("r");

    [Fact]
    public async Task Roles_are_created_updated_and_deleted()
    {
        var id = NewRole();

        var created = await Client.Roles.CreateAsync(new CreateRoleRequest
        {
            Role = id.ToUpperInvariant(),
            Name = "Manager",
            Description = "Managers",
            Metadata = new JsonObject { ["team"] = "support" },
            Settings = new RoleSettings { ListUsers = RoleListUsersSetting.All, SendMessagesTo = RoleSendMessagesToSetting.FriendsOnly },
        });
        var updated = await Client.Roles.UpdateAsync(id, new UpdateRoleRequest { Name = "Lead", Settings = new RoleSettings { ListUsers = RoleListUsersSetting.FriendsOnly } });

        Assert.Equal(id, created.RoleId);
        Assert.Equal(RoleSendMessagesToSetting.FriendsOnly, created.Settings!.SendMessagesTo);
        Assert.Equal("Lead", updated.Name);
        Assert.Equal("Managers", updated.Description);
        Assert.Equal(RoleListUsersSetting.FriendsOnly, updated.Settings!.ListUsers);
        Assert.Equal(RoleSendMessagesToSetting.FriendsOnly, updated.Settings.SendMessagesTo);
        Assert.Equal("Lead", (await Client.Roles.GetAsync(id)).Name);
        Assert.Contains(id, (await Client.Roles.ListAllAsync().ToListAsync()).Select(r => r.RoleId));

        var user = await Client.Users.CreateAsync(new CreateUserRequest { Uid = TestData.NewUid(), Name = "Has role", Role = id });
        var deleted = await Client.Roles.DeleteAsync(id);

        Assert.True(deleted.Success);
        Assert.Equal("default", (await Client.Users.GetAsync(user.Uid)).Role);
        await TestData.AssertFailsAsync(() => Client.Roles.GetAsync(id), CometChatErrorCodes.RoleNotFound, 404);
    }

    [Fact]
    public async Task Role_errors()
    {
        var id = NewRole();
        await Client.Roles.CreateAsync(new CreateRoleRequest { Role = id, Name = "Once" });

        await TestData.AssertFailsAsync(() => Client.Roles.CreateAsync(new CreateRoleRequest { Role = id, Name = "Twice" }), CometChatErrorCodes.RoleAlreadyExists, 400);
        await TestData.AssertFailsAsync(() => Client.Roles.DeleteAsync("default"), CometChatErrorCodes.RoleDeleteDenied, 403);
        await TestData.AssertFailsAsync(() => Client.Roles.UpdateAsync(NewRole(), new UpdateRoleRequest { Name = "x" }), CometChatErrorCodes.RoleNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.Roles.DeleteAsync(NewRole()), CometChatErrorCodes.RoleNotFound, 404);
    }

    [Fact]
    public async Task Features_are_restricted_and_allowed_again()
    {
        var id = NewRole();
        await Client.Roles.CreateAsync(new CreateRoleRequest { Role = id, Name = "Restricted" });

        var restricted = await Client.RestrictFeatures.RestrictAsync(id, new RestrictFeaturesRequest { FeaturesToRestrict = ["u.listUsers", "x.custom"] });
        var list = await Client.RestrictFeatures.ListAsync(id);

        Assert.True(restricted["u.listUsers"].Success);
        Assert.Equal(["u.listUsers", "x.custom"], list.Items.Select(f => f.Key));
        Assert.Equal("/v3/users", list.Items[0].Path);

        await Client.RestrictFeatures.AllowAsync(id, new AllowFeaturesRequest { FeaturesToAllow = ["u.listUsers"] });
        Assert.Equal(["x.custom"], (await Client.RestrictFeatures.ListAsync(id)).Items.Select(f => f.Key));
        var allowed = await Client.RestrictFeatures.AllowAsync(id, new AllowFeaturesRequest { AllowAll = true });
        Assert.True(allowed.Success);
        Assert.Empty((await Client.RestrictFeatures.ListAsync(id)).Items);

        await TestData.AssertFailsAsync(() => Client.RestrictFeatures.ListAsync(NewRole()), CometChatErrorCodes.RoleNotFound, 404);
        await TestData.AssertFailsAsync(() => Client.RestrictFeatures.AllowAsync(id, new AllowFeaturesRequest()), CometChatErrorCodes.BadRequest, 400);
    }

    [Fact]
    public async Task Role_permissions_are_set_and_unset()
    {
        var id = NewRole();
        await Client.Roles.CreateAsync(new CreateRoleRequest { Role = id, Name = "Rbac" });

        var definitions = await Client.Rbac.ListRolePermissionsAsync(id);
        var set = await Client.Rbac.SetRolePermissionsAsync(id, new SetPermissionsRequest
        {
            Permissions = new JsonObject { ["sendMessage"] = "deny", ["listUsers.allowedRoles"] = new JsonArray("default") },
        });
        var unset = await Client.Rbac.UnsetRolePermissionAsync(id, "sendMessage");

        Assert.Contains(definitions.Items, d => d.Id == "createGroup" && d.Type == "role");
        Assert.Equal("deny", set.Permissions!["sendMessage"]!.GetValue<string>());
        Assert.False(unset.Permissions!.ContainsKey("sendMessage"));
        Assert.True(unset.Permissions.ContainsKey("listUsers.allowedRoles"));

        var bad = await TestData.AssertFailsAsync(
            () => Client.Rbac.SetRolePermissionsAsync(id, new SetPermissionsRequest { Permissions = new JsonObject { ["sendMessage"] = "maybe", ["noSuch"] = "allow" } }),
            CometChatErrorCodes.BadRequest,
            400);
        Assert.True(bad.FieldErrors.ContainsKey("permissions.sendMessage"));
        Assert.True(bad.FieldErrors.ContainsKey("permissions.noSuch"));
        await TestData.AssertFailsAsync(() => Client.Rbac.ListRolePermissionsAsync(NewRole()), CometChatErrorCodes.RoleNotFound, 404);
    }

    [Fact]
    public async Task Scope_permissions_are_per_group_and_scope()
    {
        var group = await Client.Groups.CreateAsync(new CreateGroupRequest { Guid = TestData.NewUid("g"), Name = "Rbac", Type = GroupType.Public });

        var definitions = await Client.Rbac.ListScopePermissionsAsync(group.Guid, GroupMemberScope.Participant);
        var set = await Client.Rbac.SetScopePermissionsAsync(group.Guid, GroupMemberScope.Participant, new SetPermissionsRequest
        {
            Permissions = new JsonObject { ["sendMessage"] = "allow", ["initiateCall"] = "deny" },
        });
        var moderators = await Client.Rbac.SetScopePermissionsAsync(group.Guid, GroupMemberScope.Moderator, new SetPermissionsRequest
        {
            Permissions = new JsonObject { ["initiateCall"] = "allow" },
        });
        var unset = await Client.Rbac.UnsetScopePermissionAsync(group.Guid, GroupMemberScope.Participant, "initiateCall");

        Assert.All(definitions.Items, d => Assert.Equal("scope", d.Type));
        Assert.Equal(2, set.Permissions!.Count);
        Assert.Single(moderators.Permissions!);
        Assert.Equal(["sendMessage"], unset.Permissions!.Select(p => p.Key));
        await TestData.AssertFailsAsync(() => Client.Rbac.ListScopePermissionsAsync(TestData.NewUid("g"), GroupMemberScope.Admin), CometChatErrorCodes.GuidNotFound, 404);
        await TestData.AssertFailsAsync(
            () => Client.Rbac.ListScopePermissionsAsync(group.Guid, new GroupMemberScope("owner")),
            CometChatErrorCodes.BadRequest,
            400);
    }
}
