namespace CometChat.Rest;

/// <summary>The kinds of identifier CometChat constrains.</summary>
public enum IdentifierKind
{
    /// <summary>A user's UID.</summary>
    Uid,

    /// <summary>A group's GUID.</summary>
    Guid,

    /// <summary>A role's ID.</summary>
    Role,
}

/// <summary>
/// CometChat's rules for UIDs, GUIDs and role IDs: 1 to 100 characters of <c>a-z A-Z 0-9 _ -</c>.
/// CometChat stores them in lower case.
/// </summary>
public static class CometChatIdentifier
{
    /// <summary>The longest identifier CometChat accepts.</summary>
    public const int MaxLength = 100;

    /// <summary>The rule, as a sentence for error messages.</summary>
    public const string Rule = "1 to 100 characters of a-z, A-Z, 0-9, '_' and '-'";

    /// <summary>Whether <paramref name="value"/> is a valid identifier.</summary>
    public static bool IsValid(string? value) => GetViolation(value) is null;

    /// <summary>
    /// Says what is wrong with <paramref name="value"/> as an identifier, or returns <see langword="null"/> when it is valid.
    /// </summary>
    public static string? GetViolation(string? value)
    {
        if (value is null)
        {
            return "it is null";
        }

        if (value.Length == 0)
        {
            return "it is empty";
        }

        if (value.Length > MaxLength)
        {
            return $"it is {value.Length} characters long (at most {MaxLength})";
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!IsAllowed(c))
            {
                return c == ' '
                    ? $"it contains a space at position {i}"
                    : $"it contains '{c}' at position {i}";
            }
        }

        return null;
    }

    /// <summary>The form CometChat stores: lower case.</summary>
    public static string Normalize(string value) => value.ToLowerInvariant();

    /// <summary>The name CometChat's docs use for a kind: UID, GUID or role.</summary>
    public static string GetDisplayName(IdentifierKind kind) => kind switch
    {
        IdentifierKind.Uid => "UID",
        IdentifierKind.Guid => "GUID",
        _ => "role ID",
    };

    private static bool IsAllowed(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '-';
}
