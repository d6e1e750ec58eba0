using System;
using System.Threading.Tasks;
using CometChat.Rest.Models;

namespace CometChat.Rest.EndToEnd.Tests;

internal static class TestData
{
    /// <summary>A UID no other test uses: <c>{prefix}-{32 hex digits}</c>.</summary>
    public static string NewUid(string prefix = "u") => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>A tag no other test uses, to filter lists down to one test's users.</summary>
    public static string NewTag() => "t" + Guid.NewGuid().ToString("N");

    public static Task<User> CreateUserAsync(this CometChatClient client, string? uid = null, string? name = null, params string[] tags) =>
        client.Users.CreateAsync(new CreateUserRequest
        {
            Uid = uid ?? NewUid(),
            Name = name ?? "Test User",
            Tags = tags.Length == 0 ? null : tags,
        });

    /// <summary>Creates the role unless it exists (users may only get existing roles).</summary>
    public static async Task EnsureRoleAsync(this CometChatClient client, string role)
    {
        try
        {
            await client.Roles.CreateAsync(new CreateRoleRequest { Role = role, Name = role });
        }
        catch (CometChatException ex) when (ex.ErrorCode == CometChatErrorCodes.RoleAlreadyExists)
        {
        }
    }

    /// <summary>The token's value. (The generator names the member Token, after its class; kept in one place.)</summary>
    public static string Value(this AuthToken token) => token.Token;

    /// <summary>The key's value. (The generator names the member Key, after its class; kept in one place.)</summary>
    public static string Value(this ApiKey key) => key.Key;

    /// <summary>Asserts that the call fails with CometChat's <paramref name="errorCode"/> and HTTP <paramref name="status"/>.</summary>
    public static async Task<CometChatException> AssertFailsAsync(Func<Task> call, string errorCode, int status)
    {
        var ex = await Assert.ThrowsAsync<CometChatException>(call);
        Assert.Equal(errorCode, ex.ErrorCode);
        Assert.Equal(status, ex.Status);
        Assert.Contains(errorCode, ex.Message, StringComparison.Ordinal);
        return ex;
    }
}
