using System;
using System.Collections.Generic;
using System.Linq;
using CometChat.Rest.Emulator.Http;
using CometChat.Rest.Models;
using CometChat.Rest.Serialization;

namespace CometChat.Rest.Emulator.State;

// Agent Builder variables: the predefined sender variables and the app's custom ones, with which agents use them.
internal sealed partial class EmulatorStore
{
    /// <summary>The predefined variables CometChat documents: the sender of the message.</summary>
    private static readonly (string Name, string Description)[] s_authVariables =
    [
        ("sender.uid", "UID of the message sender"),
        ("sender.name", "Name of the message sender"),
        ("sender.role", "Role of the message sender"),
    ];

    private readonly Dictionary<string, CustomVariable> _customVariables = new(StringComparer.Ordinal);

    /// <summary>Every variable, predefined first, each with the agents whose instruction refers to it.</summary>
    public List<AgentVariable> ListAgentVariables()
    {
        lock (_gate)
        {
            var variables = s_authVariables.Select(v => Describe(v.Name, v.Description, "auth", AgentVariableCategory.Auth))
                .Concat(_customVariables.Values.OrderBy(v => v.CreatedAt).Select(v => Describe(v.Name!, v.Description, v.SourceType!.Value.Value, AgentVariableCategory.Custom)));
            return [.. variables];
        }
    }

    public List<CustomVariable> ListCustomVariables()
    {
        lock (_gate)
        {
            return [.. _customVariables.Values.OrderBy(v => v.CreatedAt).Select(v => Copy(v, CustomVariableJsonConverter.Instance))];
        }
    }

    public CustomVariable CreateCustomVariable(string appId, CreateCustomVariableRequest request)
    {
        lock (_gate)
        {
            if (_customVariables.Values.Any(v => v.Name == request.Name) || s_authVariables.Any(v => v.Name == request.Name))
            {
                throw ApiError.Validation("name", $"The variable {request.Name} already exists.");
            }

            var now = NextAiTimestamp();
            var variable = new CustomVariable
            {
                Id = NewObjectId(),
                AppId = appId,
                Name = request.Name,
                Description = request.Description,
                SourceType = request.SourceType,
                SourcePath = request.SourcePath,
                ConstantValue = request.ConstantValue,
                DefaultValue = request.DefaultValue,
                Category = AgentVariableCategory.Custom,
                CreatedAt = now,
                UpdatedAt = now,
            };
            _customVariables.Add(variable.Id, variable);
            return Copy(variable, CustomVariableJsonConverter.Instance);
        }
    }

    public CustomVariable UpdateCustomVariable(string id, UpdateCustomVariableRequest request)
    {
        lock (_gate)
        {
            var variable = FindCustomVariable(id);
            variable.SourceType = request.SourceType ?? variable.SourceType;
            variable.Description = request.Description ?? variable.Description;
            variable.SourcePath = request.SourcePath ?? variable.SourcePath;
            variable.ConstantValue = request.ConstantValue ?? variable.ConstantValue;
            variable.DefaultValue = request.DefaultValue ?? variable.DefaultValue;
            variable.UpdatedAt = NextAiTimestamp();
            return Copy(variable, CustomVariableJsonConverter.Instance);
        }
    }

    public void DeleteCustomVariable(string id)
    {
        lock (_gate)
        {
            _customVariables.Remove(FindCustomVariable(id).Id!);
        }
    }

    /// <summary>The models the emulator offers agents, as CometChat's example lists them.</summary>
    public static List<AgentModel> AgentModels() =>
    [
        new() { Model = "gpt-4o-mini", Provider = "openai", Settings = new System.Text.Json.Nodes.JsonObject { ["temperature"] = 0.7 }, Default = true },
        new() { Model = "gpt-4o", Provider = "openai", Settings = [], Default = false },
        new() { Model = "claude-sonnet-4-20250514", Provider = "anthropic", Settings = [], Default = false },
    ];

    // ----- Helpers (call with the lock held) -----

    private AgentVariable Describe(string name, string? description, string sourceType, AgentVariableCategory category)
    {
        var reference = $"@var-{category.Value}:{name}";
        var users = _agents.Values
            .Where(agent => agent.Instruction?.Contains(reference, StringComparison.Ordinal) == true)
            .OrderBy(agent => agent.CreatedAt)
            .Select(agent => new AgentReference { Uid = agent.Uid, Name = agent.Name })
            .ToList();
        return new AgentVariable
        {
            Name = name,
            Description = description,
            SourceType = sourceType,
            Category = category,
            UsageCount = users.Count,
            UsedByAgents = users,
            UsedByTools = [],
        };
    }

    /// <summary>The AI agents service documents no code for an unknown variable; the emulator answers 404 ERR_BAD_REQUEST.</summary>
    private CustomVariable FindCustomVariable(string id) =>
        _customVariables.TryGetValue(id, out var variable)
            ? variable
            : throw new ApiError(404, CometChatErrorCodes.BadRequest, $"The custom variable {id} does not exist.");
}
