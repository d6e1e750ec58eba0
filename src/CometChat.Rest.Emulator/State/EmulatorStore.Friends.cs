using System;
using System.Collections.Generic;
using System.Linq;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;

namespace CometChat.Rest.Emulator.State;

// Friends (mutual) and blocked users (one way). Both answer per UID, as CometChat does.
internal sealed partial class EmulatorStore
{
    /// <summary>CometChat's limit of friends per user.</summary>
    public const int MaxFriendsPerUser = 1000;

    private readonly Dictionary<string, Dictionary<string, Relation>> _friends = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, Relation>> _blocked = new(StringComparer.Ordinal);

    /// <summary>Makes each of <paramref name="uids"/> a friend of <paramref name="uid"/> (both ways).</summary>
    public AddFriendsResult AddFriends(string uid, IEnumerable<string> uids)
    {
        lock (_gate)
        {
            var user = FindActiveUser(uid);
            var results = new Dictionary<string, OperationResult>(StringComparer.Ordinal);
            foreach (var friendUid in uids)
            {
                var key = CometChatIdentifier.Normalize(friendUid);
                results[key] = TryAddFriend(user.Uid, key);
            }

            return new AddFriendsResult { Accepted = results };
        }
    }

    /// <summary>Ends the friendships (both ways).</summary>
    public RemoveFriendsResult RemoveFriends(string uid, IEnumerable<string> uids)
    {
        lock (_gate)
        {
            var user = FindActiveUser(uid);
            var results = new Dictionary<string, OperationResult>(StringComparer.Ordinal);
            foreach (var friendUid in uids)
            {
                var key = CometChatIdentifier.Normalize(friendUid);
                if (Relations(_friends, user.Uid).Remove(key))
                {
                    Relations(_friends, key).Remove(user.Uid);
                    results[key] = new OperationResult { Success = true, Message = $"Removed relationship with {key}." };
                }
                else
                {
                    results[key] = Failure(new ApiError(400, CometChatErrorCodes.NotAFriend, $"The user with uid {key} is not a friend of {user.Uid}."));
                }
            }

            return new RemoveFriendsResult { Friends = results };
        }
    }

    /// <summary>One page of the user's active friends, in the order they became friends.</summary>
    public PageSlice<User> ListFriends(string uid, string? searchKey, PageRequest paging)
    {
        lock (_gate)
        {
            var user = FindActiveUser(uid);
            var friends = ActiveRelated(_friends, user.Uid)
                .Where(pair => searchKey is null
                    || pair.User.Name.StartsWith(searchKey, StringComparison.OrdinalIgnoreCase)
                    || pair.User.Uid.StartsWith(searchKey, StringComparison.OrdinalIgnoreCase))
                .ToList();
            var page = paging.Slice(friends);
            return new PageSlice<User>([.. page.Items.Select(pair => ToModel(pair.User, includeTags: false))], page.Total, page.PerPage, page.CurrentPage);
        }
    }

    /// <summary><paramref name="uid"/> blocks each of <paramref name="uids"/>; blocking again keeps the first time.</summary>
    public Dictionary<string, OperationResult> BlockUsers(string uid, IEnumerable<string> uids)
    {
        lock (_gate)
        {
            var user = FindActiveUser(uid);
            var results = new Dictionary<string, OperationResult>(StringComparer.Ordinal);
            foreach (var blockedUid in uids)
            {
                var key = CometChatIdentifier.Normalize(blockedUid);
                if (key == user.Uid)
                {
                    results[key] = Failure(new ApiError(403, CometChatErrorCodes.CannotBlockSelf, $"The user with UID {key} cannot block themselves."));
                }
                else if (FindUser(key) is not { IsActive: true })
                {
                    results[key] = Failure(ApiError.UidNotFound(key));
                }
                else
                {
                    var blocked = Relations(_blocked, user.Uid);
                    if (!blocked.ContainsKey(key))
                    {
                        blocked[key] = new Relation(key, Now(), ++_sequence);
                    }

                    results[key] = new OperationResult { Success = true, Message = $"The user with UID {user.Uid} has blocked user with UID {key} successfully." };
                }
            }

            return results;
        }
    }

    /// <summary><paramref name="uid"/> unblocks each of <paramref name="uids"/>.</summary>
    public Dictionary<string, OperationResult> UnblockUsers(string uid, IEnumerable<string> uids)
    {
        lock (_gate)
        {
            var user = FindActiveUser(uid);
            var results = new Dictionary<string, OperationResult>(StringComparer.Ordinal);
            foreach (var blockedUid in uids)
            {
                var key = CometChatIdentifier.Normalize(blockedUid);
                results[key] = Relations(_blocked, user.Uid).Remove(key)
                    ? new OperationResult { Success = true, Message = $"The user with UID {user.Uid} has unblocked user with UID {key} successfully." }
                    : Failure(new ApiError(400, CometChatErrorCodes.BadRequest, $"The user with UID {key} is not blocked by {user.Uid}."));
            }

            return results;
        }
    }

    /// <summary>One page of the users <paramref name="uid"/> blocked, in blocking order, marked <c>blockedByMe</c>.</summary>
    public PageSlice<User> ListBlockedUsers(string uid, PageRequest paging)
    {
        lock (_gate)
        {
            var user = FindActiveUser(uid);
            var blocked = ActiveRelated(_blocked, user.Uid).ToList();
            var page = paging.Slice(blocked);
            return new PageSlice<User>(
                [.. page.Items.Select(pair =>
                {
                    var model = ToModel(pair.User, includeTags: false);
                    model.BlockedByMe = true;
                    model.BlockedByMeAt = FromUnix(pair.Relation.Since);
                    model.HasBlockedMe = Relations(_blocked, pair.User.Uid).ContainsKey(user.Uid);
                    return model;
                })],
                page.Total,
                page.PerPage,
                page.CurrentPage);
        }
    }

    /// <summary>Whether <paramref name="blocker"/> has blocked <paramref name="uid"/> (for messages, later).</summary>
    public bool IsBlocked(string blocker, string uid)
    {
        lock (_gate)
        {
            return _blocked.TryGetValue(blocker, out var blocked) && blocked.ContainsKey(uid);
        }
    }

    private OperationResult TryAddFriend(string uid, string friendUid)
    {
        if (friendUid == uid)
        {
            return Failure(new ApiError(403, CometChatErrorCodes.CannotFormSelfRelation, $"The user with uid {uid} cannot be their own friend."));
        }

        if (FindUser(friendUid) is not { IsActive: true })
        {
            return Failure(ApiError.UidNotFound(friendUid));
        }

        var friends = Relations(_friends, uid);
        if (friends.ContainsKey(friendUid))
        {
            return Failure(new ApiError(400, CometChatErrorCodes.AlreadyFriend, $"The users {uid} and {friendUid} are already friends."));
        }

        var theirs = Relations(_friends, friendUid);
        if (friends.Count >= MaxFriendsPerUser || theirs.Count >= MaxFriendsPerUser)
        {
            return Failure(new ApiError(500, CometChatErrorCodes.FailedToAddFriend, $"A user may have at most {MaxFriendsPerUser.ToString(System.Globalization.CultureInfo.InvariantCulture)} friends."));
        }

        var since = Now();
        var sequence = ++_sequence;
        friends[friendUid] = new Relation(friendUid, since, sequence);
        theirs[uid] = new Relation(uid, since, sequence);
        return new OperationResult { Success = true, Message = "Created relationship with status accepted." };
    }

    private static Dictionary<string, Relation> Relations(Dictionary<string, Dictionary<string, Relation>> all, string uid)
    {
        if (!all.TryGetValue(uid, out var relations))
        {
            all[uid] = relations = new Dictionary<string, Relation>(StringComparer.Ordinal);
        }

        return relations;
    }

    private IEnumerable<(UserRecord User, Relation Relation)> ActiveRelated(Dictionary<string, Dictionary<string, Relation>> all, string uid) =>
        Relations(all, uid).Values
            .OrderBy(relation => relation.Sequence)
            .Select(relation => (User: _users.GetValueOrDefault(relation.Uid), Relation: relation))
            .Where(pair => pair.User is { IsActive: true })
            .Select(pair => (pair.User!, pair.Relation));
}
