using System.Linq;
using CometChat.Rest.Generator.Model;
using CometChat.Rest.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static CometChat.Rest.Generator.CometChatGenerator;

namespace CometChat.Rest.Generator.Tests;

/// <summary>Runs one driver twice and checks, step by step, that only what changed is produced again.</summary>
public class IncrementalityTests
{
    private static readonly string[] s_allSteps =
    [
        StepNames.SpecFiles, StepNames.Parse, StepNames.Diagnostics, StepNames.Models,
        StepNames.Enums, StepNames.Groups, StepNames.Root, StepNames.ErrorCodes,
    ];

    [Fact]
    public void FirstRunTracksEveryStep()
    {
        var run = GeneratorHarness.Run(RealSpec.Text);

        foreach (var step in s_allSteps)
        {
            Assert.All(StepAssert.Outputs(run, step), output => Assert.Equal(IncrementalStepRunReason.New, output.Reason));
        }
    }

    [Fact]
    public void AddingUnrelatedCSharpChangesNothing()
    {
        var first = GeneratorHarness.Run(RealSpec.Text);

        var edited = first.Input.AddSyntaxTrees(GeneratorHarness.Parse("namespace App; internal static class Unrelated { }"));
        var second = first.Next(edited);

        foreach (var step in s_allSteps)
        {
            StepAssert.AllCachedOrUnchanged(second, step);
        }

        Assert.Equal(first.HintNames, second.HintNames);
    }

    [Fact]
    public void ReplacingTheSpecWithIdenticalTextReEmitsNothing()
    {
        var first = GeneratorHarness.Run(RealSpec.Text);

        var second = first.NextWithSpec(RealSpec.Text);

        // The file is new, but what it says is not: the spec input compares equal, so nothing downstream runs again.
        foreach (var step in s_allSteps)
        {
            StepAssert.AllCachedOrUnchanged(second, step);
        }

        Assert.Equal(first.HintNames, second.HintNames);
    }

    [Fact]
    public void EditingOneSchemaReEmitsOnlyThatModel()
    {
        var edited = SpecEdit.ReplaceAfter(RealSpec.Text, "\"ApiKey\": {", "\"An API key of the app.\"", "\"An API key of the app, edited.\"");

        var second = RunTwice(RealSpec.Text, edited);

        Assert.Equal(IncrementalStepRunReason.Modified, StepAssert.Outputs(second, StepNames.Parse).Single().Reason);
        var models = StepAssert.Outputs(second, StepNames.Models);
        var modified = models.Where(m => m.Reason == IncrementalStepRunReason.Modified).Select(m => ((ModelSpec)m.Value).Name);
        Assert.Equal(["ApiKey"], modified);
        Assert.All(models.Where(m => ((ModelSpec)m.Value).Name != "ApiKey"), m => Assert.True(
            m.Reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, StepAssert.Describe(m.Value) + " was " + m.Reason));

        foreach (var step in new[] { StepNames.Enums, StepNames.Groups, StepNames.Root, StepNames.ErrorCodes, StepNames.Diagnostics })
        {
            StepAssert.AllCachedOrUnchanged(second, step);
        }

        Assert.Contains("/// <summary>An API key of the app, edited.</summary>", second.Source("Snapshot.Client.Models.ApiKey.g.cs"));
    }

    [Fact]
    public void EditingOneOperationReEmitsOnlyItsGroup()
    {
        var edited = SpecEdit.ReplaceAfter(RealSpec.Text, "\"/users/{uid}\": {", "\"summary\": \"Get a user\"", "\"summary\": \"Get one user\"");

        var second = RunTwice(RealSpec.Text, edited);

        Assert.Equal(IncrementalStepRunReason.Modified, StepAssert.ReasonOf<GroupSpec>(second, StepNames.Groups, g => g.Name == "Users"));
        Assert.Equal(IncrementalStepRunReason.Unchanged, StepAssert.ReasonOf<GroupSpec>(second, StepNames.Groups, g => g.Name == "AuthTokens"));
        Assert.Equal(IncrementalStepRunReason.Unchanged, StepAssert.ReasonOf<GroupSpec>(second, StepNames.Groups, g => g.Name == "ApiKeys"));

        foreach (var step in new[] { StepNames.Models, StepNames.Enums, StepNames.Root, StepNames.ErrorCodes, StepNames.Diagnostics })
        {
            StepAssert.AllCachedOrUnchanged(second, step);
        }

        Assert.Contains("/// <summary>Get one user.</summary>", second.Source("Snapshot.Client.UsersClient.g.cs"));
    }

    [Fact]
    public void ANewDiagnosticReEmitsNoSource()
    {
        // An invalid x-cometchat-identifier is reported and ignored: the model it sits in does not change.
        var edited = SpecEdit.ReplaceAfter(
            RealSpec.Text, "\"ApiKey\": {", "\"description\": \"Friendly name of the key.\"", "\"description\": \"Friendly name of the key.\", \"x-cometchat-identifier\": \"email\"");

        var second = RunTwice(RealSpec.Text, edited);

        Assert.Equal(IncrementalStepRunReason.Modified, StepAssert.Outputs(second, StepNames.Diagnostics).Single().Reason);
        Assert.Equal("CCG0007", Assert.Single(second.Diagnostics).Id);
        foreach (var step in new[] { StepNames.Models, StepNames.Enums, StepNames.Groups, StepNames.Root, StepNames.ErrorCodes })
        {
            StepAssert.AllCachedOrUnchanged(second, step);
        }
    }

    /// <summary>Runs the generator over <paramref name="before"/>, then the same driver over <paramref name="after"/>.</summary>
    private static GeneratorRun RunTwice(string before, string after) => GeneratorHarness.Run(before).NextWithSpec(after);
}
