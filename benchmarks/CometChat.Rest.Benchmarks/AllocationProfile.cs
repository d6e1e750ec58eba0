using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using CometChat.Rest.Benchmarks.Canned;
using CometChat.Rest.Benchmarks.Floor;
using CometChat.Rest.Benchmarks.Reflection;
using CometChat.Rest.Models;

namespace CometChat.Rest.Benchmarks;

/// <summary>
/// <c>--allocations</c>: which types one call allocates, SDK beside floor and the reflection client. Calls through the canned handler
/// complete synchronously, so the bytes per call are exact (<see cref="GC.GetAllocatedBytesForCurrentThread"/>);
/// the breakdown by type comes from the runtime's allocation sampling (one event per ~100 KB), so it is an estimate.
/// The process CPU time per call is printed too: a rough speed comparison that a busy machine disturbs less.
/// </summary>
public static class AllocationProfile
{
    private const int Calls = 20_000;

    public static async Task RunAsync()
    {
        const string Uid = "cometchat-uid-6";
        const string ApiKey = "0123456789abcdef0123456789abcdef01234567";
        var baseUri = new Uri("https://benchmark-app.api-us.cometchat.io/v3/");
        var message = new SendMessageRequest { Receiver = "cometchat-uid-5", ReceiverType = ReceiverType.User, Type = "text", Data = new SendMessageData { Text = "Hello" } };
        var floorMessage = new FloorSendMessageRequest { Receiver = "cometchat-uid-5", ReceiverType = "user", Type = "text", Data = new FloorSendMessageData { Text = "Hello" } };
        var reflectionMessage = new ReflectionSendMessage { Receiver = "cometchat-uid-5", ReceiverType = "user", Type = "text", Data = new ReflectionSendMessageData { Text = "Hello" } };
        var list = new ListUsersOptions { PerPage = 100 };
        foreach (var (name, body) in new[] { ("Users.Get", CannedResponses.User), ("Users.List (100)", CannedResponses.UserPage), ("Messages.Send", CannedMessages.Sent) })
        {
            using var http = new HttpClient(new CannedHandler(body));
            using var sdk = new CometChatClient(new CometChatClientOptions { AppId = "benchmark-app", ApiKey = ApiKey }, http);
            var floor = new FloorClient(http, baseUri, ApiKey, "CometChat.Rest/0.1.0");
            var reflection = new ReflectionClient(http, baseUri, ApiKey, "CometChat.Rest/0.1.0");
            var calls = name switch
            {
                "Users.Get" => new (string Client, Func<Task> Call)[] { ("CometChat.Rest", () => sdk.Users.GetAsync(Uid)), ("floor", () => floor.GetUserAsync(Uid)), ("reflection", () => reflection.GetUserAsync(Uid)) },
                "Users.List (100)" => [("CometChat.Rest", () => sdk.Users.ListAsync(list)), ("floor", () => floor.ListUsersAsync(100)), ("reflection", () => reflection.ListUsersAsync(100))],
                _ => [("CometChat.Rest", () => sdk.Messages.SendAsync(message)), ("floor", () => floor.SendMessageAsync(floorMessage)), ("reflection", () => reflection.SendMessageAsync(reflectionMessage))],
            };

            // Warm every client before measuring any: tiered JIT compiles in the background and its CPU counts too.
            for (var i = 0; i < 20_000; i++)
            {
                foreach (var (_, call) in calls)
                {
                    await call();
                }
            }

            // Background JIT work still lands in the first timed window on a busy machine: time twice, print the second.
            foreach (var (_, call) in calls)
            {
                await CpuPerCallAsync(call);
            }

            foreach (var (client, call) in calls)
            {
                await ProfileAsync(name + ": " + client, call);
            }
        }
    }

    private static async Task ProfileAsync(string name, Func<Task> call)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var task = call();
        var perCall = GC.GetAllocatedBytesForCurrentThread() - before;
        await task;

        var cpuPerCall = await CpuPerCallAsync(call);

        using var listener = new AllocationListener();
        for (var i = 0; i < Calls; i++)
        {
            await call();
        }

        var sampled = listener.Samples.Values.Sum();
        Console.WriteLine(FormattableString.Invariant($"## {name}: {perCall:N0} B per call (exact, synchronous path), {cpuPerCall:N2} μs CPU per call"));
        foreach (var (type, bytes) in listener.Samples.OrderByDescending(p => p.Value).Take(25))
        {
            Console.WriteLine(FormattableString.Invariant($"  {bytes * 100.0 / sampled,5:N1}%  ~{(double)perCall * bytes / sampled,7:N0} B  {type}"));
        }

        Console.WriteLine();
    }

    /// <summary>CPU time, not wall time: on a machine shared with other work it is the steadier of the two.</summary>
    private static async Task<double> CpuPerCallAsync(Func<Task> call)
    {
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < Calls; i++)
        {
            await call();
        }

        return (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / Calls;
    }

    private sealed class AllocationListener : EventListener
    {
        public ConcurrentDictionary<string, long> Samples { get; } = new();

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                // GC keyword, verbose: AllocationTick.
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.Payload is null)
            {
                return;
            }

            var names = eventData.PayloadNames!;
            var type = eventData.Payload[names.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(eventData.Payload[names.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
            Samples.AddOrUpdate(type, amount, (_, total) => total + amount);
        }
    }
}
