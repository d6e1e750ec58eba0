using System.Linq;
using System.Text.RegularExpressions;
using CometChat.Rest.Generator.Tests.Infrastructure;

namespace CometChat.Rest.Generator.Tests;

/// <summary>Every file generated from the repository's spec, compared with its committed snapshot.</summary>
public class SnapshotTests
{
    public static TheoryData<string> HintNames() => new(RealSpec.Run.HintNames.Order(System.StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(HintNames))]
    public void GeneratedFileMatchesSnapshot(string hintName)
    {
        Snapshot.Match(SnapshotName(hintName), ScrubVersion(RealSpec.Run.Source(hintName)));
    }

    [Fact]
    public void GeneratedCodeAttributeNamesTheGeneratorVersion()
    {
        var version = typeof(CometChatGenerator).Assembly.GetName().Version!.ToString(3);

        Assert.Contains($"[GeneratedCode(\"CometChat.Rest.Generator\", \"{version}\")]", RealSpec.Run.Source("Snapshot.Client.UsersClient.g.cs"));
    }

    [Fact]
    public void EverySnapshotBelongsToAGeneratedFile()
    {
        var directory = Snapshot.SnapshotDirectory;
        var expected = RealSpec.Run.HintNames.Select(SnapshotName).ToHashSet();
        var orphans = Snapshot.VerifiedNames(directory).Where(name => !expected.Contains(name)).ToList();
        if (Snapshot.Accepting)
        {
            orphans.ForEach(name => Snapshot.Delete(directory, name));
            return;
        }

        Assert.Empty(orphans);
    }

    [Fact]
    public void EachModelEnumAndGroupHasItsOwnFile()
    {
        var names = RealSpec.Run.HintNames.ToHashSet();

        Assert.Contains("Snapshot.Client.CometChatClient.g.cs", names);
        Assert.Contains("Snapshot.Client.CometChatErrorCodes.g.cs", names);
        Assert.Contains("Snapshot.Client.Serialization.CometChatJsonTypeInfoResolver.g.cs", names);
        Assert.Contains("Snapshot.Client.UsersClient.g.cs", names);
        Assert.Contains("Snapshot.Client.AuthTokensClient.g.cs", names);
        Assert.Contains("Snapshot.Client.ApiKeysClient.g.cs", names);
        Assert.Contains("Snapshot.Client.Models.User.g.cs", names);
        Assert.Contains("Snapshot.Client.Models.UserStatus.g.cs", names);

        // Envelopes and runtime types produce no files of their own.
        Assert.DoesNotContain("Snapshot.Client.Models.UserResponse.g.cs", names);
        Assert.DoesNotContain("Snapshot.Client.Models.PageMeta.g.cs", names);
        Assert.DoesNotContain("Snapshot.Client.Models.ErrorResponse.g.cs", names);
    }

    /// <summary>So that a version bump does not touch every snapshot.</summary>
    private static string ScrubVersion(string source) =>
        Regex.Replace(source, @"\[GeneratedCode\(""CometChat\.Rest\.Generator"", ""[^""]*""\)\]", "[GeneratedCode(\"CometChat.Rest.Generator\", \"{version}\")]");

    /// <summary><c>Snapshot.Client.Models.User.g.cs</c> → <c>Models.User</c>.</summary>
    private static string SnapshotName(string hintName) =>
        hintName[(GeneratorHarness.Namespace.Length + 1)..^".g.cs".Length];
}
