using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>The tests answer with the spec's own examples: every operation must have one.</summary>
public sealed class SpecExampleTests
{
    [Fact]
    public void Every_operation_has_an_example() => Assert.Empty(SpecExamples.OperationsWithoutExample());
}
