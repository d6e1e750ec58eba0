using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using CometChat.Rest.Generator.Model;

namespace CometChat.Rest.Generator.Diagnostics;

/// <summary>
/// A diagnostic in equatable form. <see cref="Diagnostic"/> compares message arguments by reference, which
/// would make every parse look new to the incremental pipeline.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, string FilePath, TextSpan Span, LinePositionSpan LineSpan, EquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic()
    {
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }

        return Diagnostic.Create(Descriptor, Location.Create(FilePath, Span, LineSpan), args);
    }
}
