using System;

namespace CometChat.Rest.Generator.Tests.Infrastructure;

/// <summary>Textual edits of a spec, so that everything but the edited spot stays byte for byte the same.</summary>
internal static class SpecEdit
{
    /// <summary>Replaces the first <paramref name="oldText"/> that follows <paramref name="anchor"/>.</summary>
    public static string ReplaceAfter(string spec, string anchor, string oldText, string newText)
    {
        var start = spec.IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{anchor}' is not in the spec.");
        var at = spec.IndexOf(oldText, start, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{oldText}' does not follow '{anchor}'.");
        return string.Concat(spec.AsSpan(0, at), newText, spec.AsSpan(at + oldText.Length));
    }
}
