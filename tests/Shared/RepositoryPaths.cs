using System;
using System.IO;

namespace CometChat.Rest.Testing;

/// <summary>Where the repository and each test project are on disk.</summary>
/// <remarks>
/// Found by walking up from the test output folder (<c>tests/&lt;project&gt;/bin/&lt;configuration&gt;/net10.0</c>),
/// never from <c>[CallerFilePath]</c>: CI builds map source paths to <c>/_/</c>, which is not on disk.
/// </remarks>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(() => FindUp(AppContext.BaseDirectory, "Generated.sln"));

    /// <summary>The folder holding <c>Generated.sln</c>.</summary>
    public static string Root => s_root.Value;

    /// <summary>Our OpenAPI document.</summary>
    public static string SpecFile => Path.Combine(Root, "spec", "cometchat.openapi.json");

    /// <summary>The source folder of a test project.</summary>
    public static string TestProject(string projectName) => Path.Combine(Root, "tests", projectName);

    private static string FindUp(string start, string fileName)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, fileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No {fileName} in {start} or any folder above it.");
    }
}
