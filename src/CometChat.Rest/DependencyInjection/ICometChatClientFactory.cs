using System;

namespace CometChat.Rest;

/// <summary>
/// Hands out the clients registered with <c>services.AddCometChat(...)</c>, one per app name, each created once and shared.
/// </summary>
public interface ICometChatClientFactory
{
    /// <summary>The client of the app registered as <paramref name="name"/> (<see cref="string.Empty"/> for the unnamed app).</summary>
    /// <exception cref="InvalidOperationException">No app of that name was registered.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The app's settings are missing or malformed.</exception>
    CometChatClient GetClient(string name);
}
