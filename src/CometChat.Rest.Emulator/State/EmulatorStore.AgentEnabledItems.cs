using System;
using System.Collections.Generic;
using System.Linq;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;

namespace CometChat.Rest.Emulator.State;

// What is enabled for an Agent Builder agent, read from its links and the records they point at.
internal sealed partial class EmulatorStore
{
    // Enabled actions of a ready-to-use tool, keyed "{agent uid}/{tool slug}", in the order they were enabled.
    private readonly Dictionary<string, List<string>> _toolActions = new(StringComparer.Ordinal);

    /// <summary>Enables or disables actions of a ready-to-use tool the agent links (else <c>ERR_TOOL_NOT_FOUND</c>).</summary>
    public void SetAgentToolActions(string uid, string slug, IEnumerable<string> actions, bool enable)
    {
        lock (_gate)
        {
            var agent = FindAgent(uid);
            if (agent.Tools?.Contains(slug) != true)
            {
                throw ToolNotFound("ready-to-use tool of this agent", slug);
            }

            var key = uid + "/" + slug;
            var enabled = _toolActions.TryGetValue(key, out var list) ? list : _toolActions[key] = [];
            enabled.RemoveAll(actions.Contains);
            if (enable)
            {
                enabled.AddRange(actions.Distinct(StringComparer.Ordinal));
            }

            agent.UpdatedAt = NextAiTimestamp();
        }
    }

    /// <summary>
    /// The enabled actions of a ready-to-use tool the agent links. The emulator has no catalog of the tools' actions,
    /// so the ones it has been told to enable are all it can list, by name only.
    /// </summary>
    public List<string> ListAgentToolActions(string uid, string slug)
    {
        lock (_gate)
        {
            var agent = FindAgent(uid);
            if (agent.Tools?.Contains(slug) != true)
            {
                throw ToolNotFound("ready-to-use tool of this agent", slug);
            }

            return [.. _toolActions.GetValueOrDefault(uid + "/" + slug) ?? []];
        }
    }

    /// <summary>
    /// The agent's linked items of the asked kinds (a kind not asked for is absent), keeping those whose name, slug or
    /// description contains <paramref name="key"/>. Ready-to-use tools are known only by their slug here.
    /// </summary>
    public AgentEnabledItems ListAgentEnabledItems(string uid, bool tools, bool frontendActions, bool apiTools, bool mcpServers, string? key)
    {
        lock (_gate)
        {
            var agent = FindAgent(uid);
            bool Match(params string?[] texts) => key is null || texts.Any(text => text?.Contains(key, StringComparison.OrdinalIgnoreCase) == true);
            return new AgentEnabledItems
            {
                Tools = !tools ? null : [.. (agent.Tools ?? []).Where(slug => Match(slug)).Select(slug => new EnabledTool
                {
                    Slug = slug,
                    Name = slug,
                    Actions = [.. (_toolActions.GetValueOrDefault(uid + "/" + slug) ?? []).Select(action => new EnabledToolAction { Slug = action, Name = action })],
                })],
                FrontendActions = !frontendActions ? null : [.. (agent.FrontendActions ?? [])
                    .Select(trigger => _frontendActions.Values.FirstOrDefault(action => action.TriggerFunction == trigger))
                    .OfType<FrontendAction>()
                    .Where(action => Match(action.Name, action.TriggerFunction, action.Description))
                    .Select(action => new EnabledFrontendAction
                    {
                        Id = action.Id,
                        Name = action.Name,
                        Description = action.Description,
                        TriggerFunction = action.TriggerFunction,
                        Parameters = Copy(action.Parameters),
                    })],
                ApiTools = !apiTools ? null : [.. (agent.ApiTools ?? [])
                    .Select(slug => _apiTools.GetValueOrDefault(slug))
                    .OfType<ApiTool>()
                    .Where(tool => Match(tool.Name, tool.Slug, tool.Description))
                    .Select(tool => new EnabledApiTool
                    {
                        Slug = tool.Slug,
                        Name = tool.Name,
                        Description = tool.Description,
                        Icon = tool.Icon,
                        Endpoint = tool.Endpoint,
                        Method = tool.Method,
                        Parameters = Copy(tool.Parameters),
                    })],
                McpServers = !mcpServers ? null : [.. (agent.McpServers ?? [])
                    .Select(slug => _mcpServers.GetValueOrDefault(slug))
                    .OfType<McpServer>()
                    .Where(server => Match(server.Name, server.Slug, server.Description))
                    .Select(server => new EnabledMcpServer { Slug = server.Slug, Name = server.Name, Description = server.Description, Icon = server.Icon, Url = server.Url })],
            };
        }
    }

    /// <summary>
    /// What the agent could use whose name, slug or description contains <paramref name="key"/>: the app's API tools
    /// and MCP servers, and the ready-to-use tools linked to the agent (the emulator has no catalog of those, so only
    /// their slugs are known).
    /// </summary>
    public List<AgentToolSearchItem> SearchAgentTools(string uid, string? key)
    {
        lock (_gate)
        {
            var agent = FindAgent(uid);
            bool Match(params string?[] texts) => string.IsNullOrEmpty(key) || texts.Any(text => text?.Contains(key, StringComparison.OrdinalIgnoreCase) == true);
            return
            [
                .. (agent.Tools ?? []).Where(slug => Match(slug)).Select(slug => new AgentToolSearchItem { Slug = slug, Name = slug }),
                .. _apiTools.Values.Where(tool => Match(tool.Name, tool.Slug, tool.Description))
                    .Select(tool => new AgentToolSearchItem { Slug = tool.Slug, Name = tool.Name, Description = tool.Description, Icon = tool.Icon }),
                .. _mcpServers.Values.Where(server => Match(server.Name, server.Slug, server.Description))
                    .Select(server => new AgentToolSearchItem { Slug = server.Slug, Name = server.Name, Description = server.Description, Icon = server.Icon }),
            ];
        }
    }
}
