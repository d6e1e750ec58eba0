using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace CometChat.Rest.Core;

/// <summary>
/// Argument checks used by generated code, so that a bad argument fails before anything is sent,
/// with an exception naming the parameter and the rule it breaks.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Guard
{
    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null.</summary>
    public static T NotNull<T>(T? value, string paramName)
        where T : class =>
        value ?? throw new ArgumentNullException(paramName);

    /// <summary>Throws when a required string is null or empty.</summary>
    public static string NotEmpty(string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (value.Length == 0)
        {
            throw new ArgumentException($"{paramName} must not be empty.", paramName);
        }

        return value;
    }

    /// <summary>
    /// Throws when a value cannot fill a path segment: null, empty, <c>.</c> or <c>..</c> (which would change
    /// the path the request goes to).
    /// </summary>
    public static string PathSegment(string? value, string paramName)
    {
        NotEmpty(value, paramName);
        if (value is "." or "..")
        {
            throw new ArgumentException($"{paramName} must not be '{value}': it would change the request's path.", paramName);
        }

        return value!;
    }

    /// <summary>Throws when <paramref name="value"/> is not a valid CometChat identifier; null passes when optional.</summary>
    public static void Identifier(string? value, IdentifierKind kind, string paramName, bool required = true)
    {
        if (value is null)
        {
            if (required)
            {
                throw new ArgumentNullException(paramName, $"{paramName} is required: a CometChat {CometChatIdentifier.GetDisplayName(kind)}.");
            }

            return;
        }

        var violation = CometChatIdentifier.GetViolation(value);
        if (violation is not null)
        {
            throw new ArgumentException(
                $"{paramName} '{Shorten(value)}' is not a valid CometChat {CometChatIdentifier.GetDisplayName(kind)}: {violation}. " +
                $"The rule is {CometChatIdentifier.Rule}.",
                paramName);
        }
    }

    /// <summary>Checks every identifier in a list.</summary>
    public static void Identifiers(IEnumerable<string>? values, IdentifierKind kind, string paramName)
    {
        if (values is null)
        {
            return;
        }

        var i = 0;
        foreach (var value in values)
        {
            Identifier(value, kind, $"{paramName}[{i}]");
            i++;
        }
    }

    /// <summary>Throws when a number is outside [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    public static void Range(long? value, long minimum, long maximum, string paramName)
    {
        if (value is { } v && (v < minimum || v > maximum))
        {
            throw new ArgumentOutOfRangeException(paramName, v, $"{paramName} must be between {minimum} and {maximum}; it is {v}.");
        }
    }

    /// <summary>Throws when a string is longer than <paramref name="maxLength"/>.</summary>
    public static void MaxLength(string? value, int maxLength, string paramName)
    {
        if (value is not null && value.Length > maxLength)
        {
            throw new ArgumentException($"{paramName} must be at most {maxLength} characters; it is {value.Length}.", paramName);
        }
    }

    /// <summary>Throws when a string is shorter than <paramref name="minLength"/>.</summary>
    public static void MinLength(string? value, int minLength, string paramName)
    {
        if (value is not null && value.Length < minLength)
        {
            throw new ArgumentException($"{paramName} must be at least {minLength} characters; it is {value.Length}.", paramName);
        }
    }

    /// <summary>Throws when a collection has more than <paramref name="maxItems"/> items.</summary>
    public static void MaxItems<T>(ICollection<T>? value, int maxItems, string paramName)
    {
        if (value is not null && value.Count > maxItems)
        {
            throw new ArgumentException($"{paramName} may hold at most {maxItems} items; it holds {value.Count}.", paramName);
        }
    }

    /// <summary>Throws when an item of a string list is longer than <paramref name="maxLength"/>.</summary>
    public static void ItemsMaxLength(IEnumerable<string>? values, int maxLength, string paramName)
    {
        if (values is null)
        {
            return;
        }

        var i = 0;
        foreach (var value in values)
        {
            MaxLength(value, maxLength, $"{paramName}[{i}]");
            i++;
        }
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
