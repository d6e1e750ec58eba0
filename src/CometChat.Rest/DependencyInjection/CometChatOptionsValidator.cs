using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CometChat.Rest.DependencyInjection;

/// <summary>
/// Validates one app's options: the configuration values that did not parse, then <see cref="CometChatClientOptions.Validate"/>.
/// </summary>
internal sealed class CometChatOptionsValidator(string appName, IConfiguration? section) : IValidateOptions<CometChatClientOptions>
{
    public ValidateOptionsResult Validate(string? name, CometChatClientOptions options)
    {
        if (!string.Equals(name ?? string.Empty, appName, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        var errors = new List<string>();
        if (section is not null)
        {
            // Binding again into a scratch object is the simplest way to learn which values were skipped.
            CometChatOptionsBinder.Bind(section, new CometChatClientOptions(), errors);
        }

        try
        {
            options.Validate();
        }
        catch (ArgumentException ex)
        {
            // ArgumentException.Message ends with " (Parameter 'x')"; the message already names the setting.
            errors.Add(ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal));
        }

        if (errors.Count == 0)
        {
            return ValidateOptionsResult.Success;
        }

        var app = appName.Length == 0 ? "The CometChat app" : $"The CometChat app '{appName}'";
        return ValidateOptionsResult.Fail(errors.ConvertAll(e => $"{app} is misconfigured: {e}"));
    }
}
