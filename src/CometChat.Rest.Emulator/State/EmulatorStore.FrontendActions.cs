using System;
using System.Collections.Generic;
using System.Linq;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;

namespace CometChat.Rest.Emulator.State;

// Agent Builder frontend actions. Their ID is {appId}_{triggerFunction}, as in CometChat's examples, so a trigger
// function is unique in the app and cannot change.
internal sealed partial class EmulatorStore
{
    private readonly Dictionary<string, FrontendAction> _frontendActions = new(StringComparer.Ordinal);

    public FrontendAction CreateFrontendAction(string appId, CreateFrontendActionRequest request)
    {
        var id = $"{appId}_{request.TriggerFunction}";
        lock (_gate)
        {
            if (_frontendActions.ContainsKey(id))
            {
                throw SlugTaken("frontend action", request.TriggerFunction, "triggerFunction");
            }

            var now = NextAiTimestamp();
            var action = new FrontendAction
            {
                Id = id,
                AppId = appId,
                Name = request.Name,
                Description = request.Description,
                TriggerFunction = request.TriggerFunction,
                Icon = request.Icon,
                Parameters = Copy(request.Parameters),
                Tool = ToolFunctionFor(request.TriggerFunction, request.Description, request.Parameters),
                CreatedAt = now,
                UpdatedAt = now,
            };
            _frontendActions.Add(id, action);
            return Copy(action, FrontendActionJsonConverter.Instance);
        }
    }

    public CursorSlice<FrontendAction> ListFrontendActions(CursorRequest paging)
    {
        lock (_gate)
        {
            return NewestFirst(_frontendActions.Values, action => action.CreatedAt, paging, FrontendActionJsonConverter.Instance);
        }
    }

    public FrontendAction GetFrontendAction(string id)
    {
        lock (_gate)
        {
            return Copy(FindFrontendAction(id), FrontendActionJsonConverter.Instance);
        }
    }

    public FrontendAction UpdateFrontendAction(string id, UpdateFrontendActionRequest request)
    {
        lock (_gate)
        {
            var action = FindFrontendAction(id);
            action.Name = request.Name ?? action.Name;
            action.Description = request.Description ?? action.Description;
            action.Icon = request.Icon ?? action.Icon;
            if (request.Parameters is not null)
            {
                action.Parameters = Copy(request.Parameters);
            }

            action.Tool = ToolFunctionFor(action.TriggerFunction!, action.Description, action.Parameters);
            action.UpdatedAt = NextAiTimestamp();
            return Copy(action, FrontendActionJsonConverter.Instance);
        }
    }

    public void DeleteFrontendAction(string id)
    {
        lock (_gate)
        {
            var removed = FindFrontendAction(id);
            _frontendActions.Remove(removed.Id!);
            UnlinkEverywhere(AgentLink.FrontendActions, removed.TriggerFunction!);
        }
    }

    private FrontendAction FindFrontendAction(string id) =>
        _frontendActions.TryGetValue(id, out var action) ? action : throw ToolNotFound("frontend action", id);
}
