using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace CometChat.Rest.Generator.Parsing;

/// <summary>Turns JSON names into C# names.</summary>
internal static class Names
{
    /// <summary><c>auth_tokens</c>, <c>API Keys</c>, <c>create-user</c>, <c>per_page</c> → <c>AuthTokens</c>, <c>ApiKeys</c>, <c>CreateUser</c>, <c>PerPage</c>.</summary>
    public static string ToPascalCase(string text)
    {
        // Words are runs of ASCII letters and digits. A word in capitals ("API") keeps only its first one; any
        // other word gets a capital first letter and keeps the rest as written ("createdAt" → "CreatedAt").
        var result = new char[text.Length];
        var length = 0;
        for (var i = 0; i < text.Length;)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var allUpper = true;
            for (; i < text.Length && IsWordChar(text[i]); i++)
            {
                allUpper &= !char.IsLower(text[i]);
            }

            var capitals = allUpper && i - start > 1;
            result[length++] = capitals ? text[start] : char.ToUpperInvariant(text[start]);
            for (var j = start + 1; j < i; j++)
            {
                result[length++] = capitals ? char.ToLowerInvariant(text[j]) : text[j];
            }
        }

        if (length == 0)
        {
            return "Value";
        }

        var pascal = new string(result, 0, length);
        return char.IsDigit(pascal[0]) ? "N" + pascal : pascal;
    }

    /// <summary>PascalCase with a lower-case first letter.</summary>
    public static string ToCamelCase(string text)
    {
        var pascal = ToPascalCase(text);
        var upper = 0;
        while (upper < pascal.Length && char.IsUpper(pascal[upper]))
        {
            upper++;
        }

        // "UID" → "uid", "UidsToActivate" → "uidsToActivate", "APIKey" → "apiKey".
        var lowered = upper <= 1 || upper == pascal.Length ? upper : upper - 1;
        lowered = lowered == 0 ? 1 : lowered;
        return pascal.Substring(0, lowered).ToLowerInvariant() + pascal.Substring(lowered);
    }

    /// <summary>Escapes a C# keyword with <c>@</c>.</summary>
    public static string EscapeKeyword(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None
            ? "@" + identifier
            : identifier;

    public static bool IsValidIdentifier(string? name) =>
        name is { Length: > 0 } && SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    /// <summary>Returns <paramref name="name"/>, or it with a number appended when it is taken.</summary>
    public static string Unique(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var i = 2; !taken.Add(candidate); i++)
        {
            candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private static bool IsWordChar(char c) => c < 128 && char.IsLetterOrDigit(c);
}
