using System;
using System.Linq;
using CometChat.Rest;
using CometChat.Rest.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers CometChat clients in a service collection.</summary>
public static class CometChatServiceCollectionExtensions
{
    /// <summary>The configuration section the settings are read from: <c>CometChat</c>, or <c>CometChat:{name}</c> for a named app.</summary>
    public const string ConfigurationSectionName = "CometChat";

    /// <summary>
    /// Registers a <see cref="CometChatClient"/> singleton configured from the <c>CometChat</c> section of
    /// <paramref name="configuration"/> (<c>AppId</c>, <c>Region</c>, <c>ApiKey</c>, <c>BaseUri</c>, <c>Timeout</c>,
    /// <c>MaxRequestsPerMinute</c>, <c>Retry:MaxRetries</c>, ...), then by <paramref name="configure"/>.
    /// The settings are validated when the host starts.
    /// </summary>
    /// <returns>The builder of the app's named <see cref="System.Net.Http.HttpClient"/>, to add handlers or change its primary handler.</returns>
    public static IHttpClientBuilder AddCometChat(this IServiceCollection services, IConfiguration configuration, Action<CometChatClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return AddCore(services, Options.Options.DefaultName, configuration.GetSection(ConfigurationSectionName), configure);
    }

    /// <summary>Registers a <see cref="CometChatClient"/> singleton configured in code. The settings are validated when the host starts.</summary>
    /// <returns>The builder of the app's named <see cref="System.Net.Http.HttpClient"/>.</returns>
    public static IHttpClientBuilder AddCometChat(this IServiceCollection services, Action<CometChatClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return AddCore(services, Options.Options.DefaultName, section: null, configure);
    }

    /// <summary>
    /// Registers the CometChat app <paramref name="name"/> (CometChat advises separate development and production apps),
    /// configured from the <c>CometChat:{name}</c> section of <paramref name="configuration"/>, then by <paramref name="configure"/>.
    /// Resolve it as a keyed service (<c>[FromKeyedServices("dev")] CometChatClient</c>) or with
    /// <see cref="ICometChatClientFactory.GetClient"/>.
    /// </summary>
    /// <returns>The builder of the app's named <see cref="System.Net.Http.HttpClient"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public static IHttpClientBuilder AddCometChat(this IServiceCollection services, string name, IConfiguration configuration, Action<CometChatClientOptions>? configure = null)
    {
        CheckName(name);
        ArgumentNullException.ThrowIfNull(configuration);
        return AddCore(services, name, configuration.GetSection(ConfigurationSectionName + ":" + name), configure);
    }

    /// <summary>Registers the CometChat app <paramref name="name"/>, configured in code; see <see cref="AddCometChat(IServiceCollection, string, IConfiguration, Action{CometChatClientOptions})"/>.</summary>
    /// <returns>The builder of the app's named <see cref="System.Net.Http.HttpClient"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public static IHttpClientBuilder AddCometChat(this IServiceCollection services, string name, Action<CometChatClientOptions> configure)
    {
        CheckName(name);
        ArgumentNullException.ThrowIfNull(configure);
        return AddCore(services, name, section: null, configure);
    }

    private static void CheckName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0)
        {
            throw new ArgumentException("name must not be empty; use the overloads without a name for the unnamed app.", nameof(name));
        }
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services, string name, IConfigurationSection? section, Action<CometChatClientOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);

        var registration = new CometChatRegistration(name);
        var firstTime = !services.Any(d => d.ServiceType == typeof(CometChatRegistration) && Equals(d.ImplementationInstance, registration));

        var options = services.AddOptions<CometChatClientOptions>(name);
        if (section is not null)
        {
            options.Configure(o => CometChatOptionsBinder.Bind(section, o, errors: null));
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        var httpClient = services.AddHttpClient(registration.HttpClientName)
            .ConfigureHttpClient((sp, http) => http.Timeout = sp.GetRequiredService<IOptionsMonitor<CometChatClientOptions>>().Get(name).Timeout);

        if (!firstTime)
        {
            // Adding the same app again only adds configuration; the validator and client are registered once.
            return httpClient;
        }

        services.AddSingleton(registration);
        services.AddSingleton<IValidateOptions<CometChatClientOptions>>(new CometChatOptionsValidator(name, section));
        options.ValidateOnStart();

        services.TryAddSingleton<ICometChatClientFactory, CometChatClientFactory>();
        if (name.Length == 0)
        {
            services.TryAddSingleton(sp => sp.GetRequiredService<ICometChatClientFactory>().GetClient(Options.Options.DefaultName));
        }
        else
        {
            services.AddKeyedSingleton(name, (sp, _) => sp.GetRequiredService<ICometChatClientFactory>().GetClient(name));
        }

        return httpClient;
    }
}
