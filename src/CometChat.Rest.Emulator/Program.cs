using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace CometChat.Rest.Emulator;

/// <summary>
/// Runs the emulator until Ctrl+C:
/// <c>dotnet run --project src/CometChat.Rest.Emulator -- --urls http://127.0.0.1:5080 [--seed] [--app-id X] [--api-key K]</c>.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (!EmulatorCommandLine.TryParse(args, out var options, out var help, out var error))
        {
            await Console.Error.WriteLineAsync(error).ConfigureAwait(false);
            await Console.Error.WriteLineAsync(EmulatorCommandLine.Usage).ConfigureAwait(false);
            return 2;
        }

        if (help)
        {
            Console.WriteLine(EmulatorCommandLine.Usage);
            return 0;
        }

        CometChatEmulator emulator;
        try
        {
            emulator = await CometChatEmulator.StartAsync(options).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ArgumentException or IOException)
        {
            // ArgumentException.Message ends with " (Parameter 'x')": the sentence reads better without it.
            var message = ex is ArgumentException { ParamName: { } name }
                ? ex.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal)
                : ex.Message;
            await Console.Error.WriteLineAsync($"The emulator could not start: {message}").ConfigureAwait(false);
            return 1;
        }

        await using (emulator.ConfigureAwait(false))
        {
            var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stopped.TrySetResult();
            };
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
            {
                signal.Cancel = true;
                stopped.TrySetResult();
            });

            Print(emulator, options);
            await stopped.Task.ConfigureAwait(false);
            Console.WriteLine("Stopping the emulator.");
        }

        return 0;
    }

    private static void Print(CometChatEmulator emulator, EmulatorOptions options)
    {
        Console.WriteLine("CometChat REST API emulator (in memory; data is lost when it stops)");
        Console.WriteLine($"  Base URI:      {emulator.BaseUri}");
        Console.WriteLine($"  App ID:        {emulator.AppId}");
        Console.WriteLine($"  REST API key:  {emulator.RestApiKey}  (fullAccess)");
        Console.WriteLine($"  Auth key:      {emulator.AuthOnlyApiKey}  (authOnly)");
        if (emulator.SeededUsers.Count > 0)
        {
            Console.WriteLine("  Demo users:");
            foreach (var user in emulator.SeededUsers)
            {
                Console.WriteLine($"    {user.Uid,-16} {user.Name,-14} auth token {user.AuthToken}");
            }
        }

        var limits = options.RateLimits;
        Console.WriteLine(limits.Enabled
            ? $"  Rate limits:   enforced, {limits.CoreRequestsPerMinute}/min core, {limits.StandardRequestsPerMinute}/min standard"
            : "  Rate limits:   counted in the X-Rate-Limit headers, not enforced (--rate-limits to enforce)");
        var faults = options.Faults;
        if (faults.Any)
        {
            Console.WriteLine($"  Faults:        errors {faults.ErrorRate:P0}, drops {faults.DropRate:P0}, 429 bursts {faults.TooManyRequestsRate:P0} x{faults.TooManyRequestsBurstLength}, latency {faults.Latency.TotalMilliseconds} ms, seed {faults.Seed?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "random"}");
        }

        if (options.SeedDemoData)
        {
            Console.WriteLine("  Demo groups:   cometchat-guid-1 (public, owner cometchat-uid-1), cometchat-guid-2 (private, owner cometchat-uid-2)");
        }

        Console.WriteLine();
        Console.WriteLine($"Try: curl -H \"apikey: {emulator.RestApiKey}\" {emulator.BaseUri}users");
        Console.WriteLine("Press Ctrl+C to stop.");
    }
}
