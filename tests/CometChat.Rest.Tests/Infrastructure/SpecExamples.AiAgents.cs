using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using CometChat.Rest.Testing;

namespace CometChat.Rest.Tests.Infrastructure;

/// <summary>One AI Agents operation of the spec with its success example.</summary>
/// <param name="OperationId">The operation ID.</param>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Path">The path template.</param>
/// <param name="Example">The success example, as JSON text.</param>
/// <param name="IsEnvelope">True when the response schema is a <c>{"data": ...}</c> envelope, so the client returns what is in <c>data</c>.</param>
public sealed record AiAgentOperation(string OperationId, string Method, string Path, string Example, bool IsEnvelope)
{
    /// <summary>What the client returns: the example's <c>data</c> for an envelope, else the whole example.</summary>
    public JsonNode? Payload => IsEnvelope ? JsonNode.Parse(Example)!["data"] : JsonNode.Parse(Example);
}

public static partial class SpecExamples
{
    /// <summary>Every operation under <c>/ai-agents/</c>, by operation ID.</summary>
    // Read on its own rather than from All: static initializers of partial-class files run in no defined order.
    public static IReadOnlyDictionary<string, AiAgentOperation> AiAgentOperations { get; } = LoadAiAgentOperations();

    /// <summary><c>POST /ai-agents/agents</c> (create-byo-agent).</summary>
    public static string CreateByoAgent => AiAgentOperations["create-byo-agent"].Example;

    /// <summary><c>GET /ai-agents/agents</c> (list-byo-agents).</summary>
    public static string ListByoAgents => AiAgentOperations["list-byo-agents"].Example;

    /// <summary><c>POST /ai-agents/tools</c> (create-byo-tool).</summary>
    public static string CreateByoTool => AiAgentOperations["create-byo-tool"].Example;

    /// <summary><c>GET /ai-agents/tools</c> (list-byo-tools).</summary>
    public static string ListByoTools => AiAgentOperations["list-byo-tools"].Example;

    /// <summary><c>GET /ai-agents/agent-builder/agents</c> (list-agents).</summary>
    public static string ListAgents => AiAgentOperations["list-agents"].Example;

    /// <summary><c>GET /ai-agents/agent-builder/agents/{uid}</c> (get-agent).</summary>
    public static string GetAgent => AiAgentOperations["get-agent"].Example;

    /// <summary><c>PATCH /ai-agents/agent-builder/agents/{uid}/mcp/add</c> (add-agent-mcp-servers).</summary>
    public static string AddAgentMcpServers => AiAgentOperations["add-agent-mcp-servers"].Example;

    /// <summary><c>GET /ai-agents/agent-builder/agents/{uid}/enabled-items</c> (list-agent-enabled-items).</summary>
    public static string ListAgentEnabledItems => AiAgentOperations["list-agent-enabled-items"].Example;

    /// <summary><c>POST /ai-agents/agent-builder/agents/variables/custom</c> (create-custom-variable).</summary>
    public static string CreateCustomVariable => AiAgentOperations["create-custom-variable"].Example;

    /// <summary><c>POST /ai-agents/agent-builder/api-tools</c> (create-api-tool).</summary>
    public static string CreateApiTool => AiAgentOperations["create-api-tool"].Example;

    /// <summary><c>GET /ai-agents/agent-builder/mcp-servers</c> (list-mcp-servers).</summary>
    public static string ListMcpServers => AiAgentOperations["list-mcp-servers"].Example;

    /// <summary><c>GET /ai-agents/agent-builder/mcp-servers/{slug}</c> (get-mcp-server).</summary>
    public static string GetMcpServer => AiAgentOperations["get-mcp-server"].Example;

    /// <summary><c>POST /ai-agents/agent-builder/frontend-actions</c> (create-frontend-action).</summary>
    public static string CreateFrontendAction => AiAgentOperations["create-frontend-action"].Example;

    /// <summary><c>GET /ai-agents/agent-builder/knowledge-base</c> (list-knowledge-base).</summary>
    public static string ListKnowledgeBase => AiAgentOperations["list-knowledge-base"].Example;

    /// <summary><c>POST /ai-agents/agent-builder/knowledge-base/uploads/initiate</c> (initiate-knowledge-base-uploads).</summary>
    public static string InitiateKnowledgeBaseUploads => AiAgentOperations["initiate-knowledge-base-uploads"].Example;

    /// <summary><c>POST /ai-agents/agent-builder/knowledge-base/status/poll</c> (poll-knowledge-base-status).</summary>
    public static string PollKnowledgeBaseStatus => AiAgentOperations["poll-knowledge-base-status"].Example;

    /// <summary><c>GET /ai-agents/agent-builder/knowledge-base/website/{parentUniqueId}/discovered-urls</c> (list-discovered-urls).</summary>
    public static string ListDiscoveredUrls => AiAgentOperations["list-discovered-urls"].Example;

    /// <summary><c>DELETE /ai-agents/agent-builder/knowledge-base/text/{uniqueId}</c> (delete-knowledge-base-text).</summary>
    public static string DeleteKnowledgeBaseText => AiAgentOperations["delete-knowledge-base-text"].Example;

    private static Dictionary<string, AiAgentOperation> LoadAiAgentOperations()
    {
        var spec = JsonNode.Parse(File.ReadAllText(RepositoryPaths.SpecFile))!;
        var schemas = spec["components"]!["schemas"]!;
        var result = new Dictionary<string, AiAgentOperation>(StringComparer.Ordinal);
        foreach (var (path, item) in spec["paths"]!.AsObject().Where(p => p.Key.StartsWith("/ai-agents/", StringComparison.Ordinal)))
        {
            foreach (var (method, operation) in item!.AsObject().Where(o => o.Key != "parameters"))
            {
                var id = (string)operation!["operationId"]!;
                var success = operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('2')).OrderBy(r => r.Key, StringComparer.Ordinal).First().Value!;
                var media = success["content"]!["application/json"]!;
                var reference = (string)media["schema"]!["$ref"]!;
                var schema = schemas[reference["#/components/schemas/".Length..]]!;
                var isEnvelope = schema["x-cometchat-envelope"]?.GetValue<bool>() == true;
                var example = media["example"]?.ToJsonString() ?? throw new InvalidOperationException($"{id} has no success example.");
                result.Add(id, new AiAgentOperation(id, method.ToUpperInvariant(), path, example, isEnvelope));
            }
        }

        return result;
    }
}
