using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;

namespace CometChat.Rest.Emulator.State;

// Bring-your-own agents and tools. This older service writes times as ISO 8601 strings with milliseconds.
internal sealed partial class EmulatorStore
{
    private readonly Dictionary<string, ByoAgent> _byoAgents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ByoTool> _byoTools = new(StringComparer.Ordinal);

    public ByoAgent CreateByoAgent(string appId, CreateByoAgentRequest request)
    {
        lock (_gate)
        {
            var now = IsoNow();
            var agent = new ByoAgent
            {
                Id = NewObjectId(),
                Uid = Guid.NewGuid().ToString(),
                AppId = appId,
                Name = request.Name,
                Icon = request.Icon,
                IsActive = request.IsActive ?? true,
                IntegrateWith = request.IntegrateWith,
                IntegrationType = request.IntegrationType,
                Tools = request.Tools is null ? [] : [.. request.Tools],
                Actions = request.Actions is null ? [] : [.. request.Actions],
                IntegrationMeta = request.IntegrationMeta is null ? null : Copy(request.IntegrationMeta, ByoAgentIntegrationMetaJsonConverter.Instance),
                MetaData = request.MetaData is null ? null : Copy(request.MetaData, ByoAgentMetadataJsonConverter.Instance),
                CreatedAt = now,
                UpdatedAt = now,
            };
            _byoAgents.Add(agent.Uid, agent);
            return Copy(agent, ByoAgentJsonConverter.Instance);
        }
    }

    /// <summary>Every bring-your-own agent, oldest first (the list has no paging).</summary>
    public List<ByoAgent> ListByoAgents()
    {
        lock (_gate)
        {
            return [.. _byoAgents.Values.OrderBy(agent => agent.CreatedAt, StringComparer.Ordinal).Select(agent => Copy(agent, ByoAgentJsonConverter.Instance))];
        }
    }

    public void UpdateByoAgent(string uid, UpdateByoAgentRequest request)
    {
        lock (_gate)
        {
            var agent = FindByoAgent(uid);
            agent.Name = request.Name ?? agent.Name;
            agent.Icon = request.Icon ?? agent.Icon;
            agent.IsActive = request.IsActive ?? agent.IsActive;
            agent.IntegrateWith = request.IntegrateWith ?? agent.IntegrateWith;
            agent.IntegrationType = request.IntegrationType ?? agent.IntegrationType;
            agent.Tools = request.Tools is null ? agent.Tools : [.. request.Tools];
            agent.Actions = request.Actions is null ? agent.Actions : [.. request.Actions];
            agent.IntegrationMeta = request.IntegrationMeta is null ? agent.IntegrationMeta : Copy(request.IntegrationMeta, ByoAgentIntegrationMetaJsonConverter.Instance);
            agent.MetaData = request.MetaData is null ? agent.MetaData : Copy(request.MetaData, ByoAgentMetadataJsonConverter.Instance);
            agent.UpdatedAt = IsoNow();
        }
    }

    public void DeleteByoAgent(string uid)
    {
        lock (_gate)
        {
            _byoAgents.Remove(FindByoAgent(uid).Uid!);
        }
    }

    /// <summary>Creates a tool keyed by its name; <c>doNotExecute</c> decides its type (<c>tool</c> when true, else <c>action</c>).</summary>
    public ByoTool CreateByoTool(string appId, ByoToolRequest request)
    {
        lock (_gate)
        {
            if (_byoTools.ContainsKey(request.Name))
            {
                throw ApiError.Validation("name", $"The tool {request.Name} already exists.");
            }

            var now = IsoNow();
            var tool = new ByoTool { Id = $"{appId}_{request.Name}", AppId = appId, CreatedAt = now };
            ApplyByoTool(tool, request, now);
            _byoTools.Add(request.Name, tool);
            return Copy(tool, ByoToolJsonConverter.Instance);
        }
    }

    public List<ByoTool> ListByoTools(string? type)
    {
        lock (_gate)
        {
            return [.. _byoTools.Values
                .Where(tool => type is null || tool.Type?.Value == type)
                .OrderBy(tool => tool.CreatedAt, StringComparer.Ordinal)
                .Select(tool => Copy(tool, ByoToolJsonConverter.Instance))];
        }
    }

    public ByoTool GetByoTool(string name)
    {
        lock (_gate)
        {
            return Copy(FindByoTool(name), ByoToolJsonConverter.Instance);
        }
    }

    /// <summary>Replaces the tool; a new name must be free, and the ID follows the name.</summary>
    public ByoTool UpdateByoTool(string name, ByoToolRequest request)
    {
        lock (_gate)
        {
            var tool = FindByoTool(name);
            if (request.Name != tool.Name)
            {
                if (_byoTools.ContainsKey(request.Name))
                {
                    throw ApiError.Validation("name", $"The tool {request.Name} already exists.");
                }

                _byoTools.Remove(tool.Name!);
                _byoTools.Add(request.Name, tool);
                tool.Id = $"{tool.AppId}_{request.Name}";
            }

            ApplyByoTool(tool, request, IsoNow());
            return Copy(tool, ByoToolJsonConverter.Instance);
        }
    }

    public void DeleteByoTool(string name)
    {
        lock (_gate)
        {
            _byoTools.Remove(FindByoTool(name).Name!);
        }
    }

    // ----- Helpers (call with the lock held) -----

    private static void ApplyByoTool(ByoTool tool, ByoToolRequest request, string now)
    {
        tool.Name = request.Name;
        tool.DisplayName = request.DisplayName;
        tool.ExecutionText = request.ExecutionText;
        tool.DoNotExecute = request.DoNotExecute ?? false;
        tool.Type = tool.DoNotExecute == true ? ByoToolType.Tool : ByoToolType.Action;
        tool.Tool = new ToolFunction
        {
            Name = request.Name,
            Description = request.Description,
            Parameters = request.Parameters is null ? null : Copy(request.Parameters, ToolParametersJsonConverter.Instance),
        };
        tool.UpdatedAt = now;
    }

    private ByoAgent FindByoAgent(string uid) =>
        _byoAgents.TryGetValue(uid, out var agent)
            ? agent
            : throw new ApiError(404, CometChatErrorCodes.AgentNotFound, $"The agent with UID {uid} does not exist.");

    private ByoTool FindByoTool(string name) =>
        _byoTools.TryGetValue(name, out var tool) ? tool : throw ToolNotFound("tool", name);

    private string IsoNow() =>
        DateTimeOffset.FromUnixTimeMilliseconds(NextAiTimestamp()).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
