using System;
using System.Collections.Generic;
using System.Linq;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;

namespace CometChat.Rest.Emulator.State;

// Agent Builder MCP servers, keyed by slug (unique in the app; it cannot change).
internal sealed partial class EmulatorStore
{
    private readonly Dictionary<string, McpServer> _mcpServers = new(StringComparer.Ordinal);

    public McpServer CreateMcpServer(string appId, CreateMcpServerRequest request)
    {
        lock (_gate)
        {
            if (_mcpServers.ContainsKey(request.Slug))
            {
                throw SlugTaken("MCP server", request.Slug);
            }

            var now = NextAiTimestamp();
            var server = new McpServer
            {
                Id = NewObjectId(),
                AppId = appId,
                Slug = request.Slug,
                Name = request.Name,
                Description = request.Description,
                Url = request.Url,
                Icon = request.Icon,
                CreatedAt = now,
                UpdatedAt = now,
            };
            _mcpServers.Add(request.Slug, server);
            return Copy(server, McpServerJsonConverter.Instance);
        }
    }

    public CursorSlice<McpServer> ListMcpServers(CursorRequest paging)
    {
        lock (_gate)
        {
            return NewestFirst(_mcpServers.Values, server => server.CreatedAt, paging, McpServerJsonConverter.Instance);
        }
    }

    public McpServer GetMcpServer(string slug)
    {
        lock (_gate)
        {
            return Copy(FindMcpServer(slug), McpServerJsonConverter.Instance);
        }
    }

    public McpServer UpdateMcpServer(string slug, UpdateMcpServerRequest request)
    {
        lock (_gate)
        {
            var server = FindMcpServer(slug);
            server.Name = request.Name ?? server.Name;
            server.Description = request.Description ?? server.Description;
            server.Url = request.Url ?? server.Url;
            server.Icon = request.Icon ?? server.Icon;
            server.UpdatedAt = NextAiTimestamp();
            return Copy(server, McpServerJsonConverter.Instance);
        }
    }

    public void DeleteMcpServer(string slug)
    {
        lock (_gate)
        {
            var removed = FindMcpServer(slug).Slug!;
            _mcpServers.Remove(removed);
            UnlinkEverywhere(AgentLink.McpServers, removed);
        }
    }

    private McpServer FindMcpServer(string slug) =>
        _mcpServers.TryGetValue(slug, out var server) ? server : throw ToolNotFound("MCP server", slug);
}
