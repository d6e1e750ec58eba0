using Microsoft.CodeAnalysis;

namespace CometChat.Rest.Analyzers;

/// <summary>
/// The runtime's metadata attributes, resolved once per compilation. Their absence means the project does not
/// use CometChat.Rest, and the analyzers then do no work at all.
/// </summary>
internal sealed class MetadataSymbols
{
    private MetadataSymbols(INamedTypeSymbol identifier, INamedTypeSymbol limits, INamedTypeSymbol apiKey)
    {
        Identifier = identifier;
        Limits = limits;
        ApiKey = apiKey;
    }

    public INamedTypeSymbol Identifier { get; }

    public INamedTypeSymbol Limits { get; }

    public INamedTypeSymbol ApiKey { get; }

    public static MetadataSymbols? Create(Compilation compilation)
    {
        var identifier = compilation.GetTypeByMetadataName("CometChat.Rest.CometChatIdentifierAttribute");
        var limits = compilation.GetTypeByMetadataName("CometChat.Rest.CometChatLimitsAttribute");
        var apiKey = compilation.GetTypeByMetadataName("CometChat.Rest.CometChatApiKeyAttribute");
        return identifier is null || limits is null || apiKey is null ? null : new MetadataSymbols(identifier, limits, apiKey);
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
