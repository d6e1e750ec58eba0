using System.Collections.Generic;

namespace CometChat.Rest.Tests.Infrastructure;

/// <summary>The 200 examples of the Groups, Group Members, Banned Users, Friends, Blocked Users, Roles, Restrict Features, RBAC, Metrics and Calls operations, copied verbatim.</summary>
public static partial class SpecExamples
{
    /// <summary><c>POST /groups</c> (create-group).</summary>
    public const string CreateGroup = """
        {
          "data": {
            "guid": "project-group",
            "name": "Project Group",
            "description": "Discussions about the project",
            "icon": "https://assets.cometchat.io/sampleapp/v2/groups/cometchat-guid-1.webp",
            "type": "public",
            "scope": "admin",
            "membersCount": 1,
            "joinedAt": 1638440784,
            "conversationId": "group_project-group",
            "hasJoined": true,
            "createdAt": 1638440784,
            "owner": "cometchat-uid-1",
            "tags": [
              "friends",
              "project"
            ]
          }
        }
        """;

    /// <summary><c>GET /groups</c> (list-groups).</summary>
    public const string ListGroups = """
        {
          "data": [
            {
              "guid": "project-group",
              "name": "Project Group",
              "description": "Discussions about the project",
              "icon": "https://assets.cometchat.io/sampleapp/v2/groups/cometchat-guid-1.webp",
              "type": "public",
              "scope": "admin",
              "membersCount": 1,
              "joinedAt": 1638440784,
              "conversationId": "group_project-group",
              "hasJoined": true,
              "createdAt": 1638440784,
              "owner": "cometchat-uid-1",
              "tags": [
                "friends",
                "project"
              ]
            }
          ],
          "meta": {
            "pagination": {
              "total": 1,
              "count": 1,
              "per_page": 100,
              "current_page": 1,
              "total_pages": 1
            }
          }
        }
        """;

    /// <summary><c>GET /groups/{guid}</c> (get-group).</summary>
    public const string GetGroup = """
        {
          "data": {
            "guid": "project-group",
            "name": "Project Group",
            "description": "Discussions about the project",
            "icon": "https://assets.cometchat.io/sampleapp/v2/groups/cometchat-guid-1.webp",
            "type": "public",
            "scope": "admin",
            "membersCount": 1,
            "joinedAt": 1638440784,
            "conversationId": "group_project-group",
            "hasJoined": true,
            "createdAt": 1638440784,
            "owner": "cometchat-uid-1",
            "tags": [
              "friends",
              "project"
            ]
          }
        }
        """;

    /// <summary><c>PUT /groups/{guid}</c> (update-group).</summary>
    public const string UpdateGroup = """
        {
          "data": {
            "guid": "project-group",
            "name": "Project Group",
            "description": "Discussions about the project",
            "icon": "https://assets.cometchat.io/sampleapp/v2/groups/cometchat-guid-1.webp",
            "type": "public",
            "scope": "admin",
            "membersCount": 1,
            "joinedAt": 1638440784,
            "conversationId": "group_project-group",
            "hasJoined": true,
            "createdAt": 1638440784,
            "owner": "cometchat-uid-1",
            "tags": [
              "friends",
              "project"
            ]
          }
        }
        """;

    /// <summary><c>DELETE /groups/{guid}</c> (delete-group).</summary>
    public const string DeleteGroup = """
        {
          "data": {
            "success": true,
            "message": "Group project-group has been deleted successfully."
          }
        }
        """;

    /// <summary><c>POST /groups/{guid}/members</c> (add-group-members).</summary>
    public const string AddGroupMembers = """
        {
          "data": {
            "admins": {
              "cometchat-uid-2": {
                "success": true,
                "data": {
                  "id": "32",
                  "conversationId": "group_project-group",
                  "sender": "app_system",
                  "receiverType": "group",
                  "receiver": "project-group",
                  "category": "action",
                  "type": "groupMember",
                  "sentAt": 1625460972
                }
              }
            },
            "participants": {
              "cometchat-uid-3": {
                "success": false,
                "error": {
                  "code": "ERR_ALREADY_JOINED",
                  "message": "The user with uid cometchat-uid-3 has already joined the group."
                }
              }
            },
            "usersToBan": {
              "cometchat-uid-6": {
                "success": true
              }
            }
          }
        }
        """;

    /// <summary><c>GET /groups/{guid}/members</c> (list-group-members).</summary>
    public const string ListGroupMembers = """
        {
          "data": [
            {
              "uid": "cometchat-uid-2",
              "name": "George Alan",
              "avatar": "https://assets.cometchat.io/sampleapp/v2/users/cometchat-uid-2.webp",
              "status": "offline",
              "role": "default",
              "scope": "participant",
              "joinedAt": 1638360106,
              "createdAt": 1629869270,
              "updatedAt": 1630308676,
              "conversationId": "cometchat-uid-2_user_cometchat-uid-4"
            }
          ],
          "meta": {
            "pagination": {
              "total": 1,
              "count": 1,
              "per_page": 100,
              "current_page": 1,
              "total_pages": 1
            }
          }
        }
        """;

    /// <summary><c>PUT /groups/{guid}/members/{uid}</c> (change-group-member-scope).</summary>
    public const string ChangeGroupMemberScope = """
        {
          "data": {
            "guid": "project-group",
            "uid": "cometchat-uid-2",
            "scope": "moderator",
            "joinedAt": 1631690303
          }
        }
        """;

    /// <summary><c>DELETE /groups/{guid}/members/{uid}</c> (kick-group-member).</summary>
    public const string KickGroupMember = """
        {
          "data": {
            "success": true,
            "message": "User cometchat-uid-2 has been kicked from the group project-group."
          }
        }
        """;

    /// <summary><c>POST /groups/{guid}/bannedusers/{uid}</c> (ban-group-user).</summary>
    public const string BanGroupUser = """
        {
          "data": {
            "success": true,
            "message": "The user with uid cometchat-uid-3 has been banned from the group project-group."
          }
        }
        """;

    /// <summary><c>DELETE /groups/{guid}/bannedusers/{uid}</c> (unban-group-user).</summary>
    public const string UnbanGroupUser = """
        {
          "data": {
            "success": true,
            "message": "The user with uid cometchat-uid-3 has been unbanned from the group project-group."
          }
        }
        """;

    /// <summary><c>GET /groups/{guid}/bannedusers</c> (list-banned-group-users).</summary>
    public const string ListBannedGroupUsers = """
        {
          "data": [
            {
              "uid": "cometchat-uid-3",
              "name": "George Alan",
              "avatar": "https://assets.cometchat.io/sampleapp/v2/users/cometchat-uid-2.webp",
              "status": "offline",
              "role": "default",
              "createdAt": 1629869270,
              "updatedAt": 1638351060
            }
          ],
          "meta": {
            "pagination": {
              "total": 1,
              "count": 1,
              "per_page": 100,
              "current_page": 1,
              "total_pages": 1
            }
          }
        }
        """;

    /// <summary><c>POST /users/{uid}/friends</c> (add-friends).</summary>
    public const string AddFriends = """
        {
          "data": {
            "accepted": {
              "cometchat-uid-2": {
                "success": true,
                "message": "Created relationship with status accepted."
              }
            }
          }
        }
        """;

    /// <summary><c>GET /users/{uid}/friends</c> (list-friends).</summary>
    public const string ListFriends = """
        {
          "data": [
            {
              "uid": "cometchat-uid-3",
              "name": "George Alan",
              "avatar": "https://assets.cometchat.io/sampleapp/v2/users/cometchat-uid-2.webp",
              "status": "offline",
              "role": "default",
              "createdAt": 1629869270,
              "updatedAt": 1638351060
            }
          ],
          "meta": {
            "pagination": {
              "total": 1,
              "count": 1,
              "per_page": 100,
              "current_page": 1,
              "total_pages": 1
            }
          }
        }
        """;

    /// <summary><c>DELETE /users/{uid}/friends</c> (remove-friends).</summary>
    public const string RemoveFriends = """
        {
          "data": {
            "friends": {
              "cometchat-uid-2": {
                "success": true,
                "message": "Removed relationship with cometchat-uid-2."
              }
            }
          }
        }
        """;

    /// <summary><c>POST /users/{uid}/blockedusers</c> (block-users).</summary>
    public const string BlockUsers = """
        {
          "data": {
            "cometchat-uid-3": {
              "success": true,
              "message": "The user with UID cometchat-uid-1 has blocked user with UID cometchat-uid-3 successfully."
            }
          }
        }
        """;

    /// <summary><c>DELETE /users/{uid}/blockedusers</c> (unblock-users).</summary>
    public const string UnblockUsers = """
        {
          "data": {
            "cometchat-uid-3": {
              "success": true,
              "message": "The user with UID cometchat-uid-1 has unblocked user with UID cometchat-uid-3 successfully."
            }
          }
        }
        """;

    /// <summary><c>GET /users/{uid}/blockedusers</c> (list-blocked-users).</summary>
    public const string ListBlockedUsers = """
        {
          "data": [
            {
              "uid": "cometchat-uid-3",
              "name": "George Alan",
              "avatar": "https://assets.cometchat.io/sampleapp/v2/users/cometchat-uid-2.webp",
              "status": "offline",
              "role": "default",
              "createdAt": 1629869270,
              "updatedAt": 1638351060,
              "blockedByMe": true,
              "blockedByMeAt": 1638346853
            }
          ],
          "meta": {
            "pagination": {
              "total": 1,
              "count": 1,
              "per_page": 100,
              "current_page": 1,
              "total_pages": 1
            }
          }
        }
        """;

    /// <summary><c>POST /roles</c> (create-role).</summary>
    public const string CreateRole = """
        {
          "data": {
            "role": "manager",
            "name": "Manager",
            "description": "Managers of the support team",
            "metadata": {
              "team": "support"
            },
            "settings": {
              "listUsers": "all",
              "sendMessagesTo": "friendsOnly"
            },
            "createdAt": 1638343994
          }
        }
        """;

    /// <summary><c>GET /roles</c> (list-roles).</summary>
    public const string ListRoles = """
        {
          "data": [
            {
              "role": "manager",
              "name": "Manager",
              "description": "Managers of the support team",
              "metadata": {
                "team": "support"
              },
              "settings": {
                "listUsers": "all",
                "sendMessagesTo": "friendsOnly"
              },
              "createdAt": 1638343994
            }
          ],
          "meta": {
            "pagination": {
              "total": 1,
              "count": 1,
              "per_page": 100,
              "current_page": 1,
              "total_pages": 1
            }
          }
        }
        """;

    /// <summary><c>GET /roles/{role}</c> (get-role).</summary>
    public const string GetRole = """
        {
          "data": {
            "role": "manager",
            "name": "Manager",
            "description": "Managers of the support team",
            "metadata": {
              "team": "support"
            },
            "settings": {
              "listUsers": "all",
              "sendMessagesTo": "friendsOnly"
            },
            "createdAt": 1638343994
          }
        }
        """;

    /// <summary><c>PUT /roles/{role}</c> (update-role).</summary>
    public const string UpdateRole = """
        {
          "data": {
            "role": "manager",
            "name": "Manager",
            "description": "Managers of the support team",
            "metadata": {
              "team": "support"
            },
            "settings": {
              "listUsers": "all",
              "sendMessagesTo": "friendsOnly"
            },
            "createdAt": 1638343994
          }
        }
        """;

    /// <summary><c>DELETE /roles/{role}</c> (delete-role).</summary>
    public const string DeleteRole = """
        {
          "data": {
            "success": true,
            "message": "Role manager has been deleted successfully."
          }
        }
        """;

    /// <summary><c>POST /roles/{role}/restrictedfeatures</c> (restrict-features).</summary>
    public const string RestrictFeatures = """
        {
          "data": {
            "u.listUsers": {
              "success": true,
              "message": "The feature u.listUsers has been restricted successfully."
            }
          }
        }
        """;

    /// <summary><c>GET /roles/{role}/restrictedfeatures</c> (list-restricted-features).</summary>
    public const string ListRestrictedFeatures = """
        {
          "data": [
            {
              "title": "List Users",
              "description": "Lets a logged-in user fetch the user list.",
              "key": "u.listUsers",
              "path": "/v3/users",
              "createdAt": 1639448370
            }
          ],
          "meta": {
            "pagination": {
              "total": 1,
              "count": 1,
              "per_page": 100,
              "current_page": 1,
              "total_pages": 1
            }
          }
        }
        """;

    /// <summary><c>DELETE /roles/{role}/restrictedfeatures</c> (allow-features).</summary>
    public const string AllowFeatures = """
        {
          "data": {
            "success": true,
            "message": "The feature has been allowed successfully."
          }
        }
        """;

    /// <summary><c>GET /roles/{role}/permissions</c> (list-role-permissions).</summary>
    public const string ListRolePermissions = """
        {
          "data": [
            {
              "id": "createGroup",
              "type": "role",
              "title": "Create groups",
              "description": "Whether the role may create groups.",
              "dataType": "string",
              "availableValues": [
                "allow",
                "deny"
              ],
              "defaultValue": "allow",
              "createdAt": 1765962204,
              "updatedAt": 1765962204
            }
          ],
          "meta": {
            "pagination": {
              "total": 1,
              "count": 1,
              "per_page": 100,
              "current_page": 1,
              "total_pages": 1
            }
          }
        }
        """;

    /// <summary><c>PUT /roles/{role}/permissions</c> (set-role-permissions).</summary>
    public const string SetRolePermissions = """
        {
          "data": {
            "permissions": {
              "sendMessage": "allow",
              "listUsers.mode": "all",
              "listUsers.allowedRoles": [
                "default"
              ]
            }
          }
        }
        """;

    /// <summary><c>DELETE /roles/{role}/permissions/{permission}</c> (unset-role-permission).</summary>
    public const string UnsetRolePermission = """
        {
          "data": {
            "permissions": {
              "sendMessage": "allow",
              "listUsers.mode": "all",
              "listUsers.allowedRoles": [
                "default"
              ]
            }
          }
        }
        """;

    /// <summary><c>GET /groups/{guid}/scopes/{scope}/permissions</c> (list-scope-permissions).</summary>
    public const string ListScopePermissions = """
        {
          "data": [
            {
              "id": "sendMessage",
              "type": "scope",
              "title": "Send messages",
              "description": "Whether members with the scope may send messages.",
              "dataType": "string",
              "availableValues": [
                "allow",
                "deny"
              ],
              "defaultValue": "allow",
              "createdAt": 1765962204,
              "updatedAt": 1765962204
            }
          ],
          "meta": {
            "pagination": {
              "total": 1,
              "count": 1,
              "per_page": 100,
              "current_page": 1,
              "total_pages": 1
            }
          }
        }
        """;

    /// <summary><c>PUT /groups/{guid}/scopes/{scope}/permissions</c> (set-scope-permissions).</summary>
    public const string SetScopePermissions = """
        {
          "data": {
            "permissions": {
              "sendMessage": "allow",
              "initiateCall": "deny"
            }
          }
        }
        """;

    /// <summary><c>DELETE /groups/{guid}/scopes/{scope}/permissions/{permission}</c> (unset-scope-permission).</summary>
    public const string UnsetScopePermission = """
        {
          "data": {
            "permissions": {
              "sendMessage": "allow"
            }
          }
        }
        """;

    /// <summary><c>GET /stats</c> (get-usage-metrics).</summary>
    public const string GetUsageMetrics = """
        {
          "data": {
            "metrics": {
              "audio_minutes": 12.5,
              "video_minutes": 3,
              "recorded_minutes": 0,
              "active_users": 42,
              "concurrent_users": 7
            },
            "time_range": {
              "fromDate": 1630164253000,
              "toDate": 1632842653000
            }
          }
        }
        """;

    /// <summary><c>GET /stats/messages</c> (get-message-metrics).</summary>
    public const string GetMessageMetrics = """
        {
          "data": {
            "startTime": "1682676600000",
            "endTime": "1682680200000",
            "dataPoints": [
              {
                "messagesSent": 4,
                "readReceipts": 2,
                "deliveryReceipts": 3,
                "startTime": "1682676600000",
                "endTime": "1682676900000"
              }
            ],
            "appId": "235391c94852dc7d"
          }
        }
        """;

    /// <summary><c>GET /calls</c> (list-calls).</summary>
    public const string ListCalls = """
        {
          "data": [
            {
              "sessionId": "v1.us.31780434a95d45.16923681138d75114d60d1345a22e4cc612263fb26c0b5cf92",
              "totalAudioMinutes": 0.5,
              "totalVideoMinutes": 0,
              "totalDuration": "00:00:30",
              "hasRecording": false,
              "hasTranscription": true,
              "initiatedAt": 1692368113,
              "initiator": "cometchat-uid-8",
              "mode": "call",
              "receiver": "cometchat-uid-2",
              "receiverType": "user",
              "status": "ended",
              "totalDurationInMinutes": 0.5,
              "totalParticipants": 2,
              "type": "audio",
              "mid": "855e1519-1244-4213-8e40-53044c1e9e43",
              "startedAt": 1692368127,
              "endedAt": 1692368157,
              "participants": [
                {
                  "uid": "cometchat-uid-8",
                  "totalAudioMinutes": 0.5,
                  "totalVideoMinutes": 0,
                  "totalDuration": 0.5,
                  "deviceId": "70ecae89-b71c-4bb3-8220-b7c99ec1658f",
                  "isJoined": true,
                  "joinedAt": 1692368128,
                  "mid": "855e1519-1244-4213-8e40-53044c1e9e43",
                  "state": "ended",
                  "leftAt": 1692368157
                },
                {
                  "uid": "cometchat-uid-2",
                  "totalAudioMinutes": 0,
                  "totalVideoMinutes": 0,
                  "totalDuration": 0,
                  "isJoined": false,
                  "state": "unanswered"
                }
              ]
            }
          ],
          "meta": {
            "pagination": {
              "total": 1,
              "count": 1,
              "per_page": 100,
              "current_page": 1,
              "total_pages": 1
            }
          }
        }
        """;

    /// <summary><c>GET /calls/{sessionId}</c> (get-call).</summary>
    public const string GetCall = """
        {
          "data": {
            "sessionId": "v1.us.31780434a95d45.16923681138d75114d60d1345a22e4cc612263fb26c0b5cf92",
            "totalAudioMinutes": 0.5,
            "totalVideoMinutes": 0,
            "totalDuration": "00:00:30",
            "hasRecording": false,
            "hasTranscription": true,
            "initiatedAt": 1692368113,
            "initiator": "cometchat-uid-8",
            "mode": "call",
            "receiver": "cometchat-uid-2",
            "receiverType": "user",
            "status": "ended",
            "totalDurationInMinutes": 0.5,
            "totalParticipants": 2,
            "type": "audio",
            "mid": "855e1519-1244-4213-8e40-53044c1e9e43",
            "startedAt": 1692368127,
            "endedAt": 1692368157,
            "participants": [
              {
                "uid": "cometchat-uid-8",
                "totalAudioMinutes": 0.5,
                "totalVideoMinutes": 0,
                "totalDuration": 0.5,
                "deviceId": "70ecae89-b71c-4bb3-8220-b7c99ec1658f",
                "isJoined": true,
                "joinedAt": 1692368128,
                "mid": "855e1519-1244-4213-8e40-53044c1e9e43",
                "state": "ended",
                "leftAt": 1692368157
              },
              {
                "uid": "cometchat-uid-2",
                "totalAudioMinutes": 0,
                "totalVideoMinutes": 0,
                "totalDuration": 0,
                "isJoined": false,
                "state": "unanswered"
              }
            ]
          }
        }
        """;

    /// <summary><c>GET /calls/{sessionId}/transcriptions</c> (list-call-transcriptions).</summary>
    public const string ListCallTranscriptions = """
        {
          "data": [
            {
              "roomName": "v1.us.31780434a95d45.16923681138d75114d60d1345a22e4cc612263fb26c0b5cf92@conference.rtc.cometchat.com",
              "mid": "855e1519-1244-4213-8e40-53044c1e9e43",
              "tid": "0f1f4d7a-6c3b-4a2e-9d15-8a7c2b4e6f10",
              "startTime": 1692368127,
              "endTime": 1692368157,
              "transcriptDate": "2023-08-18T14:15:27.000Z",
              "transcriptUrl": "https://transcripts.cometchat.io/31780434a95d45/transcript_0f1f4d7a.json"
            }
          ],
          "meta": {
            "pagination": {
              "total": 1,
              "count": 1,
              "per_page": 100,
              "current_page": 1,
              "total_pages": 1
            }
          }
        }
        """;

    private static IEnumerable<KeyValuePair<string, string>> MoreExamples() =>
    [
        new("create-group", CreateGroup),
        new("list-groups", ListGroups),
        new("get-group", GetGroup),
        new("update-group", UpdateGroup),
        new("delete-group", DeleteGroup),
        new("add-group-members", AddGroupMembers),
        new("list-group-members", ListGroupMembers),
        new("change-group-member-scope", ChangeGroupMemberScope),
        new("kick-group-member", KickGroupMember),
        new("ban-group-user", BanGroupUser),
        new("unban-group-user", UnbanGroupUser),
        new("list-banned-group-users", ListBannedGroupUsers),
        new("add-friends", AddFriends),
        new("list-friends", ListFriends),
        new("remove-friends", RemoveFriends),
        new("block-users", BlockUsers),
        new("unblock-users", UnblockUsers),
        new("list-blocked-users", ListBlockedUsers),
        new("create-role", CreateRole),
        new("list-roles", ListRoles),
        new("get-role", GetRole),
        new("update-role", UpdateRole),
        new("delete-role", DeleteRole),
        new("restrict-features", RestrictFeatures),
        new("list-restricted-features", ListRestrictedFeatures),
        new("allow-features", AllowFeatures),
        new("list-role-permissions", ListRolePermissions),
        new("set-role-permissions", SetRolePermissions),
        new("unset-role-permission", UnsetRolePermission),
        new("list-scope-permissions", ListScopePermissions),
        new("set-scope-permissions", SetScopePermissions),
        new("unset-scope-permission", UnsetScopePermission),
        new("get-usage-metrics", GetUsageMetrics),
        new("get-message-metrics", GetMessageMetrics),
        new("list-calls", ListCalls),
        new("get-call", GetCall),
        new("list-call-transcriptions", ListCallTranscriptions),
    ];
}
