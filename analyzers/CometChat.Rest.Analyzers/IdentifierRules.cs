namespace CometChat.Rest.Analyzers;

/// <summary>
/// CometChat's identifier rule, as the runtime's CometChatIdentifier states it (analyzers cannot reference the
/// runtime, which targets .NET 8): 1 to 100 characters of a-z, A-Z, 0-9, _ and -.
/// </summary>
internal static class IdentifierRules
{
    public const int MaxLength = 100;

    public static string? GetViolation(string value)
    {
        if (value.Length == 0)
        {
            return "it is empty";
        }

        if (value.Length > MaxLength)
        {
            return $"it is {value.Length} characters long";
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '-'))
            {
                return c == ' ' ? $"it contains a space at position {i}" : $"it contains '{c}' at position {i}";
            }
        }

        return null;
    }

    public static bool HasUpperCase(string value)
    {
        foreach (var c in value)
        {
            if (c is >= 'A' and <= 'Z')
            {
                return true;
            }
        }

        return false;
    }
}
