using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using CometChat.Rest.Benchmarks.Canned;
using System.Threading;
using System.Threading.Tasks;
using CometChat.Rest.Emulator;
using CometChat.Rest.Models;

namespace CometChat.Rest.Benchmarks.Paging;

/// <summary>An in-process emulator holding <c>total</c> users, created through the API, and a client for it.</summary>
public sealed class SeededEmulator : IAsyncDisposable
{
    private SeededEmulator(CometChatEmulator emulator, CometChatClient client)
    {
        Emulator = emulator;
        Client = client;
    }

    public CometChatEmulator Emulator { get; }

    public CometChatClient Client { get; }

    /// <summary>Users per page: CometChat's default page size for users.</summary>
    public const int PerPage = 100;

    public static ListUsersOptions ListOptions { get; } = new() { PerPage = PerPage };

    public static async Task<SeededEmulator> StartAsync(int total)
    {
        var emulator = await CometChatEmulator.StartAsync();
        var client = new CometChatClient(emulator.CreateClientOptions());
        using var gate = new SemaphoreSlim(8);
        await Task.WhenAll(Enumerable.Range(1, total).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                await client.Users.CreateAsync(new CreateUserRequest
                {
                    Uid = "user-" + i.ToString("D5", CultureInfo.InvariantCulture),
                    Name = "User " + i.ToString(CultureInfo.InvariantCulture),
                    Avatar = "https://assets.cometchat.io/sampleapp/v2/users/cometchat-uid-1.webp",
                    Tags = ["seeded"],
                });
            }
            finally
            {
                gate.Release();
            }
        }));

        var seeded = new SeededEmulator(emulator, client);
        var count = await seeded.CountAllAsync();
        if (count != total)
        {
            throw new InvalidOperationException($"Seeded {total} users but paging returned {count}.");
        }

        return seeded;
    }

    /// <summary>A client whose pages of <paramref name="total"/> users come from memory instead of a server.</summary>
    public static (HttpClient Http, CometChatClient Client) InMemory(int total)
    {
        var http = new HttpClient(new PagedHandler(total, PerPage));
        var client = new CometChatClient(new CometChatClientOptions { AppId = "benchmark-app", ApiKey = "0123456789abcdef0123456789abcdef01234567" }, http);
        return (http, client);
    }

    /// <summary>Walks every user with <c>ListAllAsync</c>, one page in memory at a time.</summary>
    public Task<int> CountAllAsync() => CountAllAsync(Client);

    /// <summary>Walks every user <paramref name="client"/> lists.</summary>
    public static async Task<int> CountAllAsync(CometChatClient client)
    {
        var count = 0;
        await foreach (var user in client.Users.ListAllAsync(ListOptions))
        {
            count++;
        }

        return count;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
    }
}
