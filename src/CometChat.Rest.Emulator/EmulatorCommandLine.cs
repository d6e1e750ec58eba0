using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CometChat.Rest.Emulator;

/// <summary>The emulator program's arguments.</summary>
internal static class EmulatorCommandLine
{
    public const string Usage = """
        Usage: dotnet run --project src/CometChat.Rest.Emulator -- [options]

        Options:
          --urls <urls>      Loopback http address(es) to listen on, ';'-separated (default http://127.0.0.1:0, a free port)
          --seed, --seed-demo-data
                             Start with demo data: CometChat's five sample users (cometchat-uid-1 to -5, each with
                             an auth token), friendships, two groups with members, messages, a role and a call
          --app-id <id>      The app ID to report (default emulator-app)
          --api-key <key>    The REST API key, scope fullAccess (default: random)
          --auth-key <key>   The auth-only key, scope authOnly (default: random)

        Rate limits (counted always, enforced only with --rate-limits):
          --rate-limits              Refuse requests over budget with 429 ERR_TOO_MANY_REQUESTS
          --core-limit <n>           Core requests per minute (default 10000)
          --standard-limit <n>       Standard requests per minute (default 20000)

        Fault injection (off by default; repeatable with --fault-seed):
          --fault-error-rate <0-1>   Fraction of requests answered 500 or 503
          --fault-drop-rate <0-1>    Fraction of requests whose connection is dropped
          --fault-429-rate <0-1>     Fraction of requests that start a burst of 429s
          --fault-late-share <0-1>   Share of errors and drops that strike after the change was made
          --fault-429-burst <n>      Length of a 429 burst (default 3)
          --fault-latency-ms <ms>    Latency added to every request
          --fault-seed <n>           Seed of the fault sequence

          -h, --help         Show this help
        """;

    /// <summary>Parses the arguments; <c>--name value</c> and <c>--name=value</c> both work.</summary>
    /// <returns>False with <paramref name="error"/> set when the arguments are wrong.</returns>
    public static bool TryParse(string[] args, [NotNullWhen(true)] out EmulatorOptions? options, out bool help, [NotNullWhen(false)] out string? error)
    {
        options = new EmulatorOptions();
        help = false;
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string? inlineValue = null;
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                inlineValue = arg[(equals + 1)..];
                arg = arg[..equals];
            }

            switch (arg)
            {
                case "-h" or "--help" or "-?":
                    help = true;
                    break;
                case "--seed" or "--seed-demo-data":
                    options.SeedDemoData = true;
                    break;
                case "--rate-limits":
                    options.RateLimits.Enabled = true;
                    break;
                case "--core-limit" or "--standard-limit" or "--fault-429-burst" or "--fault-latency-ms" or "--fault-seed":
                    if (!TryValue(args, ref i, arg, inlineValue, out var integerText, out error))
                    {
                        options = null;
                        return false;
                    }

                    if (!int.TryParse(integerText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer) || (integer < 0 && arg != "--fault-seed"))
                    {
                        options = null;
                        error = $"{arg} needs a whole number, not '{integerText}'.";
                        return false;
                    }

                    SetInteger(options, arg, integer);
                    break;
                case "--fault-error-rate" or "--fault-drop-rate" or "--fault-429-rate" or "--fault-late-share":
                    if (!TryValue(args, ref i, arg, inlineValue, out var rateText, out error))
                    {
                        options = null;
                        return false;
                    }

                    if (!double.TryParse(rateText, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) || rate < 0 || rate > 1)
                    {
                        options = null;
                        error = $"{arg} needs a fraction between 0 and 1, not '{rateText}'.";
                        return false;
                    }

                    SetRate(options, arg, rate);
                    break;
                case "--urls":
                    if (!TryValue(args, ref i, arg, inlineValue, out var urls, out error))
                    {
                        options = null;
                        return false;
                    }

                    options.Urls = urls;
                    break;
                case "--app-id":
                    if (!TryValue(args, ref i, arg, inlineValue, out var appId, out error))
                    {
                        options = null;
                        return false;
                    }

                    options.AppId = appId;
                    break;
                case "--api-key":
                    if (!TryValue(args, ref i, arg, inlineValue, out var apiKey, out error))
                    {
                        options = null;
                        return false;
                    }

                    options.RestApiKey = apiKey;
                    break;
                case "--auth-key":
                    if (!TryValue(args, ref i, arg, inlineValue, out var authKey, out error))
                    {
                        options = null;
                        return false;
                    }

                    options.AuthOnlyApiKey = authKey;
                    break;
                default:
                    options = null;
                    error = $"Unknown argument '{args[i]}'.";
                    return false;
            }
        }

        return true;
    }

    private static void SetInteger(EmulatorOptions options, string name, int value)
    {
        switch (name)
        {
            case "--core-limit":
                options.RateLimits.CoreRequestsPerMinute = value;
                break;
            case "--standard-limit":
                options.RateLimits.StandardRequestsPerMinute = value;
                break;
            case "--fault-429-burst":
                options.Faults.TooManyRequestsBurstLength = value;
                break;
            case "--fault-latency-ms":
                options.Faults.Latency = TimeSpan.FromMilliseconds(value);
                break;
            default:
                options.Faults.Seed = value;
                break;
        }
    }

    private static void SetRate(EmulatorOptions options, string name, double value)
    {
        switch (name)
        {
            case "--fault-error-rate":
                options.Faults.ErrorRate = value;
                break;
            case "--fault-drop-rate":
                options.Faults.DropRate = value;
                break;
            case "--fault-late-share":
                options.Faults.AfterProcessingShare = value;
                break;
            default:
                options.Faults.TooManyRequestsRate = value;
                break;
        }
    }

    private static bool TryValue(string[] args, ref int i, string name, string? inlineValue, [NotNullWhen(true)] out string? value, [NotNullWhen(false)] out string? error)
    {
        value = inlineValue;
        if (value is null && i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            value = args[++i];
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            value = null;
            error = $"{name} needs a value.";
            return false;
        }

        error = null;
        return true;
    }
}
