using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Emulator.State;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>The four Data Import operations: users, groups, members and messages, at most 50 per call, answered per key.</summary>
internal sealed class DataImportEndpoints
{
    private readonly EmulatorStore _store;

    public DataImportEndpoints(EmulatorStore store)
    {
        _store = store;
    }

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v3/data_import/users", ImportUsersAsync);
        routes.MapPost("/v3/data_import/groups", ImportGroupsAsync);
        routes.MapPost("/v3/data_import/members", ImportMembersAsync);
        routes.MapPost("/v3/data_import/messages", ImportMessagesAsync);
    }

    private async Task ImportUsersAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, ImportUsersRequestJsonConverter.Instance, ["users"]).ConfigureAwait(false);
        CheckCount("users", request.Users.Count);
        var results = request.Users.Select(pair => KeyValuePair.Create(pair.Key, _store.ImportUser(pair.Key, pair.Value))).ToList();
        await JsonResponse.WriteMapAsync(context, results, ImportedUserJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ImportGroupsAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, ImportGroupsRequestJsonConverter.Instance, ["groups"]).ConfigureAwait(false);
        CheckCount("groups", request.Groups.Count);
        var results = request.Groups.Select(pair => KeyValuePair.Create(pair.Key, _store.ImportGroup(pair.Key, pair.Value))).ToList();
        await JsonResponse.WriteMapAsync(context, results, ImportedGroupJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ImportMembersAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, ImportGroupMembersRequestJsonConverter.Instance, ["members"]).ConfigureAwait(false);
        CheckCount("members", request.Members.Count);
        var results = request.Members.Select(pair => KeyValuePair.Create(pair.Key, _store.ImportGroupMember(pair.Key, pair.Value))).ToList();
        await JsonResponse.WriteMapAsync(context, results, ImportedGroupMemberJsonConverter.Instance).ConfigureAwait(false);
    }

    private async Task ImportMessagesAsync(HttpContext context)
    {
        var request = await JsonBody.ReadAsync(context, ImportMessagesRequestJsonConverter.Instance, ["messages"]).ConfigureAwait(false);
        CheckCount("messages", request.Messages.Count);
        var results = request.Messages.Select(pair => KeyValuePair.Create(pair.Key, _store.ImportMessage(pair.Key, pair.Value))).ToList();
        await JsonResponse.WriteMapAsync(context, results, ImportedMessageJsonConverter.Instance).ConfigureAwait(false);
    }

    /// <summary>The whole call fails when it has no entries or more than CometChat's 50.</summary>
    private static void CheckCount(string field, int count)
    {
        if (count is < 1 or > EmulatorStore.MaxImportEntries)
        {
            throw ApiError.Validation(field, string.Create(CultureInfo.InvariantCulture, $"The {field} field must have between 1 and {EmulatorStore.MaxImportEntries} entries, not {count}."));
        }
    }
}
