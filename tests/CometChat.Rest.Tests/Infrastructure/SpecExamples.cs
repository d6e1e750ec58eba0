using System.Collections.Generic;

namespace CometChat.Rest.Tests.Infrastructure;

/// <summary>The 200 examples of spec/cometchat.openapi.json, one per operation, copied verbatim.</summary>
public static partial class SpecExamples
{
    /// <summary><c>POST /users</c> (create-user).</summary>
    public const string CreateUser = """
        {
          "data": {
            "uid": "cometchat-uid-6",
            "name": "Barry Allen",
            "link": "https://cometchat.com",
            "avatar": "https://assets.cometchat.io/sampleapp/v2/groups/cometchat-guid-1.webp",
            "metadata": {
              "rawMetadata": "{'gender':'Male'}"
            },
            "status": "offline",
            "role": "manager",
            "createdAt": 1638354015,
            "tags": [
              "Engineer",
              "manager"
            ],
            "authToken": "cometchat-uid-6_16383540156641d37a023c75d26f4c22a21ff126"
          }
        }
        """;

    /// <summary><c>GET /users</c> (list-users).</summary>
    public const string ListUsers = """
        {
          "data": [
            {
              "uid": "cometchat-uid-6",
              "name": "Barry Allen",
              "link": "https://cometchat.com",
              "avatar": "https://assets.cometchat.io/sampleapp/v2/groups/cometchat-guid-1.webp",
              "metadata": {
                "email": "user@email.com",
                "contactNumber": "0123456789"
              },
              "status": "offline",
              "role": "manager",
              "createdAt": 1638354015,
              "updatedAt": 1638354799,
              "conversationId": "cometchat-uid-4_user_cometchat-uid-6"
            },
            {
              "uid": "cometchat-uid-2",
              "name": "George Alan",
              "avatar": "https://assets.cometchat.io/sampleapp/v2/users/cometchat-uid-2.webp",
              "status": "offline",
              "role": "default",
              "createdAt": 1629869270,
              "updatedAt": 1630308676,
              "conversationId": "cometchat-uid-2_user_cometchat-uid-4"
            },
            {
              "uid": "cometchat-uid-3",
              "name": "George Alan",
              "link": "https://data-us.cometchat.io/assets",
              "avatar": "https://assets.cometchat.io/sampleapp/v2/users/cometchat-uid-2.webp",
              "metadata": {
                "contactNumber": "0123456789"
              },
              "status": "offline",
              "role": "default",
              "blockedByMe": true,
              "blockedByMeAt": 1638346853,
              "blockedAt": 1638346853,
              "createdAt": 1629869270,
              "updatedAt": 1638351060,
              "conversationId": "cometchat-uid-3_user_cometchat-uid-4"
            }
          ],
          "meta": {
            "pagination": {
              "total": 3,
              "count": 3,
              "per_page": 100,
              "current_page": 1,
              "total_pages": 1
            }
          }
        }
        """;

    /// <summary><c>PUT /users</c> (reactivate-users).</summary>
    public const string ReactivateUsers = """
        {
          "data": {
            "nonDeactivatedUids": [
              "cometchat-uid-2",
              "cometchat-uid-3"
            ]
          }
        }
        """;

    /// <summary><c>DELETE /users</c> (deactivate-users).</summary>
    public const string DeactivateUsers = """
        {
          "data": {
            "deactivatedUids": [
              "cometchat-uid-2",
              "cometchat-uid-3"
            ]
          }
        }
        """;

    /// <summary><c>GET /users/{uid}</c> (get-user).</summary>
    public const string GetUser = """
        {
          "data": {
            "uid": "cometchat-uid-6",
            "name": "Barry Allen",
            "link": "https://cometchat.com",
            "avatar": "https://assets.cometchat.io/sampleapp/v2/groups/cometchat-guid-1.webp",
            "status": "offline",
            "role": "manager",
            "createdAt": 1638354015
          }
        }
        """;

    /// <summary><c>PUT /users/{uid}</c> (update-user).</summary>
    public const string UpdateUser = """
        {
          "data": {
            "uid": "cometchat-uid-6",
            "name": "Barry Allen",
            "link": "https://cometchat.com",
            "avatar": "https://assets.cometchat.io/sampleapp/v2/groups/cometchat-guid-1.webp",
            "metadata": {
              "email": "user@email.com",
              "contactNumber": "0123456789"
            },
            "status": "offline",
            "role": "manager",
            "createdAt": 1638354015,
            "updatedAt": 1638354799,
            "tags": [
              "cometchat-guid-1"
            ]
          }
        }
        """;

    /// <summary><c>DELETE /users/{uid}</c> (delete-user).</summary>
    public const string DeleteUser = """
        {
          "data": {
            "success": true,
            "message": "User with cometchat-uid-6 has been deleted successfully."
          }
        }
        """;

    /// <summary><c>POST /users/{uid}/auth_tokens</c> (create-auth-token).</summary>
    public const string CreateAuthToken = """
        {
          "data": {
            "uid": "cometchat-uid-1",
            "authToken": "cometchat-uid-1_1630306819c3027ce530b2367f3c97b4106f0cb8",
            "createdAt": 1630306819
          }
        }
        """;

    /// <summary><c>GET /users/{uid}/auth_tokens</c> (list-auth-tokens).</summary>
    public const string ListAuthTokens = """
        {
          "data": [
            {
              "uid": "cometchat-uid-1",
              "authToken": "cometchat-uid-1_1630306819c3027ce530b2367f3c97b4106f0cb8",
              "createdAt": 1630306819
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

    /// <summary><c>DELETE /users/{uid}/auth_tokens</c> (flush-auth-tokens).</summary>
    public const string FlushAuthTokens = """
        {
          "data": {
            "success": true,
            "message": "Cleared Auth Tokens successfully for uid cometchat-uid-1."
          }
        }
        """;

    /// <summary><c>GET /users/{uid}/auth_tokens/{authToken}</c> (get-auth-token).</summary>
    public const string GetAuthToken = """
        {
          "data": {
            "uid": "cometchat-uid-1",
            "authToken": "cometchat-uid-1_1630306819c3027ce530b2367f3c97b4106f0cb8",
            "createdAt": 1630306819
          }
        }
        """;

    /// <summary><c>PUT /users/{uid}/auth_tokens/{authToken}</c> (update-auth-token).</summary>
    public const string UpdateAuthToken = """
        {
          "data": {
            "uid": "cometchat-uid-1",
            "authToken": "cometchat-uid-1_1630306819c3027ce530b2367f3c97b4106f0cb8",
            "createdAt": 1630306819
          }
        }
        """;

    /// <summary><c>DELETE /users/{uid}/auth_tokens/{authToken}</c> (delete-auth-token).</summary>
    public const string DeleteAuthToken = """
        {
          "data": {
            "success": true,
            "message": "User with cometchat-uid-6 has been deleted successfully."
          }
        }
        """;

    /// <summary><c>POST /apikeys</c> (create-api-key).</summary>
    public const string CreateApiKey = """
        {
          "data": {
            "apiKey": "f1915e328e249ffaaafd97fb46a57ba55d233fbf",
            "name": "John's apiKey",
            "scope": "authOnly",
            "createdAt": 1625206799
          }
        }
        """;

    /// <summary><c>GET /apikeys</c> (list-api-keys).</summary>
    public const string ListApiKeys = """
        {
          "data": [
            {
              "apiKey": "fcf32d085482db7ef10e971967d70a91cdb6677a",
              "name": "John's apiKey",
              "scope": "authOnly",
              "createdAt": 1631095584
            },
            {
              "apiKey": "0f40b2c254f33d429b1fca5e0eb1cef72c594ddc",
              "name": "Auth Key",
              "scope": "authOnly",
              "createdAt": 1629869272
            },
            {
              "apiKey": "495318bc2e137fb2decf17078abd169a7bd50c8b",
              "name": "Rest API Key",
              "scope": "fullAccess",
              "createdAt": 1629869272
            }
          ],
          "meta": {
            "pagination": {
              "total": 3,
              "count": 3,
              "per_page": 100,
              "current_page": 1,
              "total_pages": 1
            }
          }
        }
        """;

    /// <summary><c>GET /apikeys/{apiKey}</c> (get-api-key).</summary>
    public const string GetApiKey = """
        {
          "data": {
            "apiKey": "f1915e328e249ffaaafd97fb46a57ba55d233fbf",
            "name": "John's apiKey",
            "scope": "authOnly",
            "createdAt": 1625206799
          }
        }
        """;

    /// <summary><c>PUT /apikeys/{apiKey}</c> (update-api-key).</summary>
    public const string UpdateApiKey = """
        {
          "data": {
            "apiKey": "f1915e328e249ffaaafd97fb46a57ba55d233fbf",
            "name": "John's apiKey",
            "scope": "authOnly",
            "createdAt": 1625206799
          }
        }
        """;

    /// <summary><c>DELETE /apikeys/{apiKey}</c> (delete-api-key).</summary>
    public const string DeleteApiKey = """
        {
          "data": {
            "success": true,
            "message": "The Api Key fcf32d085482db7ef10e971967d70a91cdb6677a has been deleted successfully."
          }
        }
        """;

    /// <summary>Every example by operation ID.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = BuildAll();

    private static Dictionary<string, string> BuildAll()
    {
        var all = new Dictionary<string, string>
        {
            ["create-user"] = CreateUser,
            ["list-users"] = ListUsers,
            ["reactivate-users"] = ReactivateUsers,
            ["deactivate-users"] = DeactivateUsers,
            ["get-user"] = GetUser,
            ["update-user"] = UpdateUser,
            ["delete-user"] = DeleteUser,
            ["create-auth-token"] = CreateAuthToken,
            ["list-auth-tokens"] = ListAuthTokens,
            ["flush-auth-tokens"] = FlushAuthTokens,
            ["get-auth-token"] = GetAuthToken,
            ["update-auth-token"] = UpdateAuthToken,
            ["delete-auth-token"] = DeleteAuthToken,
            ["create-api-key"] = CreateApiKey,
            ["list-api-keys"] = ListApiKeys,
            ["get-api-key"] = GetApiKey,
            ["update-api-key"] = UpdateApiKey,
            ["delete-api-key"] = DeleteApiKey,
        };
        foreach (var (id, json) in MoreExamples())
        {
            all.Add(id, json);
        }

        return all;
    }
}
