using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CometChat.Rest.Testing;

namespace CometChat.Rest.Generator.Tests.Infrastructure;

/// <summary>
/// Compares text with a committed <c>Snapshots/&lt;name&gt;.verified.cs</c> in this test project.
/// A mismatch writes <c>&lt;name&gt;.received.cs</c> beside it; <c>COMETCHAT_ACCEPT_SNAPSHOTS=1</c> accepts the new text.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "COMETCHAT_ACCEPT_SNAPSHOTS";
    private const string VerifiedSuffix = ".verified.cs";
    private const string ReceivedSuffix = ".received.cs";
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    public static string SnapshotDirectory { get; } =
        Path.Combine(RepositoryPaths.TestProject("CometChat.Rest.Generator.Tests"), "Snapshots");

    /// <summary>The names of the committed snapshots.</summary>
    public static IReadOnlyList<string> VerifiedNames(string directory) =>
        Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*" + VerifiedSuffix)
                .Select(path => Path.GetFileName(path)[..^VerifiedSuffix.Length])
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    public static void Delete(string directory, string name) => File.Delete(Path.Combine(directory, name + VerifiedSuffix));

    public static void Match(string name, string actual)
    {
        var directory = SnapshotDirectory;
        var verified = Path.Combine(directory, name + VerifiedSuffix);
        var received = Path.Combine(directory, name + ReceivedSuffix);
        actual = Normalize(actual);

        if (Accepting)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verified, actual, s_utf8);
            File.Delete(received);
            return;
        }

        if (!File.Exists(verified))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(received, actual, s_utf8);
            Assert.Fail($"No snapshot {name}{VerifiedSuffix}; wrote {received}. Review it, then run with {AcceptVariable}=1 to accept.");
        }

        var expected = Normalize(File.ReadAllText(verified));
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual, s_utf8);
        Assert.Fail($"{name} differs from its snapshot; wrote {received}.{Environment.NewLine}{FirstDifference(expected, actual)}");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (e != a)
            {
                return $"First difference at line {i + 1}:{Environment.NewLine}  verified: {e}{Environment.NewLine}  received: {a}";
            }
        }

        return "The texts differ only in line endings.";
    }
}
