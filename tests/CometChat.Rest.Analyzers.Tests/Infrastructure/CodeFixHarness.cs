using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace CometChat.Rest.Analyzers.Tests.Infrastructure;

/// <summary>
/// Applies a code fix the way the IDE does: the snippet goes into an <see cref="AdhocWorkspace"/>, the analyzers
/// report, the fix registers its action for the marked diagnostic, and the changed document is compared with the
/// expected text.
/// </summary>
internal static class CodeFixHarness
{
    public static async Task VerifyAsync(CodeFixProvider fix, string markup, string expected, string? expectedTitle = null)
    {
        using var workspace = new AdhocWorkspace();
        var (document, actions) = await RegisterAsync(workspace, fix, markup);
        var action = Assert.Single(actions);
        if (expectedTitle is not null)
        {
            Assert.Equal(expectedTitle, action.Title);
        }

        var operation = Assert.Single((await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>());
        var fixedText = await operation.ChangedSolution.GetDocument(document.Id)!.GetTextAsync();
        Assert.Equal(AnalyzerHarness.Usings + expected, fixedText.ToString());
    }

    /// <summary>Checks that the fix offers nothing for the marked diagnostic.</summary>
    public static async Task VerifyNoFixAsync(CodeFixProvider fix, string markup)
    {
        using var workspace = new AdhocWorkspace();
        var (_, actions) = await RegisterAsync(workspace, fix, markup);
        Assert.Empty(actions);
    }

    /// <summary>Puts the snippet in the workspace, finds the marked diagnostic and collects the fix's actions for it.</summary>
    private static async Task<(Document Document, List<CodeAction> Actions)> RegisterAsync(AdhocWorkspace workspace, CodeFixProvider fix, string markup)
    {
        var (source, marked) = Markup.Parse(AnalyzerHarness.Usings + markup);
        var target = Assert.Single(marked);
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Create(),
            "Snippet",
            "Snippet",
            LanguageNames.CSharp,
            compilationOptions: AnalyzerHarness.CompilationOptions,
            parseOptions: AnalyzerHarness.ParseOptions(),
            metadataReferences: AnalyzerHarness.References));
        var document = workspace.AddDocument(project.Id, "Snippet.cs", SourceText.From(source));

        var diagnostics = await AnalyzerHarness.RunAsync((await document.Project.GetCompilationAsync())!);
        var diagnostic = Assert.Single(diagnostics, d => d.Id == target.Id && d.Location.SourceSpan == target.Span);

        var actions = new List<CodeAction>();
        await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return (document, actions);
    }
}
