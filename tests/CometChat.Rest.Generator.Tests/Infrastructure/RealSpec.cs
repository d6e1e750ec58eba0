using System;
using System.IO;
using CometChat.Rest.Testing;

namespace CometChat.Rest.Generator.Tests.Infrastructure;

/// <summary>One generator run over the repository's spec, shared by the tests that only read it.</summary>
internal static class RealSpec
{
    private static readonly Lazy<string> s_text = new(() => File.ReadAllText(RepositoryPaths.SpecFile));
    private static readonly Lazy<GeneratorRun> s_run = new(() => GeneratorHarness.Run(Text));

    public static string Text => s_text.Value;

    public static GeneratorRun Run => s_run.Value;
}
