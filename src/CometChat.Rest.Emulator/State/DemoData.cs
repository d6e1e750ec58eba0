using System.Collections.Generic;
using CometChat.Rest.Models;

namespace CometChat.Rest.Emulator.State;

/// <summary>The demo users <see cref="EmulatorOptions.SeedDemoData"/> adds: CometChat's sample-app users.</summary>
internal static class DemoData
{
    private static readonly (string Uid, string Name)[] s_users =
    [
        ("cometchat-uid-1", "Andrew Joseph"),
        ("cometchat-uid-2", "George Alan"),
        ("cometchat-uid-3", "Nancy Grace"),
        ("cometchat-uid-4", "Susan Marie"),
        ("cometchat-uid-5", "John Paul"),
    ];

    /// <summary>Creates the demo users, each with one auth token (in <see cref="User.AuthToken"/>).</summary>
    public static IReadOnlyList<User> Seed(EmulatorStore store)
    {
        var users = new List<User>();
        foreach (var (uid, name) in s_users)
        {
            users.Add(store.CreateUser(new CreateUserRequest
            {
                Uid = uid,
                Name = name,
                Avatar = $"https://assets.cometchat.io/sampleapp/v2/users/{uid}.webp",
                Tags = ["demo"],
                WithAuthToken = true,
            }));
        }

        return users;
    }
}
