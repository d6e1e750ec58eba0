using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Serialization;
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
        routes.MapPost("/v3/data_import/users", context => ImportAsync(
            context, ImportUsersRequestJsonConverter.Instance, "users", request => request.Users, _store.ImportUser, ImportedUserJsonConverter.Instance));
        routes.MapPost("/v3/data_import/groups", context => ImportAsync(
            context, ImportGroupsRequestJsonConverter.Instance, "groups", request => request.Groups, _store.ImportGroup, ImportedGroupJsonConverter.Instance));
        routes.MapPost("/v3/data_import/members", context => ImportAsync(
            context, ImportGroupMembersRequestJsonConverter.Instance, "members", request => request.Members, _store.ImportGroupMember, ImportedGroupMemberJsonConverter.Instance));
        routes.MapPost("/v3/data_import/messages", context => ImportAsync(
            context, ImportMessagesRequestJsonConverter.Instance, "messages", request => request.Messages, _store.ImportMessage, ImportedMessageJsonConverter.Instance));
    }

    /// <summary>Reads the body's map of entries under <paramref name="field"/>, imports each and answers under its key.</summary>
    private static async Task ImportAsync<TRequest, TEntry, TResult>(
        HttpContext context,
        JsonConverter<TRequest> requestConverter,
        string field,
        Func<TRequest, IDictionary<string, TEntry>> entries,
        Func<string, TEntry, TResult> import,
        JsonConverter<TResult> resultConverter)
    {
        var request = await JsonBody.ReadAsync(context, requestConverter, [field]).ConfigureAwait(false);
        var map = entries(request);
        CheckCount(field, map.Count);
        var results = map.Select(pair => KeyValuePair.Create(pair.Key, import(pair.Key, pair.Value))).ToList();
        await JsonResponse.WriteMapAsync(context, results, resultConverter).ConfigureAwait(false);
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
