using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CometChat.Rest.CodeFixes;

/// <summary>
/// Replaces an API key written in source (CCA1002) with a read from the environment variable
/// <c>COMETCHAT_API_KEY</c>, the name the quickstart and the docs use.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ApiKeyCodeFix)), Shared]
public sealed class ApiKeyCodeFix : CodeFixProvider
{
    private const string Variable = "COMETCHAT_API_KEY";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("CCA1002");

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax key)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Read the key from the {Variable} environment variable",
                    cancellationToken => ReplaceAsync(context.Document, key, cancellationToken),
                    equivalenceKey: nameof(ApiKeyCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax key, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var read = SyntaxFactory.ParseExpression($"global::System.Environment.GetEnvironmentVariable(\"{Variable}\")")
            .WithTriviaFrom(key);
        return document.WithSyntaxRoot(root!.ReplaceNode(key, read));
    }
}
