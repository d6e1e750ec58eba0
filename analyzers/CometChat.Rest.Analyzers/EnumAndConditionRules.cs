using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CometChat.Rest.Analyzers;

/// <summary>
/// The parts of CCA1006 that read enum and condition metadata: constants that become an enum struct without
/// being one of its known values (<c>[CometChatKnownValues]</c>), and initializers that break a
/// <c>[CometChatRequiredWhen]</c> condition.
/// </summary>
internal static class EnumAndConditionRules
{
    /// <summary>A constant string turned into an enum struct by its implicit conversion.</summary>
    public static void CheckConversion(OperationAnalysisContext context, MetadataSymbols symbols, IConversionOperation conversion)
    {
        if (symbols.KnownValues is { } attribute
            && conversion.OperatorMethod is { Parameters.Length: 1 } method
            && method.Parameters[0].Type.SpecialType == SpecialType.System_String
            && KnownValues(method.ContainingType, attribute) is { } known
            && !IsComparison(conversion))
        {
            CheckKnown(context, conversion.Operand, method.ContainingType, known);
        }
    }

    // Comparing with a value this SDK does not know yet is what forward compatibility is for: nothing is sent.
    private static bool IsComparison(IConversionOperation conversion)
    {
        var parent = conversion.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } => true,
            IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Equals" } } => true,
            _ => false,
        };
    }

    /// <summary>A constant string passed to an enum struct's constructor, and the conditions of an initializer.</summary>
    public static void CheckCreation(OperationAnalysisContext context, MetadataSymbols symbols, IObjectCreationOperation creation)
    {
        if (symbols.KnownValues is { } attribute
            && creation.Constructor is { Parameters.Length: 1 } constructor
            && constructor.Parameters[0].Type.SpecialType == SpecialType.System_String
            && creation.Arguments.Length == 1
            && KnownValues(constructor.ContainingType, attribute) is { } known)
        {
            CheckKnown(context, creation.Arguments[0].Value, constructor.ContainingType, known);
        }

        if (symbols.RequiredWhen is { } requiredWhen && creation.Initializer is { } initializer && creation.Type is INamedTypeSymbol type)
        {
            CheckConditions(context, symbols, requiredWhen, type, initializer);
        }
    }

    private static void CheckKnown(OperationAnalysisContext context, IOperation value, ITypeSymbol type, List<string> known)
    {
        if (ConstantValues.TryGet(value, out var constant) && constant.Value is string text && !known.Contains(text, StringComparer.Ordinal))
        {
            var list = known.Count == 0 ? "none" : string.Join(", ", known.Select(v => $"'{v}'"));
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.BrokenLimit,
                constant.Location,
                $"'{text}' is not a {type.Name} value CometChat documents (known values: {list})"));
        }
    }

    private static List<string>? KnownValues(ITypeSymbol? type, INamedTypeSymbol attribute)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        if (type is null
            || MetadataSymbols.Find(type, attribute) is not { ConstructorArguments.Length: 1 } data
            || data.ConstructorArguments[0] is not { Kind: TypedConstantKind.Array, IsNull: false })
        {
            return null;
        }

        var values = new List<string>();
        foreach (var item in data.ConstructorArguments[0].Values)
        {
            if (item.Value is string text)
            {
                values.Add(text);
            }
        }

        return values;
    }

    private static void CheckConditions(
        OperationAnalysisContext context,
        MetadataSymbols symbols,
        INamedTypeSymbol requiredWhen,
        INamedTypeSymbol type,
        IObjectOrCollectionInitializerOperation initializer)
    {
        // Only plain `Name = value` members count; anything else (nested initializers, errors) is left alone.
        var assigned = new Dictionary<string, IOperation>(StringComparer.Ordinal);
        foreach (var member in initializer.Initializers)
        {
            if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } property } } assignment)
            {
                assigned[property.Name] = assignment.Value;
            }
        }

        if (assigned.Count == 0)
        {
            return;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is not IPropertySymbol dependent)
                {
                    continue;
                }

                foreach (var data in dependent.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, requiredWhen)
                        && data.ConstructorArguments.Length == 2
                        && data.ConstructorArguments[0].Value is string conditionName
                        && data.ConstructorArguments[1].Value is string wanted
                        && assigned.TryGetValue(conditionName, out var conditionValue)
                        && ConditionText(conditionValue, symbols.KnownValues) is { } actual)
                    {
                        CheckCondition(context, type, dependent.Name, assigned, conditionName, conditionValue, actual, wanted);
                    }
                }
            }
        }
    }

    private static void CheckCondition(
        OperationAnalysisContext context,
        INamedTypeSymbol type,
        string dependentName,
        Dictionary<string, IOperation> assigned,
        string conditionName,
        IOperation conditionValue,
        string actual,
        string wanted)
    {
        assigned.TryGetValue(dependentName, out var dependentValue);
        var empty = dependentValue is not null
            && ConstantValues.TryGet(dependentValue, out var constant)
            && constant.Value is null or "";

        if (string.Equals(actual, wanted, StringComparison.Ordinal))
        {
            if (dependentValue is null)
            {
                Report(context, conditionValue, $"{type.Name}.{conditionName} is '{actual}' but {dependentName} is not set; CometChat needs {dependentName} when {conditionName} is '{wanted}'");
            }
            else if (empty)
            {
                Report(context, dependentValue, $"{type.Name}.{dependentName} is empty; CometChat needs it when {conditionName} is '{wanted}'");
            }
        }
        else if (dependentValue is not null && !empty)
        {
            Report(context, dependentValue, $"{type.Name}.{dependentName} is set but {conditionName} is '{actual}'; CometChat uses {dependentName} only when {conditionName} is '{wanted}'");
        }
    }

    /// <summary>
    /// The value a condition property is given, as CometChat spells it, when it is a constant: a string, a known
    /// member of an enum struct (<c>GroupType.Password</c>) or an enum struct made from a string. Null otherwise.
    /// </summary>
    private static string? ConditionText(IOperation value, INamedTypeSymbol? knownValues)
    {
        var unwrapped = ConstantValues.Unwrap(value);
        if (unwrapped.ConstantValue is { HasValue: true, Value: string text })
        {
            return text;
        }

        if (unwrapped is IObjectCreationOperation { Arguments.Length: 1 } creation
            && ConstantValues.TryGet(creation.Arguments[0].Value, out var argument)
            && argument.Value is string created)
        {
            return created;
        }

        // The struct's static members are named after its values (`password` → Password, `on_hold` → OnHold).
        if (knownValues is not null
            && unwrapped is IPropertyReferenceOperation { Property: { IsStatic: true } member }
            && SymbolEqualityComparer.Default.Equals(member.Type, member.ContainingType)
            && KnownValues(member.ContainingType, knownValues) is { } known)
        {
            var name = Letters(member.Name);
            var matches = known.Where(v => string.Equals(Letters(v), name, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
            return matches.Count == 1 ? matches[0] : null;
        }

        return null;
    }

    private static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).ToArray());

    private static void Report(OperationAnalysisContext context, IOperation at, string message) =>
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.BrokenLimit, ConstantValues.Unwrap(at).Syntax.GetLocation(), message));
}
