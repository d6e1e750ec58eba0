using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CometChat.Rest.Analyzers;

/// <summary>
/// CCA1007: a client that owns its connection pool (built from <c>CometChatClientOptions</c> alone) created inside a
/// loop, or in a <c>using</c> inside an ordinary method, that is, once per call. A client built over an
/// <c>HttpClient</c> (from <c>IHttpClientFactory</c>) owns no connections and is not flagged; nor is the program's
/// entry point, which runs once.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClientLifetimeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ClientPerCall);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var options = start.Compilation.GetTypeByMetadataName("CometChat.Rest.CometChatClientOptions");
            var httpClient = start.Compilation.GetTypeByMetadataName("System.Net.Http.HttpClient");
            var disposable = start.Compilation.GetSpecialType(SpecialType.System_IDisposable);
            if (options is null)
            {
                return;
            }

            start.RegisterOperationAction(
                operation =>
                {
                    var creation = (IObjectCreationOperation)operation.Operation;
                    if (creation.Constructor is not { } constructor || !OwnsConnections(constructor, options, httpClient, disposable))
                    {
                        return;
                    }

                    var where = Where(creation.Syntax, operation.ContainingSymbol);
                    if (where is not null)
                    {
                        operation.ReportDiagnostic(Diagnostic.Create(Descriptors.ClientPerCall, creation.Syntax.GetLocation(), constructor.ContainingType.Name, where));
                    }
                },
                OperationKind.ObjectCreation);
        });
    }

    private static bool OwnsConnections(IMethodSymbol constructor, INamedTypeSymbol options, INamedTypeSymbol? httpClient, INamedTypeSymbol disposable)
    {
        var takesOptions = false;
        foreach (var parameter in constructor.Parameters)
        {
            if (httpClient is not null && SymbolEqualityComparer.Default.Equals(parameter.Type, httpClient))
            {
                return false;
            }

            takesOptions |= SymbolEqualityComparer.Default.Equals(parameter.Type, options);
        }

        if (!takesOptions)
        {
            return false;
        }

        foreach (var implemented in constructor.ContainingType.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, disposable))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How the creation repeats per call, or null when it does not.</summary>
    private static string? Where(SyntaxNode creation, ISymbol containingSymbol)
    {
        var scopedByUsing = false;
        for (var node = creation.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax:
                    return "inside a loop";
                case UsingStatementSyntax:
                case LocalDeclarationStatementSyntax { UsingKeyword.RawKind: (int)SyntaxKind.UsingKeyword }:
                    scopedByUsing = true;
                    break;
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax:
                    // A lambda or local function runs when called, not per iteration of an enclosing loop.
                    return Scoped(scopedByUsing, containingSymbol);
            }
        }

        return Scoped(scopedByUsing, containingSymbol);
    }

    // The entry point runs once: a client it disposes at the end is the application's only one.
    private static string? Scoped(bool scopedByUsing, ISymbol containingSymbol) =>
        scopedByUsing && !IsEntryPoint(containingSymbol) ? "and disposed within one call" : null;

    private static bool IsEntryPoint(ISymbol symbol) =>
        symbol is IMethodSymbol { Name: "Main" or "<Main>$", IsStatic: true };
}
