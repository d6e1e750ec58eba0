using System.Text.Json.Nodes;

namespace CometChat.Rest;

/// <summary>The body CometChat sends with a failed call: <c>{"error": {...}}</c>.</summary>
public sealed class CometChatError
{
    /// <summary>The error.</summary>
    public required CometChatErrorDetail Error { get; init; }
}

/// <summary>The <c>error</c> member of CometChat's error body.</summary>
public sealed class CometChatErrorDetail
{
    /// <summary>CometChat's error code, such as <c>ERR_UID_NOT_FOUND</c>.</summary>
    public string? Code { get; init; }

    /// <summary>A readable message.</summary>
    public string? Message { get; init; }

    /// <summary>More information; for validation errors, the messages per field.</summary>
    public JsonObject? Details { get; init; }
}
