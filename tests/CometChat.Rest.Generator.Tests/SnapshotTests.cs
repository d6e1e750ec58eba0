using System.Linq;
using System.Text.RegularExpressions;
using CometChat.Rest.Generator.Tests.Infrastructure;

namespace CometChat.Rest.Generator.Tests;

/// <summary>
/// Files generated from the repository's spec, compared with their committed snapshots: every client, the root
/// client, the error codes and the resolver, plus models chosen to cover each shape the model emitter knows.
/// The other models come out of the same code paths; they are compiled (CompilationTests) and exercised on the
/// wire (CometChat.Rest.Tests), so snapshotting hundreds of them would only add review noise.
/// </summary>
public class SnapshotTests
{
    private static readonly string[] s_models =
    [
        "User", // plain model: required, nullable, unix-time, JsonObject, list and enum members
        "UserStatus", // forward-compatible enum
        "CreateUserRequest", // request body with client-side validation
        "AddGroupMembersRequest", // identifier lists with limits
        "AddGroupMembersResult", // maps
        "Message", // polymorphic base with a discriminator
        "StandardMessage", // derived model with its own discriminator
        "TextMessage", // sealed derived model
        "ActionMessage",
    ];

    public static TheoryData<string> HintNames() => new(RealSpec.Run.HintNames.Where(IsSnapshotted).Order(System.StringComparer.Ordinal));

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
        var expected = RealSpec.Run.HintNames.Where(IsSnapshotted).Select(SnapshotName).ToHashSet();
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

    private static bool IsSnapshotted(string hintName)
    {
        var name = SnapshotName(hintName);
        return !name.StartsWith("Models.", System.StringComparison.Ordinal) || s_models.Contains(name["Models.".Length..]);
    }

    /// <summary>So that a version bump does not touch every snapshot.</summary>
    private static string ScrubVersion(string source) =>
        Regex.Replace(source, @"\[GeneratedCode\(""CometChat\.Rest\.Generator"", ""[^""]*""\)\]", "[GeneratedCode(\"CometChat.Rest.Generator\", \"{version}\")]");

    /// <summary><c>Snapshot.Client.Models.User.g.cs</c> → <c>Models.User</c>.</summary>
    private static string SnapshotName(string hintName) =>
        hintName[(GeneratorHarness.Namespace.Length + 1)..^".g.cs".Length];
}
