using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CometChat.Rest.Benchmarks.Canned;
using CometChat.Rest.Benchmarks.Floor;
using CometChat.Rest.Benchmarks.Reflection;
using CometChat.Rest.Core;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;

namespace CometChat.Rest.Benchmarks;

/// <summary>
/// One call, start to finish, through an in-memory handler that answers with CometChat's canned bytes: the SDK
/// against the floor (hand-written HttpClient + source-generated System.Text.Json, the baseline of each
/// category) and against a reflection-based hand-rolled client. A fourth row sends the same request and leaves the
/// answer unread: the cost of <see cref="HttpClient"/> itself, below which no client can go. All send the same
/// request; GlobalSetup checks that byte for byte.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PerCallBenchmarks
{
    private const string Uid = "cometchat-uid-6";
    private const string ApiKey = "0123456789abcdef0123456789abcdef01234567";

    private static readonly Uri s_baseUri = new("https://benchmark-app.api-us.cometchat.io/v3/");

    private readonly Clients _get = new(CannedResponses.User);
    private readonly Clients _list = new(CannedResponses.UserPage);
    private readonly Clients _send = new(CannedMessages.Sent);

    // The same message three ways: a text message with metadata to a user.
    private static readonly SendMessageRequest s_message = new()
    {
        Receiver = "cometchat-uid-5",
        ReceiverType = ReceiverType.User,
        Category = SendMessageCategory.Message,
        Type = "text",
        Data = new SendMessageData { Text = "Hello from the benchmark", Metadata = new JsonObject { ["key1"] = "val1" } },
    };

    private static readonly FloorSendMessageRequest s_floorMessage = new()
    {
        Receiver = "cometchat-uid-5",
        ReceiverType = "user",
        Category = "message",
        Type = "text",
        Data = new FloorSendMessageData { Text = "Hello from the benchmark", Metadata = new JsonObject { ["key1"] = "val1" } },
    };

    private static readonly ReflectionSendMessage s_reflectionMessage = new()
    {
        Receiver = "cometchat-uid-5",
        ReceiverType = "user",
        Category = "message",
        Type = "text",
        Data = new ReflectionSendMessageData { Text = "Hello from the benchmark", Metadata = new Dictionary<string, object> { ["key1"] = "val1" } },
    };

    private static readonly ListUsersOptions s_listOptions = new() { PerPage = 100 };

    // What the SDK sends for s_message, taken off the wire in GlobalSetup, so HttpOnly posts the same bytes.
    private byte[] _messageBody = [];

    [GlobalSetup]
    public void Setup()
    {
        // The comparison only means something if all three send the same request.
        _get.CheckSameRequests(
            sdk => sdk.Users.GetAsync(Uid),
            floor => floor.GetUserAsync(Uid),
            reflection => reflection.GetUserAsync(Uid));
        _list.CheckSameRequests(
            sdk => sdk.Users.ListAsync(s_listOptions),
            floor => floor.ListUsersAsync(100),
            reflection => reflection.ListUsersAsync(100));
        _send.CheckSameRequests(
            sdk => sdk.Messages.SendAsync(s_message),
            floor => floor.SendMessageAsync(s_floorMessage),
            reflection => reflection.SendMessageAsync(s_reflectionMessage));

        _messageBody = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(s_floorMessage, FloorJsonContext.Default.FloorSendMessageRequest);
        _get.CheckSameRequests(sdk => sdk.Users.GetAsync(Uid), httpOnly => httpOnly.GetAsync("users/" + Uid));
        _list.CheckSameRequests(sdk => sdk.Users.ListAsync(s_listOptions), httpOnly => httpOnly.GetAsync("users?perPage=100"));
        _send.CheckSameRequests(sdk => sdk.Messages.SendAsync(s_message), httpOnly => httpOnly.PostAsync("messages", _messageBody));

        if (ReadData(CannedResponses.User).Uid != Uid || ReadDataList(CannedResponses.UserPage).Count != 100)
        {
            throw new InvalidOperationException("The converter-only rows do not read the canned answers.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _get.Dispose();
        _list.Dispose();
        _send.Dispose();
    }

    [Benchmark(Baseline = true, Description = "Floor (HttpClient + STJ source gen)")]
    [BenchmarkCategory("Users.Get")]
    public Task<FloorUser> Get_Floor() => _get.Floor.GetUserAsync(Uid);

    [Benchmark(Description = "CometChat.Rest")]
    [BenchmarkCategory("Users.Get")]
    public Task<User> Get_Sdk() => _get.Sdk.Users.GetAsync(Uid);

    [Benchmark(Description = "Reflection JsonSerializer client")]
    [BenchmarkCategory("Users.Get")]
    public Task<ReflectionUser> Get_Reflection() => _get.Reflection.GetUserAsync(Uid);

    [Benchmark(Description = "HttpClient alone (answer unread)")]
    [BenchmarkCategory("Users.Get")]
    public Task Get_HttpOnly() => _get.HttpOnly.GetAsync("users/" + Uid);

    [Benchmark(Description = "No HTTP: the SDK's converter alone")]
    [BenchmarkCategory("Users.Get")]
    public User Get_ConverterOnly() => ReadData(CannedResponses.User);

    [Benchmark(Description = "No HTTP: JSON tokens alone")]
    [BenchmarkCategory("Users.Get")]
    public int Get_TokensOnly() => CountTokens(CannedResponses.User);

    [Benchmark(Baseline = true, Description = "Floor (HttpClient + STJ source gen)")]
    [BenchmarkCategory("Users.List (100)")]
    public Task<List<FloorUser>> List_Floor() => _list.Floor.ListUsersAsync(100);

    [Benchmark(Description = "CometChat.Rest")]
    [BenchmarkCategory("Users.List (100)")]
    public Task<Page<User>> List_Sdk() => _list.Sdk.Users.ListAsync(s_listOptions);

    [Benchmark(Description = "Reflection JsonSerializer client")]
    [BenchmarkCategory("Users.List (100)")]
    public Task<List<ReflectionUser>> List_Reflection() => _list.Reflection.ListUsersAsync(100);

    [Benchmark(Description = "HttpClient alone (answer unread)")]
    [BenchmarkCategory("Users.List (100)")]
    public Task List_HttpOnly() => _list.HttpOnly.GetAsync("users?perPage=100");

    [Benchmark(Description = "No HTTP: the SDK's converter alone")]
    [BenchmarkCategory("Users.List (100)")]
    public List<User> List_ConverterOnly() => ReadDataList(CannedResponses.UserPage);

    [Benchmark(Description = "No HTTP: JSON tokens alone")]
    [BenchmarkCategory("Users.List (100)")]
    public int List_TokensOnly() => CountTokens(CannedResponses.UserPage);

    [Benchmark(Baseline = true, Description = "Floor (HttpClient + STJ source gen)")]
    [BenchmarkCategory("Messages.Send")]
    public Task<FloorMessage> Send_Floor() => _send.Floor.SendMessageAsync(s_floorMessage);

    [Benchmark(Description = "CometChat.Rest")]
    [BenchmarkCategory("Messages.Send")]
    public Task<Message> Send_Sdk() => _send.Sdk.Messages.SendAsync(s_message);

    [Benchmark(Description = "Reflection JsonSerializer client")]
    [BenchmarkCategory("Messages.Send")]
    public Task<ReflectionMessage> Send_Reflection() => _send.Reflection.SendMessageAsync(s_reflectionMessage);

    [Benchmark(Description = "HttpClient alone (answer unread)")]
    [BenchmarkCategory("Messages.Send")]
    public Task Send_HttpOnly() => _send.HttpOnly.PostAsync("messages", _messageBody);

    // The parts of a call that are not HTTP, on the same bytes: the generated converter reading the envelope's data
    // (what the SDK does once the body is in), and a bare pass of Utf8JsonReader (what any client must at least do).
    private static User ReadData(byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        MoveToData(ref reader);
        return UserJsonConverter.Instance.Read(ref reader, typeof(User), CometChatTransport.SerializerOptions);
    }

    private static List<User> ReadDataList(byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        MoveToData(ref reader);
        var users = new List<User>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            users.Add(UserJsonConverter.Instance.Read(ref reader, typeof(User), CometChatTransport.SerializerOptions));
        }

        return users;
    }

    private static void MoveToData(ref Utf8JsonReader reader)
    {
        reader.Read();
        while (reader.Read() && !reader.ValueTextEquals("data"u8))
        {
            reader.Skip();
        }

        reader.Read();
    }

    private static int CountTokens(byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        var count = 0;
        while (reader.Read())
        {
            count++;
        }

        return count;
    }

    /// <summary>The clients over one canned answer and one HttpClient.</summary>
    private sealed class Clients : IDisposable
    {
        private readonly CannedHandler _handler;
        private readonly HttpClient _http;

        public Clients(byte[] body)
        {
            _handler = new CannedHandler(body);
            _http = new HttpClient(_handler);
            Sdk = new CometChatClient(Options, _http);
            // The floor sends what the SDK sends, User-Agent included.
            var userAgent = SdkUserAgent();
            Floor = new FloorClient(_http, s_baseUri, ApiKey, userAgent);
            Reflection = new ReflectionClient(_http, s_baseUri, ApiKey, userAgent);
            HttpOnly = new HttpOnlyClient(_http, s_baseUri, ApiKey, userAgent);
        }

        public CometChatClient Sdk { get; }

        private static CometChatClientOptions Options => new() { AppId = "benchmark-app", Region = CometChatRegion.Us, ApiKey = ApiKey };

        public FloorClient Floor { get; }

        public ReflectionClient Reflection { get; }

        public HttpOnlyClient HttpOnly { get; }

        public void CheckSameRequests(Func<CometChatClient, Task> sdk, Func<FloorClient, Task> floor, Func<ReflectionClient, Task> reflection) =>
            CheckSameRequests(sdk, () => floor(Floor), () => reflection(Reflection));

        public void CheckSameRequests(Func<CometChatClient, Task> sdk, Func<HttpOnlyClient, Task> httpOnly) =>
            CheckSameRequests(sdk, () => httpOnly(HttpOnly));

        private void CheckSameRequests(Func<CometChatClient, Task> sdk, params Func<Task>[] others)
        {
            var recorded = new List<string>();
            _handler.Recorded = recorded;
            try
            {
                sdk(Sdk).GetAwaiter().GetResult();
                foreach (var other in others)
                {
                    other().GetAwaiter().GetResult();
                }
            }
            finally
            {
                _handler.Recorded = null;
            }

            if (recorded.Distinct().Count() != 1)
            {
                throw new InvalidOperationException("The clients do not send the same request:\n\n" + string.Join("\n----\n", recorded));
            }
        }

        public void Dispose()
        {
            Sdk.Dispose();
            _http.Dispose();
        }

        /// <summary>The User-Agent the SDK sends, read off one request to a handler that answers a user.</summary>
        private static string SdkUserAgent()
        {
            var recorded = new List<string>();
            using var handler = new CannedHandler(CannedResponses.User) { Recorded = recorded };
            using var http = new HttpClient(handler);
            using var probe = new CometChatClient(Options, http);
            probe.Users.GetAsync(Uid).GetAwaiter().GetResult();

            const string Prefix = "User-Agent: ";
            var line = recorded[0].Split('\n').Single(l => l.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase));
            return line[Prefix.Length..];
        }
    }
}
