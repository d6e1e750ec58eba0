using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace CometChat.Rest.Generator.Parsing;

/// <summary>Turns JSON names into C# names.</summary>
internal static class Names
{
    /// <summary><c>auth_tokens</c>, <c>API Keys</c>, <c>create-user</c>, <c>per_page</c> → <c>AuthTokens</c>, <c>ApiKeys</c>, <c>CreateUser</c>, <c>PerPage</c>.</summary>
    public static string ToPascalCase(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var word in SplitWords(text))
        {
            if (word.Length > 1 && IsAllUpper(word))
            {
                result.Append(word[0]).Append(word.Substring(1).ToLowerInvariant());
            }
            else
            {
                result.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
            }
        }

        if (result.Length == 0)
        {
            return "Value";
        }

        if (char.IsDigit(result[0]))
        {
            result.Insert(0, 'N');
        }

        return result.ToString();
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

    private static IEnumerable<string> SplitWords(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) && c < 128)
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static bool IsAllUpper(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
