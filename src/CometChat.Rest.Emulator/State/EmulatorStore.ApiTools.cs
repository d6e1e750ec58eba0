using System;
using System.Collections.Generic;
using System.Linq;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;

namespace CometChat.Rest.Emulator.State;

// Agent Builder API tools, keyed by slug (unique in the app).
internal sealed partial class EmulatorStore
{
    private readonly Dictionary<string, ApiTool> _apiTools = new(StringComparer.Ordinal);

    public ApiTool CreateApiTool(string appId, CreateApiToolRequest request)
    {
        lock (_gate)
        {
            if (_apiTools.ContainsKey(request.Slug))
            {
                throw SlugTaken("API tool", request.Slug);
            }

            var now = NextAiTimestamp();
            var tool = new ApiTool
            {
                Id = NewObjectId(),
                AppId = appId,
                Slug = request.Slug,
                Name = request.Name,
                Description = request.Description,
                Icon = request.Icon,
                Endpoint = request.Endpoint,
                Method = request.Method,
                EnableBasicAuth = request.EnableBasicAuth,
                Headers = request.Headers,
                BodyTemplate = request.BodyTemplate,
                AllowAdditionalProperties = request.AllowAdditionalProperties ?? false,
                Parameters = Copy(request.Parameters),
                Tool = ToolFunctionFor(request.Slug, request.Description, request.Parameters),
                CreatedAt = now,
                UpdatedAt = now,
            };
            _apiTools.Add(request.Slug, tool);
            return Copy(tool, ApiToolJsonConverter.Instance);
        }
    }

    public CursorSlice<ApiTool> ListApiTools(CursorRequest paging)
    {
        lock (_gate)
        {
            return NewestFirst(_apiTools.Values, tool => tool.CreatedAt, paging, ApiToolJsonConverter.Instance);
        }
    }

    public ApiTool GetApiTool(string slug)
    {
        lock (_gate)
        {
            return Copy(FindApiTool(slug), ApiToolJsonConverter.Instance);
        }
    }

    /// <summary>Changes the given fields; a new slug must be free. Basic auth needs credentials when it ends up enabled.</summary>
    public ApiTool UpdateApiTool(string slug, UpdateApiToolRequest request)
    {
        lock (_gate)
        {
            var tool = FindApiTool(slug);
            if (request.Slug is { } newSlug && newSlug != tool.Slug)
            {
                if (_apiTools.ContainsKey(newSlug))
                {
                    throw SlugTaken("API tool", newSlug);
                }

                _apiTools.Remove(tool.Slug!);
                tool.Slug = newSlug;
                _apiTools.Add(newSlug, tool);
            }

            tool.Description = request.Description ?? tool.Description;
            tool.Endpoint = request.Endpoint ?? tool.Endpoint;
            tool.Method = request.Method ?? tool.Method;
            tool.EnableBasicAuth = request.EnableBasicAuth ?? tool.EnableBasicAuth;
            tool.Headers = request.Headers ?? tool.Headers;
            tool.BodyTemplate = request.BodyTemplate ?? tool.BodyTemplate;
            tool.AllowAdditionalProperties = request.AllowAdditionalProperties ?? tool.AllowAdditionalProperties;
            tool.Icon = request.Icon ?? tool.Icon;
            if (request.Parameters is not null)
            {
                tool.Parameters = Copy(request.Parameters);
            }

            tool.Tool = ToolFunctionFor(tool.Slug!, tool.Description, tool.Parameters);
            tool.UpdatedAt = NextAiTimestamp();
            return Copy(tool, ApiToolJsonConverter.Instance);
        }
    }

    public void DeleteApiTool(string slug)
    {
        lock (_gate)
        {
            var removed = FindApiTool(slug).Slug!;
            _apiTools.Remove(removed);
            UnlinkEverywhere(AgentLink.ApiTools, removed);
        }
    }

    // ----- Helpers (call with the lock held) -----

    private ApiTool FindApiTool(string slug) =>
        _apiTools.TryGetValue(slug, out var tool) ? tool : throw ToolNotFound("API tool", slug);

    private static ApiError ToolNotFound(string kind, string id) =>
        new(404, CometChatErrorCodes.ToolNotFound, $"The {kind} {id} does not exist.");

    /// <summary>The AI agents service documents no code for a taken slug; the emulator answers a validation error on the field.</summary>
    private static ApiError SlugTaken(string kind, string slug, string field = "slug") =>
        ApiError.Validation(field, $"The {kind} {slug} already exists.");

    private static List<AgentToolParameter>? Copy(IList<AgentToolParameter>? parameters) =>
        parameters?.Select(parameter => Copy(parameter, AgentToolParameterJsonConverter.Instance)).ToList();
}
