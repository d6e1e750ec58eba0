using System;
using System.Collections.Generic;

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

/// <summary>
/// The values of a string enum that this version of the SDK knows. The generator puts it on every enum struct;
/// other values stay valid at run time (CometChat may add some), so analyzers only warn about constants.
/// </summary>
[AttributeUsage(AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class CometChatKnownValuesAttribute : Attribute
{
    /// <summary>Lists the known values.</summary>
    /// <param name="values">The values as CometChat spells them.</param>
    public CometChatKnownValuesAttribute(params string[] values)
    {
        Values = values ?? Array.Empty<string>();
    }

    /// <summary>The values as CometChat spells them.</summary>
    public IReadOnlyList<string> Values { get; }
}

/// <summary>
/// Marks a property CometChat needs when another property of the same object has a given value, and ignores
/// otherwise (a group's password, needed only when its type is <c>password</c>). The generator puts it where the
/// spec says so; analyzers check object initializers whose values are constants.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
public sealed class CometChatRequiredWhenAttribute : Attribute
{
    /// <summary>Marks a property needed when <paramref name="property"/> is <paramref name="value"/>.</summary>
    /// <param name="property">The C# name of the property it depends on.</param>
    /// <param name="value">The value, as CometChat spells it, that makes this property needed.</param>
    public CometChatRequiredWhenAttribute(string property, string value)
    {
        Property = property;
        Value = value;
    }

    /// <summary>The C# name of the property it depends on.</summary>
    public string Property { get; }

    /// <summary>The value, as CometChat spells it, that makes this property needed.</summary>
    public string Value { get; }
}
