using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace CometChat.Rest.Generator.Tests.Infrastructure;

/// <summary>Reads the output reasons of tracked pipeline steps.</summary>
internal static class StepAssert
{
    /// <summary>Every output of one tracked step, with why it was produced.</summary>
    public static IReadOnlyList<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRun run, string stepName)
    {
        Assert.True(run.Generator.TrackedSteps.TryGetValue(stepName, out var steps), $"Step {stepName} was not tracked.");
        return steps.SelectMany(step => step.Outputs).ToList();
    }

    /// <summary>The reason of the output whose value matches.</summary>
    public static IncrementalStepRunReason ReasonOf<T>(GeneratorRun run, string stepName, Func<T, bool> match) =>
        Assert.Single(Outputs(run, stepName), output => output.Value is T value && match(value)).Reason;

    public static void AllCachedOrUnchanged(GeneratorRun run, string stepName)
    {
        var outputs = Outputs(run, stepName);
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.True(
            output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"{stepName}: {Describe(output.Value)} was {output.Reason}."));
    }

    public static string Describe(object value) => value switch
    {
        Model.ModelSpec model => "model " + model.Name,
        Model.EnumSpec spec => "enum " + spec.Name,
        Model.GroupSpec group => "group " + group.Name,
        _ => value.GetType().Name,
    };
}
