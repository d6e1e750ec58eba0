using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace CometChat.Rest.Emulator.Http;

/// <summary>
/// Turns <see cref="ApiError"/> into CometChat's error body, and anything else into <c>500 ERR_EXCEPTION</c>
/// (still JSON), so a caller never sees an HTML page or an empty 500.
/// </summary>
internal static class ErrorHandlingMiddleware
{
    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ApiError error;
        try
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        catch (ApiError ex)
        {
            error = ex;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller went away: there is no one to answer.
            return;
        }
        catch (BadHttpRequestException ex)
        {
            error = new ApiError(ex.StatusCode, CometChatErrorCodes.BadRequest, ex.Message);
        }
#pragma warning disable CA1031 // The emulator must answer every request with CometChat's JSON error body.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error = ApiError.Unexpected(ex);
        }

        if (context.Response.HasStarted)
        {
            // Too late for a clean error body: cut the response short.
            context.Abort();
            return;
        }

        await JsonResponse.WriteErrorAsync(context, error).ConfigureAwait(false);
    }
}
