using System;

namespace CometChat.Rest;

/// <summary>
/// Marks a parameter or property that holds a CometChat identifier (a UID, GUID or role ID). The generator puts
/// it where the spec says so; analyzers read it to check literals at build time.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class CometChatIdentifierAttribute : Attribute
{
    /// <summary>Marks an identifier of the given kind.</summary>
    /// <param name="kind">Which identifier it is.</param>
    public CometChatIdentifierAttribute(IdentifierKind kind)
    {
        Kind = kind;
    }

    /// <summary>Which identifier it is.</summary>
    public IdentifierKind Kind { get; }

    /// <summary>Whether the rule applies to each item of a list rather than to the value itself.</summary>
    public bool Items { get; set; }
}

/// <summary>
/// The limits CometChat documents for a value. The generator puts it where the spec states limits; the client
/// checks them before sending, and analyzers check constants at build time. Unset limits keep their defaults.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class CometChatLimitsAttribute : Attribute
{
    /// <summary>The shortest allowed string; -1 when not limited.</summary>
    public int MinLength { get; set; } = -1;

    /// <summary>The longest allowed string; -1 when not limited.</summary>
    public int MaxLength { get; set; } = -1;

    /// <summary>The smallest allowed number; <see cref="long.MinValue"/> when not limited.</summary>
    public long Minimum { get; set; } = long.MinValue;

    /// <summary>The largest allowed number; <see cref="long.MaxValue"/> when not limited.</summary>
    public long Maximum { get; set; } = long.MaxValue;

    /// <summary>The most items a list may hold; -1 when not limited.</summary>
    public int MaxItems { get; set; } = -1;

    /// <summary>The longest allowed string item of a list; -1 when not limited.</summary>
    public int ItemMaxLength { get; set; } = -1;
}

/// <summary>
/// Marks the setting that carries CometChat's REST API key, which has full access to the app and belongs on a
/// server. Analyzers use it to flag keys written into source and clients built into client-side apps.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class CometChatApiKeyAttribute : Attribute
{
}
