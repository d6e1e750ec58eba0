// The CometChat.Rest quickstart: users, auth tokens, paging, groups and members, friends, typed messages and
// typed errors.
//
// With COMETCHAT_APP_ID, COMETCHAT_REGION and COMETCHAT_API_KEY set, it talks to your CometChat app.
// Without them it starts the local emulator in-process, so it runs offline.

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CometChat.Rest;
using CometChat.Rest.Emulator;
using CometChat.Rest.Models;

var appId = Environment.GetEnvironmentVariable("COMETCHAT_APP_ID");
var region = Environment.GetEnvironmentVariable("COMETCHAT_REGION");
var apiKey = Environment.GetEnvironmentVariable("COMETCHAT_API_KEY");

await using var emulator = string.IsNullOrEmpty(appId) || string.IsNullOrEmpty(apiKey)
    ? await CometChatEmulator.StartAsync()
    : null;

var options = emulator is not null
    ? emulator.CreateClientOptions()
    : new CometChatClientOptions
    {
        AppId = appId,
        Region = string.IsNullOrEmpty(region) ? CometChatRegion.Us : CometChatRegion.Parse(region),
        ApiKey = apiKey,
    };

Console.WriteLine(emulator is not null
    ? $"No COMETCHAT_* settings found: using the local emulator at {emulator.BaseUri}"
    : $"Talking to CometChat app '{appId}' in region '{options.Region}'");
Console.WriteLine();

// One client for the whole application: it is thread-safe and keeps its connections open.
using var client = new CometChatClient(options);

// UIDs are unique per run, so the sample can run again against a real app.
var run = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
string[] names = ["Alice Adams", "Bob Brown", "Carol Chen", "Dan Diaz", "Eve Evans"];
var uids = new string[names.Length];

Console.WriteLine("1. Create users");
for (var i = 0; i < names.Length; i++)
{
    var user = await client.Users.CreateAsync(new CreateUserRequest
    {
        Uid = $"quickstart-{run}-{names[i].Split(' ')[0].ToLowerInvariant()}",
        Name = names[i],
        Tags = ["quickstart"],
        WithAuthToken = i == 0,
    });
    uids[i] = user.Uid;
    var token = user.AuthToken is null ? string.Empty : $" (auth token issued with it: {Shorten(user.AuthToken)})";
    Console.WriteLine($"   {user.Uid,-28} {user.Name,-12} created {user.CreatedAt:u}{token}");
}

Console.WriteLine();
Console.WriteLine("2. Issue auth tokens (the server's job; client apps log in with them)");
var forced = await client.AuthTokens.CreateAsync(uids[1], new CreateAuthTokenRequest { Force = true });
await client.AuthTokens.CreateAsync(uids[1], new CreateAuthTokenRequest { Force = true });
Console.WriteLine($"   {uids[1]}: {Shorten(forced.Token)}");
var tokens = await client.AuthTokens.ListAsync(uids[1]);
Console.WriteLine($"   {uids[1]} now has {tokens.Items.Count} tokens:");
foreach (var token in tokens.Items)
{
    Console.WriteLine($"     {Shorten(token.Token)} created {token.CreatedAt:u}");
}

Console.WriteLine();
Console.WriteLine("3. List users page by page (2 per page) with the async enumerator");
var count = 0;
await foreach (var user in client.Users.ListAllAsync(new ListUsersOptions { PerPage = 2, Tags = ["quickstart"], WithTags = true }))
{
    count++;
    Console.WriteLine($"   #{count} {user.Uid,-28} {user.Name}");
}

var firstPage = await client.Users.ListAsync(new ListUsersOptions { PerPage = 2, Tags = ["quickstart"] });
Console.WriteLine($"   one page at a time works too: page {firstPage.Pagination?.CurrentPage} of {firstPage.Pagination?.TotalPages}, {firstPage.Items.Count} users, more: {firstPage.HasNextPage}");

Console.WriteLine();
Console.WriteLine("4. A group with members, acting as its users (onBehalfOf)");
var guid = $"quickstart-{run}-hikers";
var group = await client.Groups.CreateAsync(
    new CreateGroupRequest { Guid = guid, Name = "Hikers", Type = GroupType.Public, Description = "Weekend hikes" },
    onBehalfOf: uids[0]);
Console.WriteLine($"   {group.Guid} created by {group.Owner}, who is its {group.Scope}");
var added = await client.GroupMembers.AddAsync(guid, new AddGroupMembersRequest
{
    Moderators = [uids[1]],
    Participants = [uids[2], uids[3], uids[0]],
});
var outcomes = (added.Moderators ?? Enumerable.Empty<KeyValuePair<string, OperationResult>>())
    .Concat(added.Participants ?? Enumerable.Empty<KeyValuePair<string, OperationResult>>());
foreach (var (uid, outcome) in outcomes)
{
    // Each UID succeeds or fails on its own; the call as a whole does not fail.
    Console.WriteLine($"   add {uid,-28} {(outcome.Success ? "ok" : outcome.Error?["code"])}");
}

await foreach (var member in client.GroupMembers.ListAllAsync(guid))
{
    Console.WriteLine($"   member {member.Uid,-28} {member.Scope}");
}

try
{
    // A moderator may kick participants, not the admin who owns the group.
    await client.GroupMembers.KickAsync(guid, uids[0], onBehalfOf: uids[1]);
}
catch (CometChatException ex) when (ex.ErrorCode == CometChatErrorCodes.GroupNoClearance)
{
    Console.WriteLine($"   {uids[1]} cannot kick the owner: {ex.ErrorCode} (HTTP {ex.Status})");
}

await client.GroupMembers.KickAsync(guid, uids[3], onBehalfOf: uids[1]);
Console.WriteLine($"   {uids[1]} kicked {uids[3]}; the group has {(await client.Groups.GetAsync(guid)).MembersCount} members");
await client.Friends.AddAsync(uids[0], new AddFriendsRequest { Accepted = [uids[1], uids[2]] });
var friends = await client.Friends.ListAsync(uids[0]);
Console.WriteLine($"   {uids[0]} has {friends.Items.Count} friends");

Console.WriteLine();
Console.WriteLine("5. Messages in the group, read back as typed messages");
await client.Messages.SendAsync(
    new SendMessageRequest
    {
        Receiver = guid,
        ReceiverType = ReceiverType.Group,
        Category = SendMessageCategory.Message,
        Type = "text",
        Data = new SendMessageData { Text = "Trail report: the ridge is clear." },
    },
    onBehalfOf: uids[0]);
var poll = await client.Messages.SendAsync(
    new SendMessageRequest
    {
        Receiver = guid,
        ReceiverType = ReceiverType.Group,
        Category = SendMessageCategory.Custom,
        Type = "poll",
        Data = new SendMessageData { CustomData = new JsonObject { ["question"] = "Saturday or Sunday?" } },
    },
    onBehalfOf: uids[1]);
await client.Messages.UpdateAsync(
    poll.Id,
    new UpdateMessageRequest { Data = new UpdateMessageData { Text = "Saturday or Sunday? (vote by Friday)" } },
    onBehalfOf: uids[1]);

// Lists are cursor-paged: the enumerator follows meta.next; each item comes back as its own message type.
await foreach (var message in client.Messages.ListInGroupAllAsync(guid, onBehalfOf: uids[0]))
{
    var text = message switch
    {
        TextMessage textMessage => $"text from {message.Sender}: {textMessage.Data.Text}",
        CustomMessage custom => $"custom '{custom.Type}' from {message.Sender}: {custom.Data?.CustomData?["question"]}",
        ActionMessage action => $"action '{action.Data?.Action}' by {(action.Data?.Entities?.By as UserEntityReference)?.Entity?.Uid}",
        _ => $"{message.Category}/{message.Type}",
    };
    Console.WriteLine($"   {message.GetType().Name,-14} {text}");
}

Console.WriteLine();
Console.WriteLine("6. A typed error: fetch a user that does not exist");
try
{
    await client.Users.GetAsync($"quickstart-{run}-nobody");
}
catch (CometChatException ex) when (ex.ErrorCode == CometChatErrorCodes.UidNotFound)
{
    Console.WriteLine($"   CometChatException: HTTP {ex.Status}, code {ex.ErrorCode}");
    Console.WriteLine($"   {ex.Message}");
}

Console.WriteLine();
Console.WriteLine("7. A bad argument fails before anything is sent");
try
{
    // CCA1003 flags this literal at build time too; the sample sends it on purpose.
#pragma warning disable CCA1003
    await client.Users.GetAsync("not a valid uid!");
#pragma warning restore CCA1003
}
catch (ArgumentException ex)
{
    Console.WriteLine($"   ArgumentException for '{ex.ParamName}': {ex.Message}");
}

Console.WriteLine();
Console.WriteLine("8. Clean up");
await client.Groups.DeleteAsync(guid);
foreach (var uid in uids)
{
    await client.Users.DeleteAsync(uid, new DeleteUserRequest { Permanent = true });
}

Console.WriteLine($"   deleted the group and {uids.Length} users permanently");
Console.WriteLine();
Console.WriteLine("Done.");

// Tokens start with the UID; their end is what tells them apart.
static string Shorten(string text) => text.Length <= 24 ? text : "…" + text[^20..];
