using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;

namespace CometChat.Rest.Emulator.State;

// Data import: users, groups, memberships and messages with their original times. Each entry succeeds or fails on
// its own, as CometChat answers per key; imported entities are ordinary state afterwards (lists, gets, conversations).
internal sealed partial class EmulatorStore
{
    /// <summary>CometChat's limit of entries per import call.</summary>
    public const int MaxImportEntries = 50;

    public ImportedUser ImportUser(string key, UserDetails details)
    {
        lock (_gate)
        {
            try
            {
                CheckKey(key, details.Uid, CometChatErrorCodes.ImportInvalidUserFormat);
                var user = ImportUserLocked(details, allowExisting: false);
                var model = ToModel(user, includeTags: true);
                model.LastActiveAt = details.LastActiveAt;
                return new ImportedUser { Success = true, Data = model };
            }
            catch (ApiError error)
            {
                return new ImportedUser { Success = false, Message = error.Message, Error = ErrorObject(error) };
            }
        }
    }

    public ImportedGroup ImportGroup(string key, GroupDetails details)
    {
        lock (_gate)
        {
            try
            {
                CheckKey(key, details.Guid, CometChatErrorCodes.ImportInvalidGroupFormat);
                var group = ImportGroupLocked(details, ownerDetails: null, allowExisting: false);
                return new ImportedGroup { Success = true, Data = ToModel(group, viewer: null, includeTags: true) };
            }
            catch (ApiError error)
            {
                return new ImportedGroup { Success = false, Message = error.Message, Error = ErrorObject(error) };
            }
        }
    }

    /// <summary>Imports one membership keyed <c>{guid}_member_{uid}</c>, creating the group and user from their details first.</summary>
    public ImportedGroupMember ImportGroupMember(string key, ImportGroupMember details)
    {
        lock (_gate)
        {
            try
            {
                var guid = CometChatIdentifier.Normalize(details.Guid);
                var uid = CometChatIdentifier.Normalize(details.Uid);
                if (!string.Equals(CometChatIdentifier.Normalize(key), $"{guid}_member_{uid}", StringComparison.Ordinal))
                {
                    throw new ApiError(400, CometChatErrorCodes.ImportInvalidMemberFormat, $"The key {key} must be {guid}_member_{uid}.");
                }

                var user = details.UserDetails is { } userDetails ? ImportUserLocked(userDetails, allowExisting: true) : FindUser(details.Uid) ?? throw ApiError.UidNotFound(details.Uid);
                var group = details.GroupDetails is { } groupDetails ? ImportGroupLocked(groupDetails, null, allowExisting: true) : FindGroup(details.Guid);
                if (group.Members.ContainsKey(user.Uid) || group.Banned.ContainsKey(user.Uid))
                {
                    throw new ApiError(400, CometChatErrorCodes.AlreadyJoined, $"The user with uid {user.Uid} is already in the group {group.Guid}.");
                }

                var now = Now();
                var joinedAt = details.JoinedAt?.ToUnixTimeSeconds() ?? now;
                if (joinedAt < group.CreatedAt || joinedAt > now)
                {
                    throw new ApiError(400, CometChatErrorCodes.ImportInvalidJoinedAt, $"joinedAt must be after the group's createdAt ({group.CreatedAt}) and before now.");
                }

                var member = new MemberRecord { Uid = user.Uid, Scope = details.Scope?.Value ?? Participant, JoinedAt = joinedAt, Sequence = ++_sequence };
                if (details.IsBanned == true)
                {
                    group.Banned[user.Uid] = joinedAt;
                }
                else
                {
                    group.Members[user.Uid] = member;
                }

                return new ImportedGroupMember { Success = true, Data = ToMemberModel(member, user) };
            }
            catch (ApiError error)
            {
                return new ImportedGroupMember { Success = false, Message = error.Message, Error = ErrorObject(error) };
            }
        }
    }

    /// <summary>
    /// Imports one message as a stored message (so it shows in message lists and conversations), creating the users and
    /// group given in the details first. Delivery and read times are echoed, not stored: the message store keeps no receipts.
    /// </summary>
    public ImportedMessage ImportMessage(string key, ImportMessage details)
    {
        lock (_gate)
        {
            try
            {
                CheckKey(key, details.Muid, CometChatErrorCodes.ImportInvalidMessageFormat, normalize: false);
                if (_messages.Values.Any(message => message.Muid == details.Muid))
                {
                    throw new ApiError(400, CometChatErrorCodes.ImportMuidAlreadyExists, $"A message with the muid {details.Muid} already exists.");
                }

                var sender = details.SenderUserDetails is { } senderDetails ? ImportUserLocked(senderDetails, allowExisting: true) : FindUser(details.Sender) ?? throw ApiError.UidNotFound(details.Sender);
                string receiver;
                string conversationId;
                if (details.ReceiverType == ReceiverType.Group)
                {
                    var group = details.ReceiverGroupDetails is { } groupDetails
                        ? ImportGroupLocked(groupDetails, details.ReceiverGroupOwnerDetails, allowExisting: true)
                        : FindGroup(details.Receiver);
                    receiver = group.Guid;
                    conversationId = "group_" + group.Guid;
                }
                else
                {
                    var user = details.ReceiverUserDetails is { } receiverDetails ? ImportUserLocked(receiverDetails, allowExisting: true) : FindUser(details.Receiver) ?? throw ApiError.UidNotFound(details.Receiver);
                    receiver = user.Uid;
                    conversationId = ConversationId(sender.Uid, receiver);
                }

                foreach (var mentioned in details.MentionedUserDetails?.Values ?? [])
                {
                    ImportUserLocked(mentioned, allowExisting: true);
                }

                var category = details.Category ?? MessageCategory.Message.Value;
                var type = details.Type ?? "text";
                if (category == MessageCategory.Message.Value && type == "text" && string.IsNullOrEmpty(details.Data?.Text))
                {
                    throw new ApiError(400, CometChatErrorCodes.ImportInvalidMessageFormat, "A text message needs data.text.");
                }

                var record = new MessageRecord
                {
                    Id = ++_actionMessageId,
                    Muid = details.Muid,
                    ConversationId = conversationId,
                    Sender = sender.Uid,
                    Receiver = receiver,
                    ReceiverType = details.ReceiverType.Value,
                    Category = category,
                    Type = type,
                    Text = details.Data?.Text,
                    CustomData = Clone(details.Data?.CustomData),
                    Metadata = Clone(details.Data?.Metadata),
                    Tags = details.Tags is null ? [] : [.. details.Tags],
                    SentAt = details.SentAt.ToUnixTimeSeconds(),
                };
                _messages.Add(record.Id, record);

                var model = new ChatMessage
                {
                    Id = record.Id.ToString(CultureInfo.InvariantCulture),
                    Muid = record.Muid,
                    ConversationId = record.ConversationId,
                    Sender = record.Sender,
                    ReceiverType = details.ReceiverType,
                    Receiver = record.Receiver,
                    Category = record.Category,
                    Type = record.Type,
                    Data = new ChatMessageData { Text = record.Text, CustomData = Clone(record.CustomData), Metadata = Clone(record.Metadata), Attachments = details.Data?.Attachments },
                    Tags = record.Tags.Count > 0 ? [.. record.Tags] : null,
                    SentAt = details.SentAt,
                    DeliveredAt = details.DeliveredAt,
                    ReadAt = details.ReadAt,
                    UpdatedAt = details.ReadAt ?? details.DeliveredAt ?? details.SentAt,
                };
                return new ImportedMessage { Success = true, Data = model };
            }
            catch (ApiError error)
            {
                return new ImportedMessage { Success = false, Message = error.Message, Error = ErrorObject(error) };
            }
        }
    }

    // ----- Helpers (call with the lock held) -----

    private static void CheckKey(string key, string value, string code, bool normalize = true)
    {
        var same = normalize
            ? string.Equals(CometChatIdentifier.Normalize(key), CometChatIdentifier.Normalize(value), StringComparison.Ordinal)
            : string.Equals(key, value, StringComparison.Ordinal);
        if (!same)
        {
            throw new ApiError(400, code, $"The key {key} must match the entry's identifier {value}.");
        }
    }

    /// <summary>Creates a user with its original times; with <paramref name="allowExisting"/> an existing user is returned as it is.</summary>
    private UserRecord ImportUserLocked(UserDetails details, bool allowExisting)
    {
        if (!CometChatIdentifier.IsValid(details.Uid))
        {
            throw ApiError.Validation("uid", "The uid may only contain letters, digits, underscores and hyphens (at most 100).");
        }

        if (FindUser(details.Uid) is { } existing)
        {
            return allowExisting ? existing : throw ApiError.UidAlreadyExists(existing.Uid);
        }

        if (string.IsNullOrWhiteSpace(details.Name))
        {
            throw ApiError.Validation("name", "The name field is required.");
        }

        CheckRoleExists(details.Role);
        var user = new UserRecord
        {
            Uid = CometChatIdentifier.Normalize(details.Uid),
            Name = details.Name,
            Avatar = details.Avatar,
            Link = details.Link,
            Role = details.Role is null ? DefaultRole : CometChatIdentifier.Normalize(details.Role),
            Metadata = Clone(details.Metadata),
            Tags = details.Tags is null ? [] : [.. details.Tags],
            CreatedAt = details.CreatedAt?.ToUnixTimeSeconds() ?? Now(),
            DeactivatedAt = details.DeactivatedAt?.ToUnixTimeSeconds(),
        };
        _users.Add(user.Uid, user);
        return user;
    }

    /// <summary>Creates a group with its original creation time; its owner (created from its details if needed) becomes an admin.</summary>
    private GroupRecord ImportGroupLocked(GroupDetails details, UserDetails? ownerDetails, bool allowExisting)
    {
        if (!CometChatIdentifier.IsValid(details.Guid))
        {
            throw ApiError.Validation("guid", "The guid may only contain letters, digits, underscores and hyphens (at most 100).");
        }

        if (_groups.TryGetValue(CometChatIdentifier.Normalize(details.Guid), out var existing))
        {
            return allowExisting ? existing : throw ApiError.GuidAlreadyExists(existing.Guid);
        }

        if (details.Type == GroupType.Password && string.IsNullOrEmpty(details.Password))
        {
            throw ApiError.EmptyGroupPassword(details.Guid);
        }

        UserRecord? owner = null;
        if ((details.GroupOwnerDetails ?? ownerDetails) is { } givenOwner)
        {
            owner = ImportUserLocked(givenOwner, allowExisting: true);
        }
        else if (details.Owner is { } ownerUid)
        {
            owner = FindUser(ownerUid) ?? throw ApiError.UidNotFound(ownerUid);
        }

        var createdAt = details.CreatedAt?.ToUnixTimeSeconds() ?? Now();
        var group = new GroupRecord
        {
            Guid = CometChatIdentifier.Normalize(details.Guid),
            Name = details.Name,
            Type = details.Type.Value,
            Password = details.Type == GroupType.Password ? details.Password : null,
            Icon = details.Icon,
            Owner = owner?.Uid,
            Metadata = Clone(details.Metadata),
            Tags = details.Tags is null ? [] : [.. details.Tags],
            CreatedAt = createdAt,
            Sequence = ++_sequence,
        };
        _groups.Add(group.Guid, group);
        if (owner is not null)
        {
            group.Members[owner.Uid] = new MemberRecord { Uid = owner.Uid, Scope = Admin, JoinedAt = createdAt, Sequence = ++_sequence };
        }

        return group;
    }

    private static JsonObject ErrorObject(ApiError error) => new() { ["code"] = error.Code, ["message"] = error.Message };
}
