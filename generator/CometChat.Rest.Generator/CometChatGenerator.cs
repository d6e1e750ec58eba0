using System;
using System.Globalization;
using System.Text;
using System.Threading;
using CometChat.Rest.Generator.Emitting;
using CometChat.Rest.Generator.Model;
using CometChat.Rest.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CometChat.Rest.Generator;

/// <summary>
/// Generates the typed CometChat client from every additional file marked <c>CometChatSpec="true"</c>.
/// </summary>
/// <remarks>
/// The pipeline reads only additional files and analyzer options, never the compilation, so editing C# costs it
/// nothing. One spec fans out into one output per model, enum and resource group: editing one schema re-emits
/// one file.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class CometChatGenerator : IIncrementalGenerator
{
    /// <summary>The names of the pipeline steps, for incremental tests.</summary>
    public static class StepNames
    {
        public const string SpecFiles = nameof(SpecFiles);
        public const string Parse = nameof(Parse);
        public const string Diagnostics = nameof(Diagnostics);
        public const string Models = nameof(Models);
        public const string Enums = nameof(Enums);
        public const string Groups = nameof(Groups);
        public const string Root = nameof(Root);
        public const string ErrorCodes = nameof(ErrorCodes);
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var specs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ReadSpec(pair.Left, pair.Right, cancellationToken))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .WithTrackingName(StepNames.SpecFiles);

        var parsed = specs
            .Select(static (input, cancellationToken) => Parse(input, cancellationToken))
            .WithTrackingName(StepNames.Parse);

        // Diagnostics get their own output, so that reporting them never forces source to be emitted again.
        var diagnostics = parsed
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(StepNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (spc, items) =>
        {
            foreach (var item in items)
            {
                spc.ReportDiagnostic(item.ToDiagnostic());
            }
        });

        var models = parsed.SelectMany(static (result, _) => result.Model.Models).WithTrackingName(StepNames.Models);
        context.RegisterSourceOutput(models, static (spc, model) =>
            Add(spc, $"{model.Namespace}.Models.{model.Name}.g.cs", ModelEmitter.Emit(model)));

        var enums = parsed.SelectMany(static (result, _) => result.Model.Enums).WithTrackingName(StepNames.Enums);
        context.RegisterSourceOutput(enums, static (spc, spec) =>
            Add(spc, $"{spec.Namespace}.Models.{spec.Name}.g.cs", EnumEmitter.Emit(spec)));

        var groups = parsed.SelectMany(static (result, _) => result.Model.Groups).WithTrackingName(StepNames.Groups);
        context.RegisterSourceOutput(groups, static (spc, group) =>
            Add(spc, $"{group.Namespace}.{group.ClassName}.g.cs", ClientEmitter.Emit(group)));

        var root = parsed.Select(static (result, _) => result.Model.Root).WithTrackingName(StepNames.Root);
        context.RegisterSourceOutput(root, static (spc, spec) =>
        {
            Add(spc, $"{spec.Namespace}.{spec.Name}.g.cs", RootEmitter.EmitClient(spec));
            Add(spc, $"{spec.Namespace}.Serialization.{spec.Prefix}JsonTypeInfoResolver.g.cs", RootEmitter.EmitResolver(spec));
        });

        var errorCodes = parsed.Select(static (result, _) => result.Model.ErrorCodes).WithTrackingName(StepNames.ErrorCodes);
        context.RegisterSourceOutput(errorCodes, static (spc, spec) =>
            Add(spc, $"{spec.Namespace}.{spec.Prefix}ErrorCodes.g.cs", RootEmitter.EmitErrorCodes(spec)));
    }

    private static SpecInput? ReadSpec(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var fileOptions = options.GetOptions(file);
        if (!fileOptions.TryGetValue("build_metadata.AdditionalFiles.CometChatSpec", out var flag)
            || !string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var text = file.GetText(cancellationToken);
        var ns = FirstNonEmpty(
            fileOptions.TryGetValue("build_metadata.AdditionalFiles.CometChatNamespace", out var perFile) ? perFile : null,
            options.GlobalOptions.TryGetValue("build_property.CometChatNamespace", out var property) ? property : null,
            options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace) ? rootNamespace : null,
            "CometChat.Generated");

        // A missing file reads as empty and is reported as malformed JSON rather than silently ignored.
        return new SpecInput(file.Path, ns!, text?.ToString() ?? string.Empty);
    }

    private static ParseResult Parse(SpecInput input, CancellationToken cancellationToken)
    {
        // Emitted numbers and names must not depend on the machine's culture (U+2212 minus signs in fi-FI).
#pragma warning disable RS1035 // The culture is restored below; nothing else runs on this thread meanwhile.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return SpecParser.Parse(input, cancellationToken);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
#pragma warning restore RS1035
    }

    private static void Add(SourceProductionContext context, string hintName, string source) =>
        context.AddSource(hintName, SourceText.From(source, Encoding.UTF8));

    private static string? FirstNonEmpty(params string?[] values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value!.Trim();
            }
        }

        return null;
    }
}
