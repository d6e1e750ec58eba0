using System;
using System.Diagnostics.CodeAnalysis;

namespace CometChat.Rest.Emulator;

/// <summary>The emulator program's arguments.</summary>
internal static class EmulatorCommandLine
{
    public const string Usage = """
        Usage: dotnet run --project src/CometChat.Rest.Emulator -- [options]

        Options:
          --urls <urls>      Loopback http address(es) to listen on, ';'-separated (default http://127.0.0.1:0, a free port)
          --seed             Start with CometChat's five sample users (cometchat-uid-1 to -5), each with an auth token
          --app-id <id>      The app ID to report (default emulator-app)
          --api-key <key>    The REST API key, scope fullAccess (default: random)
          --auth-key <key>   The auth-only key, scope authOnly (default: random)
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
                case "--seed":
                    options.SeedDemoData = true;
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
