using System;

namespace CometChat.Rest.Emulator;

/// <summary>Settings for a <see cref="CometChatEmulator"/>.</summary>
public sealed class EmulatorOptions
{
    /// <summary>The app ID the emulator reports. Defaults to <c>emulator-app</c>.</summary>
    public string AppId { get; set; } = "emulator-app";

    /// <summary>
    /// Where to listen: one or more <c>http://</c> loopback addresses separated by <c>;</c>
    /// (<c>127.0.0.1</c>, <c>[::1]</c> or <c>localhost</c>). Port 0 picks a free port.
    /// Defaults to <c>http://127.0.0.1:0</c>.
    /// </summary>
    public string? Urls { get; set; }

    /// <summary>
    /// The value of the app's REST API key (scope <c>fullAccess</c>, named "Rest API Key").
    /// A random 40-hex-digit key when null.
    /// </summary>
    public string? RestApiKey { get; set; }

    /// <summary>
    /// The value of the app's auth-only key (scope <c>authOnly</c>, named "Auth Key"), which may only create users
    /// and auth tokens. A random 40-hex-digit key when null.
    /// </summary>
    public string? AuthOnlyApiKey { get; set; }

    /// <summary>
    /// When true, the emulator starts with demo data: CometChat's five sample users (<c>cometchat-uid-1</c> to
    /// <c>cometchat-uid-5</c>, tagged <c>demo</c>, each with an auth token), friendships among them, two groups with
    /// members, a few messages in conversations, a <c>support</c> role and a finished call.
    /// </summary>
    public bool SeedDemoData { get; set; }

    /// <summary>Per-minute request budgets like CometChat's; counted but not enforced unless enabled.</summary>
    public EmulatorRateLimitOptions RateLimits { get; set; } = new();

    /// <summary>Failures to inject (server errors, dropped connections, 429 bursts, latency); none by default.</summary>
    public EmulatorFaultOptions Faults { get; set; } = new();

    /// <summary>
    /// The clock for timestamps, rate-limit windows and injected latency. Defaults to <see cref="TimeProvider.System"/>;
    /// tests can pass their own to move time without waiting.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }
}
