using System.Collections.Generic;
using System.Threading.Tasks;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace CometChat.Rest.Emulator.Endpoints;

/// <summary>
/// The notification log. The emulator delivers no notifications, so the log is always empty; the query is still
/// checked, so bad filters fail as they would against CometChat.
/// </summary>
internal static class NotificationLogsEndpoints
{
    private const int PageSize = 25;

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v3/notifications/v1/logs", context =>
        {
            var query = new QueryReader(context.Request);
            query.Long("messageId");
            query.Long("reactionId");
            query.Long("from");
            query.Long("to");
            query.OptionalBoolean("notificationTriggered");
            query.OptionalBoolean("success");
            var affix = query.String("affix");
            if (affix is not null and not "append" and not "prepend")
            {
                query.Errors.Add("affix", "The affix must be append or prepend.");
            }

            query.Errors.ThrowIfAny();
            return CursorResponse.WritePageAsync(context, new CursorSlice<NotificationLog>(new List<NotificationLog>(), PageSize, "logId", null, null), NotificationLogJsonConverter.Instance);
        });
    }
}
