using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace CometChat.Rest.Generator.Tests.Infrastructure;

/// <summary>Where the repository, the spec and this test project are on disk.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(() => FindUp(ProjectDirectory(), "Generated.sln")
        ?? throw new InvalidOperationException("No Generated.sln above " + ProjectDirectory()));

    public static string Root => s_root.Value;

    public static string SpecFile => Path.Combine(Root, "spec", "cometchat.openapi.json");

    public static string ReadSpec() => File.ReadAllText(SpecFile);

    /// <summary>The folder of this test project's sources.</summary>
    /// <remarks>
    /// From the compile-time path of this file; when a path map (CI builds) hides it, from the output folder
    /// (<c>bin/Debug/net10.0</c>) instead.
    /// </remarks>
    public static string ProjectDirectory([CallerFilePath] string thisFile = "")
    {
        var infrastructure = Path.GetDirectoryName(thisFile);
        if (infrastructure is not null && Directory.Exists(infrastructure))
        {
            return Path.GetDirectoryName(infrastructure)!;
        }

        return FindUp(AppContext.BaseDirectory, "CometChat.Rest.Generator.Tests.csproj")
            ?? throw new InvalidOperationException("Cannot find the test project folder from " + AppContext.BaseDirectory);
    }

    /// <summary>The directory of the caller's source file, or the project folder when that path is not on disk.</summary>
    public static string SourceDirectory(string callerFilePath)
    {
        var directory = Path.GetDirectoryName(callerFilePath);
        return directory is not null && Directory.Exists(directory) ? directory : ProjectDirectory();
    }

    private static string? FindUp(string start, string fileName)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, fileName)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
