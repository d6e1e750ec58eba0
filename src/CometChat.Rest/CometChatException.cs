using System;
using System.Collections.Generic;
using System.Text.Json;

namespace CometChat.Rest;

/// <summary>
/// A call to CometChat failed: CometChat answered with an error, or the answer could not be read.
/// </summary>
/// <remarks>
/// <see cref="ErrorCode"/> is CometChat's own code (for example <c>ERR_UID_NOT_FOUND</c>); compare it with the
/// constants on <c>CometChatErrorCodes</c>. It is <see langword="null"/> when the response carried no
/// CometChat error body (a proxy's HTML page, for example).
/// </remarks>
public class CometChatException : Exception
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> s_noFieldErrors =
        new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Creates an exception for a failed call.</summary>
    public CometChatException(
        string message,
        int status,
        string? errorCode = null,
        JsonElement? details = null,
        TimeSpan? retryAfter = null,
        string? operation = null,
        Exception? innerException = null,
        int attempts = 1)
        : base(message, innerException)
    {
        Attempts = attempts;
        Status = status;
        ErrorCode = errorCode;
        Details = details;
        RetryAfter = retryAfter;
        Operation = operation;
        FieldErrors = details is { ValueKind: JsonValueKind.Object } d ? ReadFieldErrors(d) : s_noFieldErrors;
    }

    /// <summary>The HTTP status code, or 0 when no response was received.</summary>
    public int Status { get; }

    /// <summary>CometChat's error code, such as <c>ERR_UID_NOT_FOUND</c>.</summary>
    public string? ErrorCode { get; }

    /// <summary>The <c>details</c> member of CometChat's error body, as sent.</summary>
    public JsonElement? Details { get; }

    /// <summary>
    /// Validation messages per request field (from <see cref="Details"/> when CometChat sends
    /// <c>{"field": ["message", ...]}</c>); empty otherwise.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FieldErrors { get; }

    /// <summary>How long CometChat asked the caller to wait (<c>Retry-After</c> on a 429), if it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// How many times the request was sent before the client gave up (1 when it was not retried).
    /// See <see cref="CometChatClientOptions.Retry"/>.
    /// </summary>
    public int Attempts { get; }

    /// <summary>The operation that failed, for example <c>Users.Get</c>.</summary>
    public string? Operation { get; }

    private static Dictionary<string, IReadOnlyList<string>> ReadFieldErrors(JsonElement details)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var field in details.EnumerateObject())
        {
            switch (field.Value.ValueKind)
            {
                case JsonValueKind.String:
                    result[field.Name] = [field.Value.GetString()!];
                    break;
                case JsonValueKind.Array:
                    var messages = new List<string>();
                    foreach (var item in field.Value.EnumerateArray())
                    {
                        messages.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText());
                    }

                    result[field.Name] = messages;
                    break;
            }
        }

        return result;
    }
}
