using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;

namespace CometChat.Rest.Emulator;

/// <summary><see cref="EmulatorOptions"/>, checked and completed (random keys, loopback addresses).</summary>
internal sealed class EmulatorSettings
{
    /// <summary>The address used when <see cref="EmulatorOptions.Urls"/> is not set: a free loopback port.</summary>
    public const string DefaultUrls = "http://127.0.0.1:0";

    private EmulatorSettings(string appId, IReadOnlyList<string> urls, string restApiKey, string authOnlyApiKey)
    {
        AppId = appId;
        Urls = urls;
        RestApiKey = restApiKey;
        AuthOnlyApiKey = authOnlyApiKey;
    }

    public string AppId { get; }

    public IReadOnlyList<string> Urls { get; }

    public string RestApiKey { get; }

    public string AuthOnlyApiKey { get; }

    /// <exception cref="ArgumentException">A setting is malformed, or an address is not an http loopback address.</exception>
    public static EmulatorSettings From(EmulatorOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.AppId))
        {
            throw new ArgumentException("EmulatorOptions.AppId must not be empty.", nameof(options));
        }

        var restApiKey = CheckKey(options.RestApiKey, nameof(EmulatorOptions.RestApiKey)) ?? NewKey();
        var authOnlyApiKey = CheckKey(options.AuthOnlyApiKey, nameof(EmulatorOptions.AuthOnlyApiKey)) ?? NewKey();
        if (string.Equals(restApiKey, authOnlyApiKey, StringComparison.Ordinal))
        {
            throw new ArgumentException("EmulatorOptions.RestApiKey and EmulatorOptions.AuthOnlyApiKey must differ.", nameof(options));
        }

        CheckLimits(options.RateLimits ?? throw new ArgumentException("EmulatorOptions.RateLimits must not be null.", nameof(options)));
        CheckFaults(options.Faults ?? throw new ArgumentException("EmulatorOptions.Faults must not be null.", nameof(options)));
        return new EmulatorSettings(options.AppId.Trim(), ParseUrls(options.Urls), restApiKey, authOnlyApiKey);
    }

    /// <summary>
    /// Splits <c>;</c>-separated addresses and accepts only <c>http://</c> on a loopback host, so the emulator
    /// (which has no real security) is never reachable from another machine.
    /// </summary>
    /// <exception cref="ArgumentException">An address is not an http loopback address.</exception>
    public static IReadOnlyList<string> ParseUrls(string? urls)
    {
        var text = string.IsNullOrWhiteSpace(urls) ? DefaultUrls : urls;
        var result = new List<string>();
        foreach (var part in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Uri.TryCreate(part, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
            {
                throw new ArgumentException(
                    $"'{part}' is not an http:// address. The emulator serves plain HTTP on a loopback address, for example http://127.0.0.1:5080.",
                    nameof(urls));
            }

            if (!uri.IsLoopback)
            {
                throw new ArgumentException(
                    $"'{part}' is not a loopback address. The emulator only listens on 127.0.0.1, [::1] or localhost (for example http://127.0.0.1:5080), so no other machine can reach it.",
                    nameof(urls));
            }

            if (uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
            {
                throw new ArgumentException(
                    $"'{part}' has more than a scheme, host and port. Give the address only (for example http://127.0.0.1:5080); the API is served under /v3/.",
                    nameof(urls));
            }

            // Kestrel cannot pick a free port for "localhost" (two sockets, IPv4 and IPv6): use 127.0.0.1 then.
            var host = uri.Port == 0 && uri.IsLoopback && uri.HostNameType == UriHostNameType.Dns ? "127.0.0.1" : uri.Host;
            result.Add(string.Create(CultureInfo.InvariantCulture, $"http://{host}:{uri.Port}"));
        }

        if (result.Count == 0)
        {
            throw new ArgumentException("No address to listen on.", nameof(urls));
        }

        return result;
    }

    private static void CheckLimits(EmulatorRateLimitOptions limits)
    {
        if (limits.CoreRequestsPerMinute < 1)
        {
            throw new ArgumentException("EmulatorRateLimitOptions.CoreRequestsPerMinute must be at least 1.", nameof(limits));
        }

        if (limits.StandardRequestsPerMinute < 1)
        {
            throw new ArgumentException("EmulatorRateLimitOptions.StandardRequestsPerMinute must be at least 1.", nameof(limits));
        }
    }

    private static void CheckFaults(EmulatorFaultOptions faults)
    {
        CheckRate(faults.ErrorRate, nameof(EmulatorFaultOptions.ErrorRate));
        CheckRate(faults.DropRate, nameof(EmulatorFaultOptions.DropRate));
        CheckRate(faults.TooManyRequestsRate, nameof(EmulatorFaultOptions.TooManyRequestsRate));
        CheckRate(faults.AfterProcessingShare, nameof(EmulatorFaultOptions.AfterProcessingShare));
        if (faults.ErrorRate + faults.DropRate + faults.TooManyRequestsRate > 1)
        {
            throw new ArgumentException("EmulatorFaultOptions: ErrorRate, DropRate and TooManyRequestsRate add up to more than 1.", nameof(faults));
        }

        if (faults.TooManyRequestsBurstLength < 1)
        {
            throw new ArgumentException("EmulatorFaultOptions.TooManyRequestsBurstLength must be at least 1.", nameof(faults));
        }

        if (faults.TooManyRequestsRetryAfter < TimeSpan.Zero || faults.Latency < TimeSpan.Zero)
        {
            throw new ArgumentException("EmulatorFaultOptions: TooManyRequestsRetryAfter and Latency must not be negative.", nameof(faults));
        }
    }

    private static void CheckRate(double rate, string name)
    {
        if (double.IsNaN(rate) || rate < 0 || rate > 1)
        {
            throw new ArgumentException($"EmulatorFaultOptions.{name} must be between 0 and 1.", name);
        }
    }

    private static string? CheckKey(string? key, string name)
    {
        if (key is null)
        {
            return null;
        }

        if (key.Length == 0)
        {
            throw new ArgumentException($"EmulatorOptions.{name} must not be empty; leave it null for a random key.", name);
        }

        foreach (var c in key)
        {
            if (c <= ' ' || c > '~')
            {
                throw new ArgumentException($"EmulatorOptions.{name} must be printable ASCII without spaces: it is sent in the apikey header.", name);
            }
        }

        return key;
    }

    private static string NewKey() => RandomNumberGenerator.GetHexString(40, lowercase: true);
}
