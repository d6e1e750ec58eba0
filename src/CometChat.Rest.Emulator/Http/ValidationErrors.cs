using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CometChat.Rest.Emulator.Http;

/// <summary>
/// Collects validation messages per field, Laravel style (<c>{"field": ["message", ...]}</c>, as CometChat
/// sends them in <c>error.details</c>), and checks CometChat's documented limits.
/// </summary>
internal sealed class ValidationErrors
{
    /// <summary>CometChat's limit for user metadata (5 KB).</summary>
    public const int MaxMetadataBytes = 5 * 1024;

    /// <summary>CometChat's limit for names (users, API keys).</summary>
    public const int MaxNameLength = 100;

    /// <summary>CometChat's limit for avatar and link URLs.</summary>
    public const int MaxUrlLength = 3000;

    /// <summary>CometChat's limits for tags.</summary>
    public const int MaxTags = 25;

    /// <summary>CometChat's limit for one tag.</summary>
    public const int MaxTagLength = 100;

    /// <summary>CometChat's limit for group and role descriptions.</summary>
    public const int MaxDescriptionLength = 255;

    /// <summary>CometChat's limit for group passwords.</summary>
    public const int MaxPasswordLength = 100;

    /// <summary>CometChat's limit of UIDs in one call (group members, friends, blocked users).</summary>
    public const int MaxUidsPerCall = 25;

    private Dictionary<string, List<string>>? _errors;

    public bool HasErrors => _errors is not null;

    public void Add(string field, string message)
    {
        _errors ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>Throws <c>ERR_BAD_REQUEST</c> with every collected message, if there is any.</summary>
    public void ThrowIfAny()
    {
        if (_errors is not null)
        {
            throw ApiError.Validation(_errors);
        }
    }

    public void Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"The {field} field is required.");
        }
    }

    public void Identifier(string field, string? value, IdentifierKind kind)
    {
        if (value is null)
        {
            return;
        }

        var violation = CometChatIdentifier.GetViolation(value);
        if (violation is not null)
        {
            Add(field, $"The {field} must be a valid {CometChatIdentifier.GetDisplayName(kind)} ({CometChatIdentifier.Rule}), but {violation}.");
        }
    }

    /// <summary>Checks a list of identifiers: at most <paramref name="maxItems"/>, each valid.</summary>
    public void Identifiers(string field, IList<string>? values, IdentifierKind kind, int maxItems = MaxUidsPerCall)
    {
        if (values is null)
        {
            return;
        }

        if (values.Count > maxItems)
        {
            Add(field, string.Create(CultureInfo.InvariantCulture, $"The {field} may not have more than {maxItems} items."));
        }

        foreach (var value in values)
        {
            var violation = CometChatIdentifier.GetViolation(value);
            if (violation is not null)
            {
                Add(field, $"Each of the {field} must be a valid {CometChatIdentifier.GetDisplayName(kind)} ({CometChatIdentifier.Rule}), but {violation}.");
                break;
            }
        }
    }

    public void MaxLength(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, string.Create(CultureInfo.InvariantCulture, $"The {field} may not be greater than {maxLength} characters."));
        }
    }

    public void Tags(string field, IList<string>? tags)
    {
        if (tags is null)
        {
            return;
        }

        if (tags.Count > MaxTags)
        {
            Add(field, string.Create(CultureInfo.InvariantCulture, $"The {field} may not have more than {MaxTags} items."));
        }

        foreach (var tag in tags)
        {
            if (tag.Length > MaxTagLength)
            {
                Add(field, string.Create(CultureInfo.InvariantCulture, $"Each of the {field} may not be greater than {MaxTagLength} characters."));
                break;
            }
        }
    }

    public void Metadata(string field, JsonObject? metadata)
    {
        if (metadata is null)
        {
            return;
        }

        var size = Utf8Length(metadata);
        if (size > MaxMetadataBytes)
        {
            Add(field, string.Create(CultureInfo.InvariantCulture, $"The {field} may not be larger than 5 KB of JSON; it is {size} bytes."));
        }
    }

    /// <summary>The size of <paramref name="node"/> as UTF-8 JSON, measured without the reflection-based serializer.</summary>
    private static int Utf8Length(JsonNode node)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            node.WriteTo(writer);
        }

        return buffer.WrittenCount;
    }
}
