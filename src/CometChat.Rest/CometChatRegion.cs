using System;

namespace CometChat.Rest;

/// <summary>
/// The CometChat data region an app lives in. It is part of the app's host name
/// (<c>https://{appId}.api-{region}.cometchat.io</c>).
/// </summary>
/// <remarks>Forward compatible: a region CometChat adds later can be used as <c>new CometChatRegion("xx")</c>.</remarks>
public readonly struct CometChatRegion : IEquatable<CometChatRegion>
{
    private readonly string? _value;

    /// <summary>Creates a region from its host-name code, for example <c>"us"</c>.</summary>
    /// <exception cref="ArgumentException">The code is empty or is not made of lower-case letters and digits.</exception>
    public CometChatRegion(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        foreach (var c in value)
        {
            if (!(c is >= 'a' and <= 'z' || c is >= '0' and <= '9'))
            {
                throw new ArgumentException($"A region code is lower-case letters and digits only (us, eu, in); '{value}' is not.", nameof(value));
            }
        }

        _value = value;
    }

    /// <summary>United States (<c>us</c>).</summary>
    public static CometChatRegion Us { get; } = new("us");

    /// <summary>Europe (<c>eu</c>).</summary>
    public static CometChatRegion Eu { get; } = new("eu");

    /// <summary>India (<c>in</c>).</summary>
    public static CometChatRegion In { get; } = new("in");

    /// <summary>The code used in host names; <c>us</c> for a default instance.</summary>
    public string Value => _value ?? "us";

    /// <summary>Parses <c>us</c>, <c>eu</c> or <c>in</c> (any case).</summary>
    /// <exception cref="ArgumentException">The text is not a known region.</exception>
    public static CometChatRegion Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Trim().ToLowerInvariant() switch
        {
            "us" => Us,
            "eu" => Eu,
            "in" => In,
            _ => throw new ArgumentException($"Unknown CometChat region '{text}': expected us, eu or in.", nameof(text)),
        };
    }

    /// <inheritdoc />
    public bool Equals(CometChatRegion other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CometChatRegion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Compares two regions.</summary>
    public static bool operator ==(CometChatRegion left, CometChatRegion right) => left.Equals(right);

    /// <summary>Compares two regions.</summary>
    public static bool operator !=(CometChatRegion left, CometChatRegion right) => !left.Equals(right);
}
