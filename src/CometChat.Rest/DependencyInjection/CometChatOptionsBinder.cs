using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace CometChat.Rest.DependencyInjection;

/// <summary>
/// Reads <see cref="CometChatClientOptions"/> from a configuration section by hand: no reflection (the library stays
/// trimming and AOT clean), and a value that does not parse becomes a message naming its key instead of an exception
/// thrown from deep inside the options system.
/// </summary>
internal static class CometChatOptionsBinder
{
    /// <summary>Copies the settings present in <paramref name="section"/>; values that do not parse are skipped and described in <paramref name="errors"/>.</summary>
    public static void Bind(IConfiguration section, CometChatClientOptions options, List<string>? errors)
    {
        var path = (section as IConfigurationSection)?.Path ?? "CometChat";

        if (section["AppId"] is { } appId)
        {
            options.AppId = appId;
        }

        if (section["ApiKey"] is { } apiKey)
        {
            options.ApiKey = apiKey;
        }

        if (section["UserAgent"] is { } userAgent)
        {
            options.UserAgent = userAgent;
        }

        if (NonEmpty(section["Region"]) is { } region)
        {
            try
            {
                options.Region = CometChatRegion.Parse(region);
            }
            catch (ArgumentException)
            {
                errors?.Add($"{path}:Region '{region}' is not a CometChat region: expected us, eu or in.");
            }
        }

        if (ReadUri(section, path, "BaseUri", errors) is { } baseUri)
        {
            options.BaseUri = baseUri;
        }

        if (ReadUri(section, path, "CallsBaseUri", errors) is { } callsBaseUri)
        {
            options.CallsBaseUri = callsBaseUri;
        }

        if (ReadTimeSpan(section, path, "Timeout", errors) is { } timeout)
        {
            options.Timeout = timeout;
        }

        if (ReadInt(section, path, "MaxRequestsPerMinute", errors) is { } perMinute)
        {
            options.MaxRequestsPerMinute = perMinute;
        }

        var retry = section.GetSection("Retry");
        var retryPath = path + ":Retry";
        if (ReadInt(retry, retryPath, "MaxRetries", errors) is { } maxRetries)
        {
            options.Retry.MaxRetries = maxRetries;
        }

        if (ReadTimeSpan(retry, retryPath, "BaseDelay", errors) is { } baseDelay)
        {
            options.Retry.BaseDelay = baseDelay;
        }

        if (ReadTimeSpan(retry, retryPath, "MaxDelay", errors) is { } maxDelay)
        {
            options.Retry.MaxDelay = maxDelay;
        }

        if (ReadTimeSpan(retry, retryPath, "MaxRetryAfter", errors) is { } maxRetryAfter)
        {
            options.Retry.MaxRetryAfter = maxRetryAfter;
        }

        if (ReadTimeSpan(retry, retryPath, "AttemptTimeout", errors) is { } attemptTimeout)
        {
            options.Retry.AttemptTimeout = attemptTimeout;
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Uri? ReadUri(IConfiguration section, string path, string key, List<string>? errors)
    {
        if (NonEmpty(section[key]) is not { } text)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return uri;
        }

        errors?.Add($"{path}:{key} '{text}' is not an absolute http or https address.");
        return null;
    }

    private static TimeSpan? ReadTimeSpan(IConfiguration section, string path, string key, List<string>? errors)
    {
        if (NonEmpty(section[key]) is not { } text)
        {
            return null;
        }

        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors?.Add($"{path}:{key} '{text}' is not a time span (write it as hh:mm:ss, for example 00:00:30).");
        return null;
    }

    private static int? ReadInt(IConfiguration section, string path, string key, List<string>? errors)
    {
        if (NonEmpty(section[key]) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors?.Add($"{path}:{key} '{text}' is not a whole number.");
        return null;
    }
}
