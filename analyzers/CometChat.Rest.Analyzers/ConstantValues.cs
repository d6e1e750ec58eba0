using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CometChat.Rest.Analyzers;

/// <summary>A value known at compile time and where it was written.</summary>
internal readonly struct ConstantValue
{
    public ConstantValue(object? value, Location location)
    {
        Value = value;
        Location = location;
    }

    public object? Value { get; }

    public Location Location { get; }
}

/// <summary>Finds the constants an operation supplies: a single value, or the items of a literal collection.</summary>
internal static class ConstantValues
{
    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { Operand: { } operand })
        {
            operation = operand;
        }

        return operation;
    }

    public static bool TryGet(IOperation operation, out ConstantValue constant)
    {
        var value = Unwrap(operation);
        if (value.ConstantValue.HasValue)
        {
            constant = new ConstantValue(value.ConstantValue.Value, value.Syntax.GetLocation());
            return true;
        }

        constant = default;
        return false;
    }

    /// <summary>
    /// The items of an array, collection initializer or collection expression written in place, with whether the
    /// count is known (a spread element makes it unknown). Null when the value is not such a literal.
    /// </summary>
    public static List<IOperation?>? Items(IOperation operation, out bool countKnown, out List<ExpressionSyntax> syntaxItems)
    {
        countKnown = true;
        syntaxItems = new List<ExpressionSyntax>();
        var value = Unwrap(operation);
        switch (value)
        {
            case IArrayCreationOperation { Initializer: { } initializer }:
                return new List<IOperation?>(initializer.ElementValues);

            case IObjectCreationOperation { Initializer: { } initializer }:
            {
                var items = new List<IOperation?>();
                foreach (var element in initializer.Initializers)
                {
                    if (element is IInvocationOperation { Arguments.Length: 1 } add)
                    {
                        items.Add(add.Arguments[0].Value);
                    }
                    else
                    {
                        countKnown = false;
                    }
                }

                return items;
            }
        }

        // Roslyn 4.8 has no operation for C# 12 collection expressions: read them from syntax.
        if (value.Syntax is CollectionExpressionSyntax collection)
        {
            var items = new List<IOperation?>();
            foreach (var element in collection.Elements)
            {
                if (element is ExpressionElementSyntax expression)
                {
                    items.Add(null);
                    syntaxItems.Add(expression.Expression);
                }
                else
                {
                    countKnown = false;
                }
            }

            return items;
        }

        return null;
    }

    /// <summary>The constant items of a literal collection, from operations or from syntax.</summary>
    public static IEnumerable<ConstantValue> ConstantItems(IOperation operation)
    {
        var items = Items(operation, out _, out var syntaxItems);
        if (items is null)
        {
            yield break;
        }

        foreach (var item in items)
        {
            if (item is not null && TryGet(item, out var constant))
            {
                yield return constant;
            }
        }

        var model = operation.SemanticModel;
        if (model is null)
        {
            yield break;
        }

        foreach (var syntax in syntaxItems)
        {
            var value = model.GetConstantValue(syntax);
            if (value.HasValue)
            {
                yield return new ConstantValue(value.Value, syntax.GetLocation());
            }
        }
    }
}
