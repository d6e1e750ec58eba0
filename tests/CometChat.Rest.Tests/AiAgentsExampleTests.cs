using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;
using CometChat.Rest.Tests.Infrastructure;

namespace CometChat.Rest.Tests;

/// <summary>
/// Every AI Agents operation of the spec, called through the client against its own success example: the example
/// reads into the typed result, and writing that result back gives the same JSON (nothing lost, nothing invented).
/// </summary>
public sealed class AiAgentsExampleTests
{
    private const string Uid = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    private const string Id = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";

    private static readonly JsonSerializerOptions s_options = new() { TypeInfoResolver = CometChatJsonTypeInfoResolver.Instance };

    /// <summary>One call per operation, with the smallest valid arguments; the result as the client returns it.</summary>
    private static readonly Dictionary<string, Func<CometChatClient, Task<object?>>> s_calls = new(StringComparer.Ordinal)
    {
        ["create-byo-agent"] = async c => await c.AiAgents.CreateAsync(new CreateByoAgentRequest { Name = "a", Icon = "https://example.com/a.png", IntegrateWith = ByoAgentFramework.Crewai, IntegrationType = ByoAgentIntegrationType.Agent }),
        ["list-byo-agents"] = async c => await c.AiAgents.ListAsync(),
        ["update-byo-agent"] = async c => await c.AiAgents.UpdateAsync(Uid, new UpdateByoAgentRequest { IsActive = false }),
        ["delete-byo-agent"] = async c => await c.AiAgents.DeleteAsync(Uid),

        ["create-byo-tool"] = async c => await c.AiAgentTools.CreateAsync(new ByoToolRequest { DisplayName = "d", ExecutionText = "e", Name = "n", DoNotExecute = true }),
        ["list-byo-tools"] = async c => await c.AiAgentTools.ListAsync(),
        ["get-byo-tool"] = async c => await c.AiAgentTools.GetAsync("searchFlights"),
        ["update-byo-tool"] = async c => await c.AiAgentTools.UpdateAsync("searchFlights", new ByoToolRequest { DisplayName = "d", ExecutionText = "e", Name = "searchFlights" }),
        ["delete-byo-tool"] = async c => await c.AiAgentTools.DeleteAsync("searchFlights"),

        ["create-agent"] = async c => await c.AgentBuilder.CreateAsync(new CreateAgentRequest { Name = "a" }),
        ["list-agents"] = async c => (await c.AgentBuilder.ListAsync()).Items,
        ["get-agent"] = async c => await c.AgentBuilder.GetAsync(Uid),
        ["update-agent"] = async c => await c.AgentBuilder.UpdateAsync(Uid, new UpdateAgentRequest { Model = "gpt-4o" }),
        ["delete-agent"] = async c => await c.AgentBuilder.DeleteAsync(Uid),
        ["search-agent-tools"] = async c => await c.AgentBuilder.SearchToolsAsync(Uid),
        ["list-agent-enabled-items"] = async c => await c.AgentBuilder.ListEnabledItemsAsync(Uid),
        ["list-agent-models"] = async c => await c.AgentBuilder.ListModelsAsync(),
        ["add-agent-tools"] = async c => await c.AgentBuilder.AddToolsAsync(Uid, new AgentToolsRequest { Tools = ["gmail"] }),
        ["remove-agent-tools"] = async c => await c.AgentBuilder.RemoveToolsAsync(Uid, new AgentToolsRequest { Tools = ["gmail"] }),
        ["add-agent-mcp-servers"] = async c => await c.AgentBuilder.AddMcpServersAsync(Uid, new AgentMcpServersRequest { Mcps = ["m"] }),
        ["remove-agent-mcp-servers"] = async c => await c.AgentBuilder.RemoveMcpServersAsync(Uid, new AgentMcpServersRequest { Mcps = ["m"] }),
        ["add-agent-api-tools"] = async c => await c.AgentBuilder.AddApiToolsAsync(Uid, new AgentApiToolsRequest { ApiTools = ["t"] }),
        ["remove-agent-api-tools"] = async c => await c.AgentBuilder.RemoveApiToolsAsync(Uid, new AgentApiToolsRequest { ApiTools = ["t"] }),
        ["add-agent-frontend-actions"] = async c => await c.AgentBuilder.AddFrontendActionsAsync(Uid, new AgentFrontendActionsRequest { FrontendActions = ["f"] }),
        ["remove-agent-frontend-actions"] = async c => await c.AgentBuilder.RemoveFrontendActionsAsync(Uid, new AgentFrontendActionsRequest { FrontendActions = ["f"] }),
        ["enable-agent-tool-actions"] = async c => await c.AgentBuilder.EnableToolActionsAsync(Uid, "gmail", new ToolActionsRequest { Actions = ["A"] }),
        ["disable-agent-tool-actions"] = async c => await c.AgentBuilder.DisableToolActionsAsync(Uid, "gmail", new ToolActionsRequest { Actions = ["A"] }),
        ["list-agent-tool-actions"] = async c => await c.AgentBuilder.ListToolActionsAsync(Uid, "gmail"),
        ["add-agent-knowledge-base-sources"] = async c => await c.AgentBuilder.AddKnowledgeBaseSourcesAsync(Uid, KnowledgeBaseSourceType.Uploads, new KnowledgeBaseSourcesRequest { UniqueIds = [Id] }),
        ["remove-agent-knowledge-base-sources"] = async c => await c.AgentBuilder.RemoveKnowledgeBaseSourcesAsync(Uid, KnowledgeBaseSourceType.Uploads, new KnowledgeBaseSourcesRequest { UniqueIds = [Id] }),

        ["list-agent-variables"] = async c => await c.AgentVariables.ListAsync(),
        ["list-custom-variables"] = async c => await c.AgentVariables.ListCustomAsync(),
        ["create-custom-variable"] = async c => await c.AgentVariables.CreateCustomAsync(new CreateCustomVariableRequest { Name = "v", SourceType = CustomVariableSourceType.Constant, ConstantValue = "x" }),
        ["update-custom-variable"] = async c => await c.AgentVariables.UpdateCustomAsync("665f1c2b9d3e4a5b6c7d8e9f", new UpdateCustomVariableRequest { DefaultValue = "d" }),
        ["delete-custom-variable"] = async c => await c.AgentVariables.DeleteCustomAsync("665f1c2b9d3e4a5b6c7d8e9f"),

        ["list-api-tools"] = async c => (await c.AgentApiTools.ListAsync()).Items,
        ["create-api-tool"] = async c => await c.AgentApiTools.CreateAsync(new CreateApiToolRequest { Slug = "s", Name = "n", Description = "d", Endpoint = "https://example.com", Method = ApiToolHttpMethod.Post, EnableBasicAuth = false }),
        ["get-api-tool"] = async c => await c.AgentApiTools.GetAsync("order-status"),
        ["update-api-tool"] = async c => await c.AgentApiTools.UpdateAsync("order-status", new UpdateApiToolRequest { Description = "d" }),
        ["delete-api-tool"] = async c => await c.AgentApiTools.DeleteAsync("order-status"),

        ["create-mcp-server"] = async c => await c.McpServers.CreateAsync(new CreateMcpServerRequest { Name = "n", Slug = "s", Url = "https://example.com" }),
        ["list-mcp-servers"] = async c => (await c.McpServers.ListAsync()).Items,
        ["get-mcp-server"] = async c => await c.McpServers.GetAsync("docs-search"),
        ["update-mcp-server"] = async c => await c.McpServers.UpdateAsync("docs-search", new UpdateMcpServerRequest { Name = "n" }),
        ["delete-mcp-server"] = async c => await c.McpServers.DeleteAsync("docs-search"),

        ["list-frontend-actions"] = async c => (await c.FrontendActions.ListAsync()).Items,
        ["create-frontend-action"] = async c => await c.FrontendActions.CreateAsync(new CreateFrontendActionRequest { Name = "n", Description = "d", TriggerFunction = "f" }),
        ["get-frontend-action"] = async c => await c.FrontendActions.GetAsync("myapp_openCart"),
        ["update-frontend-action"] = async c => await c.FrontendActions.UpdateAsync("myapp_openCart", new UpdateFrontendActionRequest { Name = "n" }),
        ["delete-frontend-action"] = async c => await c.FrontendActions.DeleteAsync("myapp_openCart"),

        ["list-knowledge-base"] = async c => (await c.KnowledgeBase.ListAsync()).Items,
        ["list-knowledge-base-source-pages"] = async c => await c.KnowledgeBase.ListSourcePagesAsync(KnowledgeBaseSourceType.Uploads, Id),
        ["retry-knowledge-base-source"] = async c => await c.KnowledgeBase.RetrySourceIndexingAsync(KnowledgeBaseSourceType.Website, Id),
        ["initiate-knowledge-base-uploads"] = async c => await c.KnowledgeBase.InitiateUploadsAsync(new InitiateUploadsRequest { Files = [new UploadFile { FileName = "a.md", MimeType = "text/markdown", FileSize = 1 }] }),
        ["delete-knowledge-base-upload"] = async c => await c.KnowledgeBase.DeleteUploadAsync(Id),
        ["create-knowledge-base-text"] = async c => await c.KnowledgeBase.CreateTextAsync(new CreateTextEntryRequest { Title = "t", Text = "x" }),
        ["list-knowledge-base-texts"] = async c => await c.KnowledgeBase.ListTextsAsync(),
        ["get-knowledge-base-text"] = async c => await c.KnowledgeBase.GetTextAsync(Id),
        ["update-knowledge-base-text"] = async c => await c.KnowledgeBase.UpdateTextAsync(Id, new UpdateTextEntryRequest { Text = "x" }),
        ["delete-knowledge-base-text"] = async c => await c.KnowledgeBase.DeleteTextAsync(Id),
        ["poll-knowledge-base-status"] = async c => await c.KnowledgeBase.PollStatusAsync(new UniqueIdsQuery { UniqueId = [Id] }),
        ["crawl-website"] = async c => await c.KnowledgeBase.CrawlWebsiteAsync(new CrawlWebsiteRequest { Url = "https://example.com" }),
        ["scrape-page"] = async c => await c.KnowledgeBase.ScrapePageAsync(new ScrapePageRequest { Url = "https://example.com", Format = ScrapeFormat.Text }),
        ["list-discovered-urls"] = async c => (await c.KnowledgeBase.ListDiscoveredUrlsAsync(Id)).Items,
        ["process-discovered-urls"] = async c => await c.KnowledgeBase.ProcessDiscoveredUrlsAsync(Id, new ProcessDiscoveredUrlsRequest { Exclude = [] }),
        ["poll-discovered-urls-status"] = async c => await c.KnowledgeBase.PollDiscoveredUrlsStatusAsync(Id, new UniqueIdsQuery { UniqueId = [Id] }),
        ["retry-discovered-urls"] = async c => await c.KnowledgeBase.RetryDiscoveredUrlsAsync(Id, new RetryDiscoveredUrlsRequest { UniqueIds = [] }),
        ["delete-website"] = async c => await c.KnowledgeBase.DeleteWebsiteAsync(Id),
    };

    public static TheoryData<string> OperationIds => new(SpecExamples.AiAgentOperations.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void The_spec_has_the_68_operations_of_the_ai_agents_api_and_each_is_called_here()
    {
        Assert.Equal(68, SpecExamples.AiAgentOperations.Count);
        Assert.Equal(s_calls.Keys.Order(StringComparer.Ordinal), SpecExamples.AiAgentOperations.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public async Task Every_example_reads_into_the_typed_result_and_writes_back_unchanged(string operationId)
    {
        var operation = SpecExamples.AiAgentOperations[operationId];
        using var client = TestClient.Create(operation.Example, out var handler);

        var result = await s_calls[operationId](client);

        // The call went where the spec says: method and path template with its parameters filled in.
        var request = handler.SingleRequest;
        Assert.Equal(new HttpMethod(operation.Method), request.Method);
        var pattern = "^/v3" + System.Text.RegularExpressions.Regex.Replace(operation.Path, @"\{[^}]+\}", "[^/]+") + "$";
        Assert.Matches(pattern, request.Uri.AbsolutePath);

        Assert.NotNull(result);
        // Models do not tell an absent member from a null one and leave both out when writing.
        var expected = WithoutNulls(operation.Payload);
        var actual = ToJson(result);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{operationId}: the result does not write back as the example.\nExpected: {expected?.ToJsonString()}\nActual:   {actual?.ToJsonString()}");
    }

    private static JsonNode? WithoutNulls(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Where(member => member.Value is null).Select(member => member.Key).ToList())
                {
                    obj.Remove(key);
                }

                foreach (var member in obj)
                {
                    WithoutNulls(member.Value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    WithoutNulls(item);
                }

                break;
        }

        return node;
    }

    /// <summary>The result written with the generated converters; lists and maps item by item.</summary>
    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        IDictionary map => new JsonObject(map.Keys.Cast<string>().Select(key => KeyValuePair.Create(key, ToJson(map[key])))),
        IEnumerable list and not string => new JsonArray(list.Cast<object?>().Select(ToJson).ToArray()),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), s_options),
    };
}
