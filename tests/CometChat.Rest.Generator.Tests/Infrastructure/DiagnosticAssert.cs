using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CometChat.Rest.Generator.Tests.Infrastructure;

/// <summary>Checks generator diagnostics against the spot in the spec text they must point at.</summary>
internal static class DiagnosticAssert
{
    /// <summary>Where the <paramref name="occurrence"/>-th <paramref name="token"/> starts (0-based line and character).</summary>
    /// <param name="after">When given, the token is looked for after the <paramref name="occurrence"/>-th occurrence of this text instead.</param>
    public static LinePosition PositionOf(string text, string token, int occurrence = 1, string? after = null)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(after ?? token, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{after ?? token}' occurs fewer than {occurrence} times.");
        }

        if (after is not null)
        {
            index = text.IndexOf(token, index, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{token}' does not follow '{after}'.");
        }

        var line = text.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return new LinePosition(line, index - lineStart);
    }

    /// <summary>Asserts the id, the file and the start of the diagnostic, and that it spans <paramref name="length"/> characters when given.</summary>
    public static void At(Diagnostic diagnostic, string id, LinePosition start, int? length = null)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.True(
            id == diagnostic.Id && span.Path == GeneratorHarness.SpecPath && start == span.StartLinePosition,
            $"Expected {id} at {GeneratorHarness.SpecPath}({start.Line},{start.Character}), got {diagnostic.Id} at {span.Path}({span.StartLinePosition.Line},{span.StartLinePosition.Character}): {Message(diagnostic)}");
        if (length is not null)
        {
            Assert.Equal(length, diagnostic.Location.SourceSpan.Length);
        }
    }

    public static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The generator's diagnostics in the order they appear in the spec.</summary>
    public static IReadOnlyList<Diagnostic> InOrder(GeneratorRun run) =>
        run.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();

    /// <summary>The generator did not throw, and the code it did generate compiles without errors.</summary>
    public static void RestCompiles(GeneratorRun run)
    {
        Assert.Null(run.Generator.Exception);
        var errors = run.CompilationErrors();
        Assert.True(errors.Count == 0, "The generated code does not compile:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Take(10)));
    }
}
