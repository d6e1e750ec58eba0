using System.Collections.Immutable;
using System.Composition;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CometChat.Rest.CodeFixes;

/// <summary>
/// Offers a valid identifier derived from an invalid UID/GUID literal (CCA1003, CCA1004), or its lower-case form
/// (CCA1005): <c>"John Smith!"</c> becomes <c>"john-smith"</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(IdentifierCodeFix)), Shared]
public sealed class IdentifierCodeFix : CodeFixProvider
{
    private const int MaxLength = 100;

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("CCA1003", "CCA1004", "CCA1005");

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            // Only a literal can be rewritten in place; a const is fixed where it is declared.
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                continue;
            }

            var replacement = Derive(literal.Token.ValueText);
            if (replacement == literal.Token.ValueText)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use '{replacement}'",
                    cancellationToken => ReplaceAsync(context.Document, literal, replacement, cancellationToken),
                    equivalenceKey: nameof(IdentifierCodeFix)),
                diagnostic);
        }
    }

    /// <summary>Lower case; runs of other characters become one '-'; at most 100 characters; never empty.</summary>
    public static string Derive(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_' or '-')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != '-')
            {
                builder.Append('-');
            }
        }

        var result = builder.ToString().Trim('-');
        if (result.Length > MaxLength)
        {
            result = result.Substring(0, MaxLength).TrimEnd('-');
        }

        return result.Length == 0 ? "id" : result;
    }

    private static async Task<Document> ReplaceAsync(Document document, LiteralExpressionSyntax literal, string value, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var updated = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value)).WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root!.ReplaceNode(literal, updated));
    }
}
