// Exercises the library the way a server would, compiled with NativeAOT: configuration binding, AddCometChat,
// IHttpClientFactory, an OnBehalfOf view, generated converters, a typed error. It answers from an in-process
// handler, so it needs no network and no CometChat app. Exit code 0 means every check passed.

using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CometChat.Rest;
using CometChat.Rest.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

var configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["CometChat:AppId"] = "aotapp",
        ["CometChat:Region"] = "eu",
        ["CometChat:ApiKey"] = "not-a-real-key",
        ["CometChat:Retry:MaxRetries"] = "2",
    })
    .Build();

var handler = new CannedHandler();
var services = new ServiceCollection();
services.AddCometChat(configuration).ConfigurePrimaryHttpMessageHandler(() => handler);
await using var provider = services.BuildServiceProvider();
provider.GetRequiredService<IStartupValidator>().Validate();

var client = provider.GetRequiredService<CometChatClient>();
var user = await client.OnBehalfOf("alice").Users.UpdateAsync("bob", new UpdateUserRequest { Name = "Bob" });
Check(user.Uid == "bob" && user.Name == "Bob", "the response was read by the generated converter");
Check(handler.LastOnBehalfOf == "alice", "the view sent onBehalfOf");

try
{
    await client.Users.GetAsync("nobody");
    Check(false, "a 404 throws");
}
catch (CometChatException ex) when (ex.ErrorCode == CometChatErrorCodes.UidNotFound)
{
    Check(ex.Status == 404, "the 404 carries CometChat's error code");
}

Console.WriteLine("AOT smoke test passed.");
return 0;

static void Check(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine("FAILED: " + what);
        Environment.Exit(1);
    }

    Console.WriteLine("ok: " + what);
}

internal sealed class CannedHandler : HttpMessageHandler
{
    public string? LastOnBehalfOf { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        LastOnBehalfOf = request.Headers.TryGetValues("onBehalfOf", out var values) ? string.Join(",", values) : null;
        var found = request.RequestUri!.AbsolutePath.EndsWith("/users/bob", StringComparison.Ordinal);
        var json = found
            ? """{"data":{"uid":"bob","name":"Bob","status":"offline","createdAt":1700000000}}"""
            : """{"error":{"code":"ERR_UID_NOT_FOUND","message":"The UID does not exist."}}""";
        return Task.FromResult(new HttpResponseMessage(found ? HttpStatusCode.OK : HttpStatusCode.NotFound)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        });
    }
}
