using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using CometChat.Rest.Testing;

namespace CometChat.Rest.Package.Tests;

/// <summary>What the package holds, and that packing is reproducible.</summary>
[Trait("Category", "Package")]
public sealed class PackageContentsTests
{
    [Fact]
    public async Task Package_HoldsTheLibraryTheCompilerComponentsAndTheProps()
    {
        var feed = await PackageFeed.GetAsync();
        using var package = ZipFile.OpenRead(feed.PackagePath);
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        string[] expected =
        [
            "lib/net8.0/CometChat.Rest.dll",
            "lib/net8.0/CometChat.Rest.xml",
            "lib/net10.0/CometChat.Rest.dll",
            "lib/net10.0/CometChat.Rest.xml",
            "analyzers/dotnet/cs/CometChat.Rest.Generator.dll",
            "analyzers/dotnet/cs/CometChat.Rest.Analyzers.dll",
            "analyzers/dotnet/cs/System.Text.Json.dll",
            "analyzers/dotnet/cs/System.Text.Encodings.Web.dll",
            "analyzers/dotnet/cs/Microsoft.Bcl.AsyncInterfaces.dll",
            "analyzers/dotnet/roslyn4.14/cs/CometChat.Rest.CodeFixes.dll",
            "build/CometChat.Rest.props",
            "buildTransitive/CometChat.Rest.props",
            "README.md",
        ];
        Assert.All(expected, name => Assert.Contains(name, entries));

        // The compiler hosts bring these themselves; a second copy beside the generator could only conflict.
        Assert.DoesNotContain(entries, e => e.EndsWith("/Microsoft.CodeAnalysis.dll", StringComparison.Ordinal) || e.EndsWith("/System.Memory.dll", StringComparison.Ordinal));

        var props = await ReadEntryAsync(package, "build/CometChat.Rest.props");
        Assert.Equal(props, await ReadEntryAsync(package, "buildTransitive/CometChat.Rest.props"));
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "CometChat.Rest", "build", "CometChat.Rest.props")), props);
        foreach (var name in new[] { "CometChatSpec", "CometChatNamespace", "CometChatClientSide" })
        {
            Assert.Contains($"\"{name}\"", props, StringComparison.Ordinal);
        }

        // What is packed is what was just built.
        foreach (var tfm in new[] { "net8.0", "net10.0" })
        {
            var built = Path.Combine(RepositoryPaths.Root, "src", "CometChat.Rest", "bin", feed.Configuration, tfm, "CometChat.Rest.dll");
            Assert.Equal(await File.ReadAllBytesAsync(built), await ReadBytesAsync(package, $"lib/{tfm}/CometChat.Rest.dll"));
        }
    }

    [Fact]
    public async Task Nuspec_HasTheMetadataAndOnlyTheRuntimeDependencies()
    {
        var feed = await PackageFeed.GetAsync();
        using var package = ZipFile.OpenRead(feed.PackagePath);
        var nuspec = XDocument.Parse(await ReadEntryAsync(package, "CometChat.Rest.nuspec"));
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("CometChat.Rest", Value("id"));
        Assert.Equal(feed.Version, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("description")));
        Assert.Contains("cometchat", Value("tags"), StringComparison.Ordinal);
        Assert.StartsWith("https://", Value("projectUrl"), StringComparison.Ordinal);
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.StartsWith("https://", repository.Attribute("url")?.Value, StringComparison.Ordinal);

        // The generator, analyzers and code fixes ship inside the package, never as package dependencies; the
        // library itself needs Polly (retries) and the Microsoft.Extensions abstractions behind AddCometChat.
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                "Microsoft.Extensions.Configuration.Abstractions",
                "Microsoft.Extensions.Http",
                "Microsoft.Extensions.Logging.Abstractions",
                "Microsoft.Extensions.Options",
                "Polly.Core",
            ],
            dependencies);
        var groups = metadata.Descendants().Where(e => e.Name.LocalName == "group").Select(e => e.Attribute("targetFramework")!.Value).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["net10.0", "net8.0"], groups);

        using var symbols = ZipFile.OpenRead(feed.SymbolsPackagePath);
        Assert.Contains(symbols.Entries, e => e.FullName == "lib/net8.0/CometChat.Rest.pdb");
        Assert.Contains(symbols.Entries, e => e.FullName == "lib/net10.0/CometChat.Rest.pdb");
    }

    [Fact]
    public async Task PackingAgain_GivesIdenticalBytes()
    {
        var feed = await PackageFeed.GetAsync();
        var second = Path.Combine(feed.Root, "feed-again");
        var pack = await DotNet.RunAsync(
            RepositoryPaths.Root,
            null,
            "pack", Path.Combine(RepositoryPaths.Root, "src", "CometChat.Rest", "CometChat.Rest.csproj"),
            "-c", feed.Configuration, "-o", second, "--no-build", "-nodeReuse:false");
        Assert.True(pack.Succeeded, pack.ToString());

        Assert.Equal(await File.ReadAllBytesAsync(feed.PackagePath), await File.ReadAllBytesAsync(Path.Combine(second, Path.GetFileName(feed.PackagePath))));
        Assert.Equal(await File.ReadAllBytesAsync(feed.SymbolsPackagePath), await File.ReadAllBytesAsync(Path.Combine(second, Path.GetFileName(feed.SymbolsPackagePath))));
    }

    private static async Task<string> ReadEntryAsync(ZipArchive package, string name)
    {
        using var reader = new StreamReader(package.GetEntry(name)!.Open());
        return await reader.ReadToEndAsync();
    }

    private static async Task<byte[]> ReadBytesAsync(ZipArchive package, string name)
    {
        using var stream = package.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
