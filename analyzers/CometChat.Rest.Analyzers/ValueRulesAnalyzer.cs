using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CometChat.Rest.Analyzers;

/// <summary>
/// Checks constants passed to CometChat parameters and properties against the identifier kinds, limits, known enum
/// values and conditions the generator emitted from the spec (CCA1003 to CCA1006). No operation is named here:
/// a spec change flows through.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ValueRulesAnalyzer : DiagnosticAnalyzer
{
    // Values of the runtime's IdentifierKind enum.
    private const int Uid = 0;
    private const int Guid = 1;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.InvalidUid, Descriptors.InvalidGuid, Descriptors.UpperCaseIdentifier, Descriptors.BrokenLimit);

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

            start.RegisterOperationAction(
                operation =>
                {
                    var argument = (IArgumentOperation)operation.Operation;
                    if (argument.Parameter is { } parameter && argument.ArgumentKind != ArgumentKind.DefaultValue)
                    {
                        Check(operation, symbols, parameter, argument.Value);
                    }
                },
                OperationKind.Argument);

            start.RegisterOperationAction(
                operation =>
                {
                    var assignment = (ISimpleAssignmentOperation)operation.Operation;
                    if (assignment.Target is IPropertyReferenceOperation { Property: { } property })
                    {
                        Check(operation, symbols, property, assignment.Value);
                    }
                },
                OperationKind.SimpleAssignment);

            start.RegisterOperationAction(
                operation => EnumAndConditionRules.CheckConversion(operation, symbols, (IConversionOperation)operation.Operation),
                OperationKind.Conversion);

            start.RegisterOperationAction(
                operation => EnumAndConditionRules.CheckCreation(operation, symbols, (IObjectCreationOperation)operation.Operation),
                OperationKind.ObjectCreation);
        });
    }

    private static void Check(OperationAnalysisContext context, MetadataSymbols symbols, ISymbol target, IOperation value)
    {
        if (MetadataSymbols.Find(target, symbols.Identifier) is { } identifier
            && identifier.ConstructorArguments.Length == 1
            && identifier.ConstructorArguments[0] is { Kind: TypedConstantKind.Enum, Value: int kind })
        {
            if (HasNamed(identifier, "Items"))
            {
                foreach (var item in ConstantValues.ConstantItems(value))
                {
                    CheckIdentifier(context, item, kind);
                }
            }
            else if (ConstantValues.TryGet(value, out var constant))
            {
                CheckIdentifier(context, constant, kind);
            }
        }

        if (MetadataSymbols.Find(target, symbols.Limits) is { } limits)
        {
            CheckLimits(context, limits, target.Name, value);
        }
    }

    private static bool HasNamed(AttributeData attribute, string name)
    {
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name && pair.Value.Value is true)
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckIdentifier(OperationAnalysisContext context, ConstantValue constant, int kind)
    {
        if (constant.Value is not string text)
        {
            return;
        }

        var violation = IdentifierRules.GetViolation(text);
        if (violation is not null)
        {
            var diagnostic = kind switch
            {
                Uid => Diagnostic.Create(Descriptors.InvalidUid, constant.Location, text, violation),
                Guid => Diagnostic.Create(Descriptors.InvalidGuid, constant.Location, text, violation),
                _ => Diagnostic.Create(Descriptors.BrokenLimit, constant.Location, $"'{text}' is not a valid CometChat role ID: {violation}. Role IDs are 1 to 100 characters of a-z, A-Z, 0-9, _ and -."),
            };
            context.ReportDiagnostic(diagnostic);
        }
        else if (IdentifierRules.HasUpperCase(text))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UpperCaseIdentifier, constant.Location, text, text.ToLowerInvariant()));
        }
    }

    private static void CheckLimits(OperationAnalysisContext context, AttributeData limits, string name, IOperation value)
    {
        int minLength = -1, maxLength = -1, maxItems = -1, itemMaxLength = -1;
        long minimum = long.MinValue, maximum = long.MaxValue;
        foreach (var pair in limits.NamedArguments)
        {
            switch (pair.Key, pair.Value.Value)
            {
                case ("MinLength", int v): minLength = v; break;
                case ("MaxLength", int v): maxLength = v; break;
                case ("MaxItems", int v): maxItems = v; break;
                case ("ItemMaxLength", int v): itemMaxLength = v; break;
                case ("Minimum", long v): minimum = v; break;
                case ("Maximum", long v): maximum = v; break;
            }
        }

        if (ConstantValues.TryGet(value, out var constant))
        {
            switch (constant.Value)
            {
                case string text when maxLength >= 0 && text.Length > maxLength:
                    Report(context, constant.Location, $"{name} is {text.Length} characters long; CometChat allows at most {maxLength}");
                    break;
                case string text when minLength >= 0 && text.Length < minLength:
                    Report(context, constant.Location, $"{name} is {text.Length} characters long; CometChat needs at least {minLength}");
                    break;
                case int or long when ToLong(constant.Value) is var number && (number < minimum || number > maximum):
                    Report(context, constant.Location, $"{name} is {number.ToString(CultureInfo.InvariantCulture)}; CometChat allows {Range(minimum, maximum)}");
                    break;
            }

            return;
        }

        if (maxItems >= 0 && ConstantValues.Items(value, out var countKnown, out _) is { } items && countKnown && items.Count > maxItems)
        {
            Report(context, value.Syntax.GetLocation(), $"{name} has {items.Count} items; CometChat allows at most {maxItems} in one call");
        }

        if (itemMaxLength >= 0)
        {
            foreach (var item in ConstantValues.ConstantItems(value))
            {
                if (item.Value is string text && text.Length > itemMaxLength)
                {
                    Report(context, item.Location, $"An item of {name} is {text.Length} characters long; CometChat allows at most {itemMaxLength}");
                }
            }
        }
    }

    private static long ToLong(object? value) => value switch
    {
        int i => i,
        long l => l,
        _ => 0,
    };

    private static string Range(long minimum, long maximum) =>
        minimum == long.MinValue ? $"at most {maximum.ToString(CultureInfo.InvariantCulture)}"
        : maximum == long.MaxValue ? $"at least {minimum.ToString(CultureInfo.InvariantCulture)}"
        : $"{minimum.ToString(CultureInfo.InvariantCulture)} to {maximum.ToString(CultureInfo.InvariantCulture)}";

    private static void Report(OperationAnalysisContext context, Location location, string message) =>
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.BrokenLimit, location, message));
}
