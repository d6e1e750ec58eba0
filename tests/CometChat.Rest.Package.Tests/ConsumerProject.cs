using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace CometChat.Rest.Package.Tests;

/// <summary>A throwaway project that references the package, as a user's project would; disposing deletes it.</summary>
internal sealed partial class ConsumerProject : IDisposable
{
    private readonly PackageFeed _feed;

    public ConsumerProject(PackageFeed feed, string name, string directory)
    {
        _feed = feed;
        Name = name;
        Directory = directory;
    }

    public string Name { get; }

    public string Directory { get; }

    public void Dispose()
    {
        if (!PackageFeed.KeepFiles)
        {
            PackageFeed.TryDelete(Directory);
        }
    }

    /// <summary>Writes the project file: a console app referencing the package, plus the given properties and items.</summary>
    public void WriteProject(string targetFramework, string properties = "", string items = "")
    {
        WriteFile(Name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>{targetFramework}</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                <!-- Run with `dotnet app.dll`: no app host to download for net8.0. -->
                <UseAppHost>false</UseAppHost>
            {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{PackageFeed.PackageId}" Version="[{_feed.Version}]" />
            {items}
              </ItemGroup>
            </Project>
            """);
    }

    public void WriteFile(string relativePath, string text) =>
        File.WriteAllText(Path.Combine(Directory, relativePath), text.ReplaceLineEndings("\n"));

    /// <summary><c>dotnet build</c>; the first build restores, later ones pass <c>--no-restore</c>.</summary>
    public Task<CommandResult> BuildAsync(bool restore = true)
    {
        var arguments = new List<string> { "build", Name + ".csproj", "-nodeReuse:false" };
        if (!restore)
        {
            arguments.Add("--no-restore");
        }

        return DotNet.RunAsync(Directory, _feed.ConsumerEnvironment, arguments.ToArray());
    }

    /// <summary>Runs the built app with the given arguments.</summary>
    public Task<CommandResult> RunAsync(string targetFramework, params string[] arguments)
    {
        var dll = Path.Combine(Directory, "bin", "Debug", targetFramework, Name + ".dll");
        // Consumers may target net8.0: run them on whatever newer runtime the machine has.
        var environment = new Dictionary<string, string> { ["DOTNET_ROLL_FORWARD"] = "Major" };
        return DotNet.RunAsync(Directory, environment, [dll, .. arguments]);
    }

    /// <summary>The names of the files the CometChat generator added to the compilation.</summary>
    public IReadOnlyList<string> GeneratedFiles(string targetFramework)
    {
        var folder = Path.Combine(Directory, "obj", "Debug", targetFramework, "generated", "CometChat.Rest.Generator");
        return System.IO.Directory.Exists(folder)
            ? System.IO.Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
    }

    public string ReadGeneratedFile(string targetFramework, string fileName)
    {
        var folder = Path.Combine(Directory, "obj", "Debug", targetFramework, "generated", "CometChat.Rest.Generator");
        return File.ReadAllText(System.IO.Directory.GetFiles(folder, fileName, SearchOption.AllDirectories).Single());
    }

    /// <summary>The distinct diagnostics of a build, as "CCA1003" style IDs with their severity ("warning CCA1003").</summary>
    public static IReadOnlyList<string> Diagnostics(CommandResult build) =>
        DiagnosticPattern().Matches(build.Output).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}").Distinct().Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\b(warning|error) ([A-Z]+[0-9]{4}):")]
    private static partial Regex DiagnosticPattern();
}
