using Microsoft.CodeAnalysis;

namespace CometChat.Rest.Analyzers;

/// <summary>
/// The runtime's metadata attributes, resolved once per compilation. Their absence means the project does not
/// use CometChat.Rest, and the analyzers then do no work at all.
/// </summary>
internal sealed class MetadataSymbols
{
    private MetadataSymbols(
        INamedTypeSymbol identifier,
        INamedTypeSymbol limits,
        INamedTypeSymbol apiKey,
        INamedTypeSymbol? knownValues,
        INamedTypeSymbol? requiredWhen)
    {
        Identifier = identifier;
        Limits = limits;
        ApiKey = apiKey;
        KnownValues = knownValues;
        RequiredWhen = requiredWhen;
    }

    public INamedTypeSymbol Identifier { get; }

    public INamedTypeSymbol Limits { get; }

    public INamedTypeSymbol ApiKey { get; }

    /// <summary>Null with an older library that does not emit known enum values.</summary>
    public INamedTypeSymbol? KnownValues { get; }

    /// <summary>Null with an older library that does not emit conditions between properties.</summary>
    public INamedTypeSymbol? RequiredWhen { get; }

    public static MetadataSymbols? Create(Compilation compilation)
    {
        var identifier = compilation.GetTypeByMetadataName("CometChat.Rest.CometChatIdentifierAttribute");
        var limits = compilation.GetTypeByMetadataName("CometChat.Rest.CometChatLimitsAttribute");
        var apiKey = compilation.GetTypeByMetadataName("CometChat.Rest.CometChatApiKeyAttribute");
        return identifier is null || limits is null || apiKey is null
            ? null
            : new MetadataSymbols(
                identifier,
                limits,
                apiKey,
                compilation.GetTypeByMetadataName("CometChat.Rest.CometChatKnownValuesAttribute"),
                compilation.GetTypeByMetadataName("CometChat.Rest.CometChatRequiredWhenAttribute"));
    }

    public static AttributeData? Find(ISymbol symbol, INamedTypeSymbol attribute)
    {
        foreach (var data in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute))
            {
                return data;
            }
        }

        return null;
    }
}
