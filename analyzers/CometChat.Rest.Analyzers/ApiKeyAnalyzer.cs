using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CometChat.Rest.Analyzers;

/// <summary>
/// Flags the REST API key where it does not belong: written into source (CCA1002), or set at all in a
/// client-side app (CCA1001), where anyone can extract it. The key setting is whatever property the runtime
/// marks <c>[CometChatApiKey]</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ApiKeyAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] s_clientPlatforms = { "android", "ios", "maccatalyst", "tvos", "browser" };

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.RestKeyInClientApp, Descriptors.ApiKeyLiteral);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var symbols = MetadataSymbols.Create(start.Compilation);
            if (symbols is null)
            {
                return;
            }

            var clientSide = ClientSideReason(start.Compilation, start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            start.RegisterOperationAction(
                operation =>
                {
                    var assignment = (ISimpleAssignmentOperation)operation.Operation;
                    if (assignment.Target is not IPropertyReferenceOperation { Property: { } property }
                        || MetadataSymbols.Find(property, symbols.ApiKey) is null)
                    {
                        return;
                    }

                    if (clientSide is not null)
                    {
                        operation.ReportDiagnostic(Diagnostic.Create(Descriptors.RestKeyInClientApp, assignment.Syntax.GetLocation(), clientSide));
                    }

                    if (ConstantValues.TryGet(assignment.Value, out var constant) && constant.Value is string { Length: > 0 })
                    {
                        operation.ReportDiagnostic(Diagnostic.Create(Descriptors.ApiKeyLiteral, constant.Location));
                    }
                },
                OperationKind.SimpleAssignment);
        });
    }

    /// <summary>Why the project is client-side, from build properties the package makes visible; null for a server project.</summary>
    private static string? ClientSideReason(Compilation compilation, AnalyzerConfigOptions options)
    {
        bool Flag(string name) =>
            options.TryGetValue("build_property." + name, out var value) && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

        if (Flag("CometChatClientSide"))
        {
            return "CometChatClientSide is true";
        }

        if (Flag("UsingMicrosoftNETSdkBlazorWebAssembly"))
        {
            return "Blazor WebAssembly";
        }

        if (Flag("UseMaui"))
        {
            return "a .NET MAUI app";
        }

        if (Flag("UseWPF"))
        {
            return "a WPF app";
        }

        if (Flag("UseWindowsForms"))
        {
            return "a Windows Forms app";
        }

        if (options.TryGetValue("build_property.TargetPlatformIdentifier", out var platform) && platform is not null)
        {
            foreach (var client in s_clientPlatforms)
            {
                if (string.Equals(platform.Trim(), client, StringComparison.OrdinalIgnoreCase))
                {
                    return "target platform " + client;
                }
            }
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var symbol in tree.Options.PreprocessorSymbolNames)
            {
                if (symbol.StartsWith("UNITY_", StringComparison.Ordinal))
                {
                    return "a Unity project";
                }
            }

            break;
        }

        return null;
    }
}
