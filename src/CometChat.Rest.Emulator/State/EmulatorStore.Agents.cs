using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;

namespace CometChat.Rest.Emulator.State;

// Agent Builder agents, keyed by a generated UUID, and the API tools, MCP servers and frontend actions linked to them.
internal sealed partial class EmulatorStore
{
    private readonly Dictionary<string, Agent> _agents = new(StringComparer.Ordinal);

    /// <summary>Which list of an agent a link operation changes.</summary>
    public enum AgentLink
    {
        Tools,
        McpServers,
        ApiTools,
        FrontendActions,
    }

    public Agent CreateAgent(string appId, CreateAgentRequest request)
    {
        lock (_gate)
        {
            CheckLinks(AgentLink.ApiTools, request.ApiTools);
            CheckLinks(AgentLink.McpServers, request.McpServers);
            var now = NextAiTimestamp();
            var agent = new Agent
            {
                Uid = Guid.NewGuid().ToString(),
                AppId = appId,
                Name = request.Name,
                Icon = request.Icon,
                IsActive = request.IsActive ?? true,
                Description = request.Description,
                Tools = Distinct(request.Tools),
                Files = [],
                Websites = [],
                OtherKbIntegrations = [],
                ApiTools = Distinct(request.ApiTools),
                McpServers = Distinct(request.McpServers),
                FrontendActions = [],
                RagVersion = AgentRagVersion.V2,
                Instruction = request.Instruction,
                FormattedInstruction = FormatInstruction(request.Instruction),
                MetaData = Clone(request.MetaData),
                Model = request.Model,
                ModelMetaData = request.ModelMetaData is null ? null : Copy(request.ModelMetaData, AgentModelSettingsJsonConverter.Instance),
                CreatedAt = now,
                UpdatedAt = now,
            };
            _agents.Add(agent.Uid, agent);
            return Copy(agent, AgentJsonConverter.Instance);
        }
    }

    /// <summary>A cursor page of the agents, newest first; <paramref name="search"/> matches names case-insensitively.</summary>
    public CursorSlice<Agent> ListAgents(string? search, CursorRequest paging)
    {
        lock (_gate)
        {
            var matching = _agents.Values.Where(agent => search is null || agent.Name!.Contains(search, StringComparison.OrdinalIgnoreCase));
            return NewestFirst(matching, agent => agent.CreatedAt, paging, AgentJsonConverter.Instance);
        }
    }

    public Agent GetAgent(string uid)
    {
        lock (_gate)
        {
            return Copy(FindAgent(uid), AgentJsonConverter.Instance);
        }
    }

    public void UpdateAgent(string uid, UpdateAgentRequest request)
    {
        lock (_gate)
        {
            var agent = FindAgent(uid);
            CheckLinks(AgentLink.ApiTools, request.ApiTools);
            CheckLinks(AgentLink.McpServers, request.McpServers);
            agent.Name = request.Name ?? agent.Name;
            agent.Icon = request.Icon ?? agent.Icon;
            agent.Description = request.Description ?? agent.Description;
            agent.Tools = request.Tools is null ? agent.Tools : Distinct(request.Tools);
            agent.ApiTools = request.ApiTools is null ? agent.ApiTools : Distinct(request.ApiTools);
            agent.McpServers = request.McpServers is null ? agent.McpServers : Distinct(request.McpServers);
            if (request.Instruction is not null)
            {
                agent.Instruction = request.Instruction;
                agent.FormattedInstruction = FormatInstruction(request.Instruction);
            }

            agent.MetaData = request.MetaData is null ? agent.MetaData : Clone(request.MetaData);
            agent.Model = request.Model ?? agent.Model;
            agent.ModelMetaData = request.ModelMetaData is null ? agent.ModelMetaData : Copy(request.ModelMetaData, AgentModelSettingsJsonConverter.Instance);
            agent.IsActive = request.IsActive ?? agent.IsActive;
            agent.UpdatedAt = NextAiTimestamp();
        }
    }

    public void DeleteAgent(string uid)
    {
        lock (_gate)
        {
            _agents.Remove(FindAgent(uid).Uid!);
        }
    }

    /// <summary>
    /// Links items to the agent: API tools, MCP servers and frontend actions must exist (<c>ERR_TOOL_NOT_FOUND</c>),
    /// and an item already linked is <c>ERR_TOOL_ALREADY_ADDED</c>. Nothing changes when one item fails.
    /// </summary>
    public Agent LinkToAgent(string uid, AgentLink link, IList<string> items)
    {
        lock (_gate)
        {
            var agent = FindAgent(uid);
            CheckLinks(link, items);
            var current = Linked(agent, link);
            foreach (var item in items)
            {
                if (current.Contains(item))
                {
                    throw new ApiError(409, CometChatErrorCodes.ToolAlreadyAdded, $"{item} is already added to the agent {agent.Uid}.");
                }
            }

            foreach (var item in items.Distinct(StringComparer.Ordinal))
            {
                current.Add(item);
            }

            agent.UpdatedAt = NextAiTimestamp();
            return Copy(agent, AgentJsonConverter.Instance);
        }
    }

    /// <summary>Unlinks items from the agent; items that are not linked are ignored.</summary>
    public Agent UnlinkFromAgent(string uid, AgentLink link, IList<string> items)
    {
        lock (_gate)
        {
            var agent = FindAgent(uid);
            Linked(agent, link).RemoveAll(items.Contains);
            agent.UpdatedAt = NextAiTimestamp();
            return Copy(agent, AgentJsonConverter.Instance);
        }
    }

    // ----- Helpers (call with the lock held) -----

    private Agent FindAgent(string uid) =>
        _agents.TryGetValue(uid, out var agent)
            ? agent
            : throw new ApiError(404, CometChatErrorCodes.AgentNotFound, $"The agent with UID {uid} does not exist.");

    private static List<string> Linked(Agent agent, AgentLink link)
    {
        // The lists are always List<string>: the store sets them and copies hand out fresh ones.
        var list = link switch
        {
            AgentLink.Tools => agent.Tools,
            AgentLink.McpServers => agent.McpServers,
            AgentLink.ApiTools => agent.ApiTools,
            _ => agent.FrontendActions,
        };
        return (List<string>)list!;
    }

    /// <summary>API tools and MCP servers are linked by slug, frontend actions by trigger function; integrations (tools) are free text.</summary>
    private void CheckLinks(AgentLink link, IList<string>? items)
    {
        foreach (var item in items ?? [])
        {
            var exists = link switch
            {
                AgentLink.ApiTools => _apiTools.ContainsKey(item),
                AgentLink.McpServers => _mcpServers.ContainsKey(item),
                AgentLink.FrontendActions => _frontendActions.Values.Any(action => action.TriggerFunction == item),
                _ => true,
            };
            if (!exists)
            {
                throw ToolNotFound(link switch { AgentLink.ApiTools => "API tool", AgentLink.McpServers => "MCP server", _ => "frontend action" }, item);
            }
        }
    }

    /// <summary>A deleted API tool, MCP server or frontend action leaves every agent it was linked to.</summary>
    private void UnlinkEverywhere(AgentLink link, string item)
    {
        foreach (var agent in _agents.Values)
        {
            Linked(agent, link).Remove(item);
        }
    }

    private static List<string> Distinct(IList<string>? items) => items is null ? [] : [.. items.Distinct(StringComparer.Ordinal)];

    /// <summary>CometChat shows variables written <c>@var-{source}:{name}</c> as <c>{{name}}</c> in the formatted instruction.</summary>
    private static string? FormatInstruction(string? instruction) =>
        instruction is null ? null : Regex.Replace(instruction, @"@var-[A-Za-z]+:([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)", "{{$1}}", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
