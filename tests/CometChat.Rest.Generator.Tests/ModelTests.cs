using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using CometChat.Rest.Generator.Parsing;
using CometChat.Rest.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CometChat.Rest.Generator.Tests;

/// <summary>The pipeline's models must compare by value and hold nothing that roots a compilation.</summary>
public class ModelTests
{
    private static ParseResult Parse(string spec) =>
        SpecParser.Parse(new SpecInput(GeneratorHarness.SpecPath, GeneratorHarness.Namespace, spec), CancellationToken.None);

    [Fact]
    public void ParsingTheSameSpecTwiceGivesEqualModels()
    {
        var first = Parse(RealSpec.Text);
        var second = Parse(RealSpec.Text);

        Assert.NotSame(first.Model, second.Model);
        Assert.Equal(first.Model, second.Model);
        Assert.Equal(first.Model.GetHashCode(), second.Model.GetHashCode());
        Assert.Equal(first, second);
        Assert.Empty(first.Diagnostics);
    }

    [Fact]
    public void ParsingTheSameBrokenSpecTwiceGivesEqualDiagnostics()
    {
        const string spec = """{ "openapi": "3.0.3", "info": { "title": "t", "version": "1" }, "paths": { "/a/{id}": { "get": { "operationId": "get-a" } } } }""";

        var first = Parse(spec);
        var second = Parse(spec);

        Assert.NotEmpty(first.Diagnostics);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(first.Diagnostics.GetHashCode(), second.Diagnostics.GetHashCode());
    }

    [Fact]
    public void ADifferentDescriptionGivesADifferentModel()
    {
        var edited = SpecEdit.ReplaceAfter(RealSpec.Text, "\"ApiKey\": {", "\"An API key of the app.\"", "\"Changed.\"");

        Assert.NotEqual(Parse(RealSpec.Text).Model, Parse(edited).Model);
    }

    [Fact]
    public void ModelHoldsNoSymbolsSyntaxLocationsOrCompilations()
    {
        // After dotnet/runtime's SourceGenModelDoesNotEncapsulateSymbolsOrCompilationData: a model that kept any
        // of these would keep whole compilations alive in the generator cache, and never compare equal.
        var broken = Parse("""{ "openapi": "3.0.3", "paths": { "/a/{id}": { "get": { "operationId": "get-a" } } } }""");
        var results = new object[] { Parse(RealSpec.Text), broken };

        var offenders = new List<string>();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Walk(results, "results", visited, offenders);

        Assert.Empty(offenders);
        Assert.True(visited.Count > 500, $"The walk saw only {visited.Count} objects.");
    }

    private static readonly Type[] s_forbidden =
    [
        typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(Compilation),
        typeof(SemanticModel), typeof(AdditionalText), typeof(Diagnostic),
    ];

    private static void Walk(object? value, string path, HashSet<object> visited, List<string> offenders)
    {
        if (value is null or string or Type || value.GetType().IsPrimitive || value.GetType().IsEnum || value is Delegate)
        {
            return;
        }

        var type = value.GetType();
        if (s_forbidden.Any(forbidden => forbidden.IsAssignableFrom(type)) || type == typeof(SyntaxToken) || type == typeof(SyntaxTrivia))
        {
            offenders.Add($"{path}: {type.FullName}");
            return;
        }

        if (!type.IsValueType && !visited.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{i++}]", visited, offenders);
            }
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (!field.FieldType.IsPointer && !field.FieldType.IsByRefLike)
                {
                    Walk(field.GetValue(value), $"{path}.{field.Name}", visited, offenders);
                }
            }
        }
    }
}
