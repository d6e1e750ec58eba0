using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;

namespace CometChat.Rest.Emulator.State;

// Groups, members and bans. "actor" is the onBehalfOf user: null means the app itself, which may do anything.
internal sealed partial class EmulatorStore
{
    /// <summary>CometChat's limit of members per group.</summary>
    public const int MaxMembersPerGroup = 100_000;

    /// <summary>The sender CometChat gives action messages made by the app rather than a user.</summary>
    public const string SystemSender = "app_system";

    private const string Admin = "admin";
    private const string Moderator = "moderator";
    private const string Participant = "participant";

    private readonly Dictionary<string, GroupRecord> _groups = new(StringComparer.Ordinal);
    private long _actionMessageId;

    /// <summary>
    /// Creates a group. The owner (or, without one, the acting user) becomes its first admin; the members in
    /// <c>members</c> are added or banned as by <see cref="AddGroupMembers"/>.
    /// </summary>
    public (Group Group, AddGroupMembersResult? Members) CreateGroup(CreateGroupRequest request, string? actor)
    {
        var guid = CometChatIdentifier.Normalize(request.Guid);
        lock (_gate)
        {
            var actorUser = actor is null ? null : FindActiveUser(actor);
            var owner = request.Owner is null ? actorUser : FindActiveUser(request.Owner);
            if (_groups.ContainsKey(guid))
            {
                throw ApiError.GuidAlreadyExists(guid);
            }

            if (request.Type == GroupType.Password && string.IsNullOrEmpty(request.Password))
            {
                throw ApiError.EmptyGroupPassword(guid);
            }

            var now = Now();
            var group = new GroupRecord
            {
                Guid = guid,
                Name = request.Name,
                Type = request.Type.Value,
                Password = request.Type == GroupType.Password ? request.Password : null,
                Icon = request.Icon,
                Description = request.Description,
                Owner = owner?.Uid,
                Metadata = Clone(request.Metadata),
                Tags = request.Tags is null ? [] : [.. request.Tags],
                CreatedAt = now,
                Sequence = ++_sequence,
            };
            _groups.Add(guid, group);
            if (owner is not null)
            {
                AddMember(group, owner.Uid, Admin);
            }

            AddGroupMembersResult? members = null;
            if (request.Members is { } toAdd)
            {
                members = AddMembersLocked(group, toAdd.Admins, toAdd.Moderators, toAdd.Participants, toAdd.UsersToBan, actorUser?.Uid);
            }

            return (ToModel(group, actorUser?.Uid ?? owner?.Uid, includeTags: true), members);
        }
    }

    /// <summary>Gets a group; a private group is visible to an acting user only when they are a member.</summary>
    public Group GetGroup(string guid, string? actor)
    {
        lock (_gate)
        {
            var group = FindGroup(guid);
            var viewer = actor is null ? null : FindActiveUser(actor).Uid;
            if (viewer is not null && group.Type == GroupType.Private.Value && !group.Members.ContainsKey(viewer))
            {
                throw ApiError.GroupNotJoined(viewer, group.Guid);
            }

            return ToModel(group, viewer, includeTags: true);
        }
    }

    /// <summary>Filters, orders and pages the groups; an acting user sees private groups only where they are a member.</summary>
    public PageSlice<Group> ListGroups(GroupQuery query, string? actor, PageRequest paging)
    {
        lock (_gate)
        {
            var viewer = actor is null ? null : FindActiveUser(actor).Uid;
            IEnumerable<GroupRecord> matches = _groups.Values.Where(group => Matches(group, query, viewer));
            // Names sort case-insensitively, GUIDs (stored lower case) ordinally; ties go by creation order.
            IOrderedEnumerable<GroupRecord> ordered = (query.SortBy, query.Descending) switch
            {
                ("name", false) => matches.OrderBy(group => group.Name, StringComparer.OrdinalIgnoreCase),
                ("name", true) => matches.OrderByDescending(group => group.Name, StringComparer.OrdinalIgnoreCase),
                ("guid", false) => matches.OrderBy(group => group.Guid, StringComparer.Ordinal),
                ("guid", true) => matches.OrderByDescending(group => group.Guid, StringComparer.Ordinal),
                (_, false) => matches.OrderBy(group => group.CreatedAt),
                (_, true) => matches.OrderByDescending(group => group.CreatedAt),
            };
            ordered = query.Descending ? ordered.ThenByDescending(group => group.Sequence) : ordered.ThenBy(group => group.Sequence);
            var page = paging.Slice(ordered.ToList());
            return new PageSlice<Group>([.. page.Items.Select(group => ToModel(group, viewer, query.WithTags))], page.Total, page.PerPage, page.CurrentPage);
        }
    }

    /// <summary>Updates a group; an acting user needs at least the moderator scope, and cannot change the owner.</summary>
    public Group UpdateGroup(string guid, UpdateGroupRequest request, string? actor)
    {
        lock (_gate)
        {
            var group = FindGroup(guid);
            var actorUid = actor is null ? null : RequireScope(group, actor, Moderator);

            // CometChat ignores owner when the request acts as a user.
            var newOwner = actorUid is null && request.Owner is not null ? FindActiveUser(request.Owner) : null;
            var type = request.Type?.Value ?? group.Type;
            var password = request.Password ?? group.Password;
            if (type == GroupType.Password.Value && string.IsNullOrEmpty(password))
            {
                throw ApiError.EmptyGroupPassword(group.Guid);
            }

            group.Type = type;
            group.Password = type == GroupType.Password.Value ? password : null;
            group.Name = request.Name ?? group.Name;
            group.Icon = request.Icon ?? group.Icon;
            group.Description = request.Description ?? group.Description;
            if (request.Metadata is not null)
            {
                group.Metadata = Clone(request.Metadata);
            }

            if (request.Tags is not null)
            {
                group.Tags = [.. request.Tags];
            }

            foreach (var field in request.Unset ?? [])
            {
                if (field == GroupUnsetField.Icon)
                {
                    group.Icon = null;
                }
                else if (field == GroupUnsetField.Description)
                {
                    group.Description = null;
                }
                else if (field == GroupUnsetField.Metadata)
                {
                    group.Metadata = null;
                }
            }

            if (newOwner is not null)
            {
                group.Owner = newOwner.Uid;
                if (group.Members.TryGetValue(newOwner.Uid, out var member))
                {
                    member.Scope = Admin;
                }
                else
                {
                    group.Banned.Remove(newOwner.Uid);
                    AddMember(group, newOwner.Uid, Admin);
                }
            }

            group.UpdatedAt = Now();
            return ToModel(group, actorUid, includeTags: true);
        }
    }

    /// <summary>Deletes a group; an acting user must be one of its admins.</summary>
    public void DeleteGroup(string guid, string? actor)
    {
        lock (_gate)
        {
            var group = FindGroup(guid);
            if (actor is not null)
            {
                RequireScope(group, actor, Admin);
            }

            _groups.Remove(group.Guid);
        }
    }

    // ----- Members -----

    /// <summary>
    /// Adds members with the given scopes and bans <c>usersToBan</c>, reporting per UID as CometChat does:
    /// one UID's failure does not fail the call. An acting user must be an admin.
    /// </summary>
    public AddGroupMembersResult AddGroupMembers(string guid, AddGroupMembersRequest request, string? actor)
    {
        lock (_gate)
        {
            var group = FindGroup(guid);
            var actorUid = actor is null ? null : RequireScope(group, actor, Admin);
            return AddMembersLocked(group, request.Admins, request.Moderators, request.Participants, request.UsersToBan, actorUid);
        }
    }

    /// <summary>One page of the active members, in joining order, optionally only some scopes.</summary>
    public PageSlice<GroupMember> ListGroupMembers(string guid, IReadOnlyList<string> scopes, string? status, PageRequest paging)
    {
        lock (_gate)
        {
            var group = FindGroup(guid);
            var members = group.Members.Values
                .Where(member => scopes.Count == 0 || scopes.Contains(member.Scope, StringComparer.Ordinal))
                .Where(member => _users.TryGetValue(member.Uid, out var user) && user.IsActive)

                // The emulator has no connections, so every member is offline.
                .Where(_ => status is null || status == UserStatus.Offline.Value)
                .OrderBy(member => member.JoinedAt)
                .ThenBy(member => member.Sequence)
                .ToList();
            var page = paging.Slice(members);
            return new PageSlice<GroupMember>([.. page.Items.Select(member => ToMemberModel(member, _users[member.Uid]))], page.Total, page.PerPage, page.CurrentPage);
        }
    }

    /// <summary>
    /// Changes a member's scope. Without an acting user anything goes except the owner's scope. Otherwise: nobody
    /// changes their own scope; moderators may only make participants moderators (or back); admins may change
    /// anyone but the owner, and only the owner may change another admin's scope.
    /// </summary>
    public GroupMemberScopeChange ChangeMemberScope(string guid, string uid, GroupMemberScope scope, string? actor)
    {
        lock (_gate)
        {
            var group = FindGroup(guid);
            var target = FindActiveUser(uid);
            var actorUid = actor is null ? null : FindActiveUser(actor).Uid;
            if (!group.Members.TryGetValue(target.Uid, out var member))
            {
                throw ApiError.NotAMember(target.Uid, group.Guid);
            }

            if (actorUid is not null)
            {
                if (actorUid == target.Uid)
                {
                    throw ApiError.NoSelfAction(actorUid, group.Guid);
                }

                RequireScope(group, actorUid, Moderator);
                var actorScope = group.Members[actorUid].Scope;
                var allowed = actorScope == Admin
                    ? target.Uid != group.Owner && (member.Scope != Admin || actorUid == group.Owner)
                    : member.Scope == Participant && scope.Value != Admin;
                if (!allowed)
                {
                    throw ApiError.NoScopeClearance(actorUid, target.Uid, group.Guid);
                }
            }
            else if (target.Uid == group.Owner)
            {
                throw ApiError.NoScopeClearance(SystemSender, target.Uid, group.Guid);
            }

            if (member.Scope == scope.Value)
            {
                throw ApiError.SameScope(target.Uid, scope.Value);
            }

            member.Scope = scope.Value;
            return new GroupMemberScopeChange { Guid = group.Guid, Uid = target.Uid, Scope = scope, JoinedAt = FromUnix(member.JoinedAt) };
        }
    }

    /// <summary>Removes a member; see <see cref="CheckClearance"/> for who may.</summary>
    public void KickMember(string guid, string uid, string? actor)
    {
        lock (_gate)
        {
            var group = FindGroup(guid);
            var target = FindActiveUser(uid);
            if (!group.Members.ContainsKey(target.Uid))
            {
                throw ApiError.NotAMember(target.Uid, group.Guid);
            }

            CheckClearance(group, target.Uid, actor);
            group.Members.Remove(target.Uid);
        }
    }

    /// <summary>Bans a user (a member or not), removing them from the group; see <see cref="CheckClearance"/>.</summary>
    public void BanUser(string guid, string uid, string? actor)
    {
        lock (_gate)
        {
            var group = FindGroup(guid);
            var target = FindActiveUser(uid);
            CheckClearance(group, target.Uid, actor);
            Ban(group, target.Uid);
        }
    }

    /// <summary>Lifts a ban; an acting user needs at least the moderator scope.</summary>
    public void UnbanUser(string guid, string uid, string? actor)
    {
        lock (_gate)
        {
            var group = FindGroup(guid);
            var target = FindActiveUser(uid);
            if (actor is not null)
            {
                RequireScope(group, actor, Moderator);
            }

            if (!group.Banned.Remove(target.Uid))
            {
                throw ApiError.NotABannedUser(target.Uid, group.Guid);
            }
        }
    }

    /// <summary>One page of the users banned from the group, in banning order.</summary>
    public PageSlice<User> ListBannedUsers(string guid, PageRequest paging)
    {
        lock (_gate)
        {
            var group = FindGroup(guid);
            var banned = group.Banned
                .Where(ban => _users.TryGetValue(ban.Key, out var user) && user.IsActive)
                .OrderBy(ban => ban.Value)
                .Select(ban => _users[ban.Key])
                .ToList();
            var page = paging.Slice(banned);
            return new PageSlice<User>([.. page.Items.Select(user => ToModel(user, includeTags: false))], page.Total, page.PerPage, page.CurrentPage);
        }
    }

    // ----- Helpers (call with the lock held) -----

    private GroupRecord FindGroup(string guid) =>
        CometChatIdentifier.IsValid(guid) && _groups.TryGetValue(CometChatIdentifier.Normalize(guid), out var group)
            ? group
            : throw ApiError.GuidNotFound(guid);

    /// <summary>
    /// Checks that the acting user is a member with at least <paramref name="minimum"/> (moderator or admin);
    /// returns their UID.
    /// </summary>
    private string RequireScope(GroupRecord group, string actor, string minimum)
    {
        var uid = FindActiveUser(actor).Uid;
        if (!group.Members.TryGetValue(uid, out var member))
        {
            throw ApiError.NotAMember(uid, group.Guid);
        }

        if (Rank(member.Scope) < Rank(minimum))
        {
            throw minimum == Admin ? ApiError.NoAdminScope(uid, group.Guid) : ApiError.NoModeratorScope(uid, group.Guid);
        }

        return uid;
    }

    /// <summary>
    /// Who may kick or ban whom: nobody acts on themselves or on the owner; moderators act on participants (and
    /// non-members), admins on everyone else. The app (no acting user) may act on anyone but the owner.
    /// </summary>
    private void CheckClearance(GroupRecord group, string targetUid, string? actor)
    {
        if (actor is null)
        {
            if (targetUid == group.Owner)
            {
                throw ApiError.NoClearance(SystemSender, targetUid, group.Guid);
            }

            return;
        }

        var actorUid = RequireScope(group, actor, Moderator);
        if (actorUid == targetUid)
        {
            throw ApiError.NoSelfAction(actorUid, group.Guid);
        }

        var targetRank = group.Members.TryGetValue(targetUid, out var target) ? Rank(target.Scope) : 0;
        var actorRank = Rank(group.Members[actorUid].Scope);
        if (targetUid == group.Owner || (actorRank < Rank(Admin) && targetRank >= actorRank))
        {
            throw ApiError.NoClearance(actorUid, targetUid, group.Guid);
        }
    }

    private AddGroupMembersResult AddMembersLocked(
        GroupRecord group,
        IList<string>? admins,
        IList<string>? moderators,
        IList<string>? participants,
        IList<string>? usersToBan,
        string? actorUid)
    {
        // A UID in several lists gets the highest scope only (admin > moderator > participant).
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new AddGroupMembersResult
        {
            Admins = AddWithScope(group, admins, Admin, seen, actorUid),
            Moderators = AddWithScope(group, moderators, Moderator, seen, actorUid),
            Participants = AddWithScope(group, participants, Participant, seen, actorUid),
        };

        if (usersToBan is { Count: > 0 })
        {
            var bans = new Dictionary<string, OperationResult>(StringComparer.Ordinal);
            foreach (var uid in usersToBan)
            {
                var key = CometChatIdentifier.Normalize(uid);
                bans[key] = TryBan(group, key, actorUid);
            }

            result.UsersToBan = bans;
        }

        return result;
    }

    private Dictionary<string, OperationResult>? AddWithScope(GroupRecord group, IList<string>? uids, string scope, HashSet<string> seen, string? actorUid)
    {
        if (uids is not { Count: > 0 })
        {
            return null;
        }

        var results = new Dictionary<string, OperationResult>(StringComparer.Ordinal);
        foreach (var uid in uids)
        {
            var key = CometChatIdentifier.Normalize(uid);
            if (!seen.Add(key))
            {
                continue;
            }

            results[key] = TryAdd(group, key, scope, actorUid);
        }

        return results.Count == 0 ? null : results;
    }

    private OperationResult TryAdd(GroupRecord group, string uid, string scope, string? actorUid)
    {
        if (FindUser(uid) is not { IsActive: true })
        {
            return Failure(ApiError.UidNotFound(uid));
        }

        if (group.Members.ContainsKey(uid))
        {
            return Failure(new ApiError(400, CometChatErrorCodes.AlreadyJoined, $"The user with uid {uid} has already joined the group."));
        }

        if (group.Banned.ContainsKey(uid))
        {
            return Failure(new ApiError(403, CometChatErrorCodes.BannedGroupMember, $"The user with uid {uid} is banned from the group {group.Guid}."));
        }

        if (group.Members.Count >= MaxMembersPerGroup)
        {
            return Failure(new ApiError(400, CometChatErrorCodes.NoVacancy, $"The group {group.Guid} is full."));
        }

        AddMember(group, uid, scope);
        return new OperationResult { Success = true, Data = ActionMessage(group, actorUid) };
    }

    private OperationResult TryBan(GroupRecord group, string uid, string? actorUid)
    {
        if (FindUser(uid) is not { IsActive: true })
        {
            return Failure(ApiError.UidNotFound(uid));
        }

        if (group.Banned.ContainsKey(uid))
        {
            return Failure(ApiError.AlreadyBanned(uid, group.Guid));
        }

        try
        {
            CheckClearance(group, uid, actorUid);
        }
        catch (ApiError error)
        {
            return Failure(error);
        }

        Ban(group, uid);
        return new OperationResult { Success = true };
    }

    private void Ban(GroupRecord group, string uid)
    {
        if (group.Banned.ContainsKey(uid))
        {
            throw ApiError.AlreadyBanned(uid, group.Guid);
        }

        group.Members.Remove(uid);
        group.Banned[uid] = Now();
    }

    private void AddMember(GroupRecord group, string uid, string scope) =>
        group.Members[uid] = new MemberRecord { Uid = uid, Scope = scope, JoinedAt = Now(), Sequence = ++_sequence };

    /// <summary>The <c>groupMember</c> action message CometChat reports for an added member (not stored: messages come later).</summary>
    private JsonObject ActionMessage(GroupRecord group, string? actorUid) => new()
    {
        ["id"] = (++_actionMessageId).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["conversationId"] = "group_" + group.Guid,
        ["sender"] = actorUid ?? SystemSender,
        ["receiverType"] = "group",
        ["receiver"] = group.Guid,
        ["category"] = "action",
        ["type"] = "groupMember",
        ["sentAt"] = Now(),
    };

    private static OperationResult Failure(ApiError error) => new()
    {
        Success = false,
        Error = new JsonObject { ["code"] = error.Code, ["message"] = error.Message },
    };

    private static int Rank(string scope) => scope switch
    {
        Admin => 3,
        Moderator => 2,
        Participant => 1,
        _ => 0,
    };

    private static bool Matches(GroupRecord group, GroupQuery query, string? viewer)
    {
        var isMember = viewer is not null && group.Members.ContainsKey(viewer);
        if (viewer is not null && group.Type == GroupType.Private.Value && !isMember)
        {
            return false;
        }

        if (query.HasJoined && !isMember)
        {
            return false;
        }

        if (query.SearchKey is { } key
            && !(query.SearchInName && group.Name.StartsWith(key, StringComparison.OrdinalIgnoreCase))
            && !(query.SearchInGuid && group.Guid.StartsWith(key, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (query.Types.Count > 0 && !query.Types.Contains(group.Type, StringComparer.Ordinal))
        {
            return false;
        }

        if (query.Tags.Count > 0 && !group.Tags.Any(tag => query.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (query.UpdatedAt is { } updatedAt)
        {
            var changed = group.UpdatedAt ?? group.CreatedAt;
            return query.Affix == CursorAffix.Prepend.Value ? changed < updatedAt : changed > updatedAt;
        }

        return true;
    }

    private static Group ToModel(GroupRecord group, string? viewer, bool includeTags)
    {
        var model = new Group
        {
            Guid = group.Guid,
            Name = group.Name,
            Type = new GroupType(group.Type),
            Icon = group.Icon,
            Description = group.Description,
            Owner = group.Owner,
            Metadata = Clone(group.Metadata),
            CreatedAt = FromUnix(group.CreatedAt),
            UpdatedAt = group.UpdatedAt is { } updatedAt ? FromUnix(updatedAt) : null,
            MembersCount = group.Members.Count,
            Tags = includeTags && group.Tags.Count > 0 ? [.. group.Tags] : null,
            ConversationId = "group_" + group.Guid,
        };

        if (viewer is not null)
        {
            var joined = group.Members.TryGetValue(viewer, out var member);
            model.HasJoined = joined;
            if (joined)
            {
                model.Scope = new GroupMemberScope(member!.Scope);
                model.JoinedAt = FromUnix(member.JoinedAt);
            }
        }

        return model;
    }

    private static GroupMember ToMemberModel(MemberRecord member, UserRecord user) => new()
    {
        Uid = user.Uid,
        Name = user.Name,
        Avatar = user.Avatar,
        Link = user.Link,
        Metadata = Clone(user.Metadata),
        Status = UserStatus.Offline,
        Role = user.Role,
        Scope = new GroupMemberScope(member.Scope),
        JoinedAt = FromUnix(member.JoinedAt),
        CreatedAt = FromUnix(user.CreatedAt),
        UpdatedAt = user.UpdatedAt is { } updatedAt ? FromUnix(updatedAt) : null,
    };

    /// <summary>Forgets a permanently deleted user everywhere else: memberships, bans, friends and blocks.</summary>
    private void ForgetUser(string uid)
    {
        foreach (var group in _groups.Values)
        {
            group.Members.Remove(uid);
            group.Banned.Remove(uid);
        }

        _friends.Remove(uid);
        _blocked.Remove(uid);
        foreach (var relations in _friends.Values)
        {
            relations.Remove(uid);
        }

        foreach (var relations in _blocked.Values)
        {
            relations.Remove(uid);
        }
    }
}
