using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CometChat.Rest.Testing;

namespace CometChat.Rest.Package.Tests;

/// <summary>
/// The package, packed once per test run from the working tree into a temporary feed, and a folder of consumer
/// projects that restore it from there.
/// </summary>
/// <remarks>
/// Shared by every test class through <see cref="GetAsync"/> rather than an xunit fixture, so that the classes
/// still run in parallel. Everything lives in one temporary folder, deleted when the test process exits:
/// nothing depends on earlier runs, and the machine's package cache never sees this package.
/// </remarks>
internal sealed class PackageFeed
{
    public const string PackageId = "CometChat.Rest";

    private static readonly Lazy<Task<PackageFeed>> s_instance = new(CreateAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    private int _consumerCount;

    private PackageFeed(string root, string configuration, string packagePath, string version, CommandResult pack)
    {
        Root = root;
        Configuration = configuration;
        PackagePath = packagePath;
        Version = version;
        Pack = pack;
    }

    /// <summary>The temporary folder holding the feed, the package cache and the consumers.</summary>
    public string Root { get; }

    /// <summary>The configuration the tests were built in, and the package was packed in.</summary>
    public string Configuration { get; }

    public string FeedDirectory => Path.Combine(Root, "feed");

    public string PackagePath { get; }

    public string SymbolsPackagePath => Path.ChangeExtension(PackagePath, ".snupkg");

    public string Version { get; }

    /// <summary>The <c>dotnet pack</c> run, for messages.</summary>
    public CommandResult Pack { get; }

    /// <summary>Where consumers' restores extract packages: not the machine's cache, which may hold an older build.</summary>
    public string PackagesDirectory => Path.Combine(Root, "packages");

    public string ConsumersDirectory => Path.Combine(Root, "consumers");

    /// <summary>Environment for consumer builds.</summary>
    public IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = PackagesDirectory,
    };

    /// <summary>Set COMETCHAT_KEEP_PACKAGE_TESTS=1 to keep the feed and the consumer projects for a look.</summary>
    public static bool KeepFiles => Environment.GetEnvironmentVariable("COMETCHAT_KEEP_PACKAGE_TESTS") == "1";

    public static Task<PackageFeed> GetAsync() => s_instance.Value;

    /// <summary>A new, empty consumer project folder.</summary>
    public ConsumerProject CreateConsumer(string name)
    {
        var directory = Path.Combine(ConsumersDirectory, $"{name}{Interlocked.Increment(ref _consumerCount)}");
        Directory.CreateDirectory(directory);
        return new ConsumerProject(this, name, directory);
    }

    private static async Task<PackageFeed> CreateAsync()
    {
        var parent = Path.Combine(Path.GetTempPath(), "cometchat-package-tests");
        var root = Path.Combine(parent, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        if (!KeepFiles)
        {
            // The test host may be stopped before an exit handler finishes, so runs also sweep up after
            // earlier ones; an hour is far longer than a run, so a run going on in parallel keeps its folder.
            foreach (var old in Directory.GetDirectories(parent))
            {
                if (old != root && Directory.GetLastWriteTimeUtc(old) < DateTime.UtcNow.AddHours(-1))
                {
                    TryDelete(old);
                }
            }

            AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);
        }

        var configuration = typeof(PackageFeed).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var feed = Path.Combine(root, "feed");

        // A normal (incremental) pack: after `dotnet build` it only zips what is built; run alone it builds first.
        var pack = await DotNet.RunAsync(
            RepositoryPaths.Root,
            null,
            "pack", Path.Combine(RepositoryPaths.Root, "src", "CometChat.Rest", "CometChat.Rest.csproj"),
            "-c", configuration, "-o", feed, "-nodeReuse:false");
        if (!pack.Succeeded)
        {
            throw new InvalidOperationException("Packing src/CometChat.Rest failed.\n" + pack);
        }

        var packagePath = Directory.GetFiles(feed, PackageId + ".*.nupkg").Single();
        var version = Path.GetFileNameWithoutExtension(packagePath)[(PackageId.Length + 1)..];

        var result = new PackageFeed(root, configuration, packagePath, version, pack);
        await result.WriteConsumerRootAsync();
        return result;
    }

    /// <summary>
    /// Files above every consumer: a NuGet.config that takes this package from the feed only and everything else
    /// from the sources the repository is configured with, and Directory.Build files of our own so that nothing of
    /// the temp folder's parents leaks in.
    /// </summary>
    private async Task WriteConsumerRootAsync()
    {
        Directory.CreateDirectory(ConsumersDirectory);
        Directory.CreateDirectory(PackagesDirectory);

        var upstream = await UpstreamSourcesAsync();
        var config = new StringBuilder();
        config.AppendLine("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        config.AppendLine("<configuration>");
        config.AppendLine("  <packageSources>");
        config.AppendLine("    <clear />");
        config.AppendLine(CultureInfo.InvariantCulture, $"    <add key=\"cometchat-under-test\" value=\"{SecurityElement.Escape(FeedDirectory)}\" />");
        for (var i = 0; i < upstream.Count; i++)
        {
            config.AppendLine(CultureInfo.InvariantCulture, $"    <add key=\"upstream{i}\" value=\"{SecurityElement.Escape(upstream[i])}\" />");
        }

        config.AppendLine("  </packageSources>");
        config.AppendLine("  <packageSourceMapping>");
        config.AppendLine(CultureInfo.InvariantCulture, $"    <packageSource key=\"cometchat-under-test\"><package pattern=\"{PackageId}\" /></packageSource>");
        for (var i = 0; i < upstream.Count; i++)
        {
            config.AppendLine(CultureInfo.InvariantCulture, $"    <packageSource key=\"upstream{i}\"><package pattern=\"*\" /></packageSource>");
        }

        config.AppendLine("  </packageSourceMapping>");

        // The machine's package cache, read-only, saves downloading Polly.Core and the targeting packs again;
        // it is left out if it ever got a copy of this package, which would win over the feed.
        var machineCache = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (string.IsNullOrEmpty(machineCache))
        {
            machineCache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        }

        if (Directory.Exists(machineCache) && !Directory.Exists(Path.Combine(machineCache, PackageId.ToLowerInvariant())))
        {
            config.AppendLine("  <fallbackPackageFolders>");
            config.AppendLine("    <clear />");
            config.AppendLine(CultureInfo.InvariantCulture, $"    <add key=\"machine\" value=\"{SecurityElement.Escape(machineCache)}\" />");
            config.AppendLine("  </fallbackPackageFolders>");
        }

        config.AppendLine("</configuration>");

        await File.WriteAllTextAsync(Path.Combine(ConsumersDirectory, "NuGet.config"), config.ToString());
        foreach (var name in new[] { "Directory.Build.targets", "Directory.Packages.props" })
        {
            await File.WriteAllTextAsync(Path.Combine(ConsumersDirectory, name), "<Project />\n");
        }

        // The tests judge this package, not the vulnerability feed: offline, NuGet audit would add NU1900 warnings.
        await File.WriteAllTextAsync(
            Path.Combine(ConsumersDirectory, "Directory.Build.props"),
            "<Project>\n  <PropertyGroup>\n    <NuGetAudit>false</NuGetAudit>\n  </PropertyGroup>\n</Project>\n");

        // The same SDK band as the repository.
        var globalJson = Path.Combine(RepositoryPaths.Root, "global.json");
        if (File.Exists(globalJson))
        {
            File.Copy(globalJson, Path.Combine(ConsumersDirectory, "global.json"));
        }
    }

    /// <summary>The enabled package sources as configured for the repository (`dotnet nuget list source`).</summary>
    private static async Task<IReadOnlyList<string>> UpstreamSourcesAsync()
    {
        var list = await DotNet.RunAsync(RepositoryPaths.Root, null, "nuget", "list", "source", "--format", "short");
        if (!list.Succeeded)
        {
            throw new InvalidOperationException("Could not list the configured package sources.\n" + list);
        }

        // Lines look like "E https://api.nuget.org/v3/index.json" (E enabled, D disabled).
        return list.Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("E ", StringComparison.Ordinal))
            .Select(line => line[2..].Trim())
            .ToList();
    }

    internal static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the OS cleans the temp folder eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
