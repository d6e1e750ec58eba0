using System;
using System.IO;
using CometChat.Rest.Testing;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>
/// The library's public surface, written out as text and compared with a committed baseline, so that a spec or
/// runtime change that adds, removes or breaks public API shows up in review as a diff of
/// <c>PublicApi/CometChat.Rest.txt</c>. PublicApiAnalyzers is not in the package registry; this is the small
/// equivalent.
/// </summary>
public sealed class PublicApiTests
{
    private const string AcceptVariable = "COMETCHAT_ACCEPT_PUBLIC_API";

    [Fact]
    public void Public_api_matches_the_baseline()
    {
        var actual = PublicApiWriter.Write(typeof(CometChatClient).Assembly);
        var baseline = Path.Combine(RepositoryPaths.TestProject("CometChat.Rest.Tests"), "PublicApi", "CometChat.Rest.txt");

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(baseline)!);
            File.WriteAllText(baseline, actual);
            return;
        }

        var expected = File.Exists(baseline) ? File.ReadAllText(baseline).ReplaceLineEndings("\n") : string.Empty;
        if (expected == actual)
        {
            return;
        }

        var received = Path.ChangeExtension(baseline, ".received.txt");
        File.WriteAllText(received, actual);
        Assert.Fail(
            $"The public API changed. Review {received} against {baseline}; if the change is intended, " +
            $"run the tests with {AcceptVariable}=1 to accept it.\n{FirstDifference(expected, actual)}");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "(end)";
            var a = i < actualLines.Length ? actualLines[i] : "(end)";
            if (e != a)
            {
                return $"First difference at line {i + 1}:\n  baseline: {e}\n  actual:   {a}";
            }
        }

        return string.Empty;
    }
}
