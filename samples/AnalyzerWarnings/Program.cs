// Each line below breaks a CometChat rule the analyzers know from the spec. Build to see the warnings.

using CometChat.Rest;
using CometChat.Rest.Models;

const string SupportUid = "support agent";

var options = new CometChatClientOptions
{
    AppId = "my-app",
    ApiKey = "f1915e328e249ffaaafd97fb46a57ba55d233fbf",            // CCA1002: key written in source
};

using var client = new CometChatClient(options);

await client.Users.GetAsync("john smith");                          // CCA1003: space in a UID
await client.Users.GetAsync(SupportUid);                            // CCA1003: constants are followed
await client.Users.GetAsync("John");                                // CCA1005 (info, shown in the IDE): CometChat lowercases UIDs
await client.Users.ListAsync(new ListUsersOptions { PerPage = 5000 }); // CCA1006: perPage is 1 to 1000
await client.Users.DeactivateAsync(new DeactivateUsersRequest { UidsToDeactivate = ["ok", "not ok"] }); // CCA1003

await client.Messages.SendAsync(new SendMessageRequest { Category = "action" }); // CCA1006: only message or custom can be sent
await client.GroupMembers.ChangeScopeAsync("team", "alice", new ChangeGroupMemberScopeRequest { Scope = "owner" }); // CCA1006: unknown scope
await client.Groups.CreateAsync(new CreateGroupRequest { Guid = "team", Name = "Team", Type = GroupType.Password }); // CCA1006: no password
await client.Groups.CreateAsync(new CreateGroupRequest { Guid = "open", Name = "Open", Type = "public", Password = "s3cret" }); // CCA1006: password ignored

JoinGroup("team room");                                             // CCA1004: space in a GUID

foreach (var uid in new[] { "alice", "bob" })
{
    using var perUser = new CometChatClient(options);               // CCA1007: a client per iteration
    await perUser.Users.GetAsync(uid);
}

static void JoinGroup([CometChatIdentifier(IdentifierKind.Guid)] string guid) => _ = guid;
