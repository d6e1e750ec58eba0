namespace CometChat.Rest.Generator.Model;

// The generator's view of a spec: plain records with value equality and no Roslyn types, so that the
// incremental pipeline can tell unchanged parts apart and skip re-emitting them.

/// <summary>Everything one spec file produces.</summary>
internal sealed record SpecModel(
    RootClientSpec Root,
    EquatableArray<ModelSpec> Models,
    EquatableArray<EnumSpec> Enums,
    EquatableArray<GroupSpec> Groups,
    ErrorCodesSpec ErrorCodes)
{
    public static SpecModel Empty(string ns) => new(
        new RootClientSpec(ns, "CometChatClient", "CometChat", EquatableArray<GroupRef>.Empty, EquatableArray<string>.Empty),
        EquatableArray<ModelSpec>.Empty,
        EquatableArray<EnumSpec>.Empty,
        EquatableArray<GroupSpec>.Empty,
        new ErrorCodesSpec(ns, "CometChat", EquatableArray<ErrorCodeSpec>.Empty));
}

/// <summary>The root client: one property per resource group.</summary>
/// <param name="Prefix">The client name without <c>Client</c>, used for companion types (<c>CometChatErrorCodes</c>).</param>
/// <param name="SerializableTypes">Models and enums the JSON type-info resolver knows.</param>
internal sealed record RootClientSpec(string Namespace, string Name, string Prefix, EquatableArray<GroupRef> Groups, EquatableArray<string> SerializableTypes);

internal sealed record GroupRef(string Name, string? Description);

/// <summary>A resource group (<c>client.Users</c>) and its operations.</summary>
internal sealed record GroupSpec(string Namespace, string Name, string? Description, EquatableArray<OperationSpec> Operations)
{
    public string ClassName => Name + "Client";
}

internal enum ResponseKind
{
    /// <summary>The body is ignored.</summary>
    None,

    /// <summary>The <c>data</c> member of an envelope.</summary>
    Data,

    /// <summary>One page of a page-based list envelope.</summary>
    Page,

    /// <summary>The whole body, not enveloped.</summary>
    Body,

    /// <summary>One page of a cursor-paged list envelope (<c>meta.next</c> holds the next page's query values).</summary>
    CursorPage,
}

internal sealed record OperationSpec(
    string OperationId,
    string Group,
    string MethodName,
    string HttpMethod,
    string Path,
    string Host,
    string? Summary,
    string? Description,
    string? RateLimit,
    bool Deprecated,
    string? Replacement,
    EquatableArray<ParameterSpec> Parameters,
    BodySpec? Body,
    ResponseKind ResponseKind,
    TypeSpec? ResponseType,
    string? OptionsClassName,
    EquatableArray<CursorRename> CursorRenames);

/// <summary>A cursor value sent back under another query parameter name (<c>x-cometchat-cursor-parameters</c>).</summary>
internal sealed record CursorRename(string CursorName, string QueryName);

internal enum ParameterLocation
{
    Path,
    Query,
    Header,
}

internal sealed record ParameterSpec(
    string JsonName,
    string CSharpName,
    ParameterLocation Location,
    TypeSpec Type,
    bool Required,
    string? Description,
    Constraints Constraints,
    bool Explode,
    string? DefaultValue);

/// <param name="Validates">Whether the body model has a <c>Validate</c> method (it has documented limits).</param>
/// <param name="IsForm">Whether the body is sent as <c>multipart/form-data</c> (the model's <c>ToForm</c>) instead of JSON.</param>
internal sealed record BodySpec(TypeSpec Type, bool Required, string? Description, bool Validates, bool IsForm = false);

/// <summary>A model class and its converter.</summary>
/// <param name="Properties">The properties this model declares itself (not those of its base).</param>
/// <param name="IsRequestBody">Whether an operation sends it, directly or nested in a request body, so its limits are worth checking before sending.</param>
/// <param name="Hierarchy">Where the model sits in a polymorphic hierarchy; <see cref="ModelHierarchy.None"/> for most.</param>
/// <param name="NestedValidation">The C# names of properties holding models (or lists or maps of models) that have a <c>Validate</c> method of their own.</param>
/// <param name="IsFormBody">Whether an operation sends it as <c>multipart/form-data</c>, so it gets a <c>ToForm</c> method.</param>
internal sealed record ModelSpec(
    string Namespace,
    string Name,
    string? Description,
    EquatableArray<PropertySpec> Properties,
    bool Deprecated,
    bool IsRequestBody,
    ModelHierarchy Hierarchy,
    EquatableArray<string>? NestedValidation = null,
    bool IsFormBody = false)
{
    /// <summary>The properties of the base models, root first, then this model's own.</summary>
    public System.Collections.Generic.IEnumerable<PropertySpec> AllProperties
    {
        get
        {
            foreach (var property in Hierarchy.InheritedProperties)
            {
                yield return property;
            }

            foreach (var property in Properties)
            {
                yield return property;
            }
        }
    }

    /// <summary>Whether the model is sent and it, or a model inside it, has limits the client checks before sending.</summary>
    public bool HasValidation => IsRequestBody && (HasOwnGuards || NestedValidation is { Count: > 0 });

    /// <summary>Whether one of the model's own properties has a documented limit.</summary>
    public bool HasOwnGuards
    {
        get
        {
            foreach (var property in Properties)
            {
                if (Emitting.FileHeader.Guards(property.Constraints, property.Type, string.Empty, string.Empty, property.Required).GetEnumerator().MoveNext())
                {
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>
/// A model's place in a polymorphic hierarchy (<c>allOf</c> with a base <c>$ref</c>, and <c>discriminator</c>).
/// </summary>
/// <param name="BaseName">The model this one derives from, or null.</param>
/// <param name="InheritedProperties">Every property of the base models, root first.</param>
/// <param name="DerivedNames">The models deriving directly from this one; a model with none is sealed.</param>
/// <param name="Discriminator">How a JSON object is mapped to a derived model when read as this one, or null.</param>
internal sealed record ModelHierarchy(
    string? BaseName,
    EquatableArray<PropertySpec> InheritedProperties,
    EquatableArray<string> DerivedNames,
    DiscriminatorSpec? Discriminator)
{
    public static ModelHierarchy None { get; } = new(null, EquatableArray<PropertySpec>.Empty, EquatableArray<string>.Empty, null);
}

/// <summary>The property whose value picks the derived model, and the value → model cases.</summary>
internal sealed record DiscriminatorSpec(string JsonName, string CSharpName, EquatableArray<DiscriminatorCase> Cases);

/// <summary>One discriminator value and the model it maps to (several values may map to one model).</summary>
internal sealed record DiscriminatorCase(string Value, string ModelName);

internal sealed record PropertySpec(
    string JsonName,
    string CSharpName,
    TypeSpec Type,
    bool Required,
    bool Nullable,
    string? Description,
    Constraints Constraints,
    bool Deprecated,
    RequiredWhenSpec? RequiredWhen = null);

/// <summary>
/// The property is needed when a sibling has a given value, and ignored otherwise (<c>x-cometchat-required-when</c>).
/// </summary>
/// <param name="CSharpName">The C# name of the sibling property.</param>
/// <param name="Value">The sibling's value, as CometChat spells it.</param>
internal sealed record RequiredWhenSpec(string CSharpName, string Value);

/// <summary>The documented limits of a value, checked client-side.</summary>
internal sealed record Constraints(
    string? Identifier,
    int? MinLength,
    int? MaxLength,
    long? Minimum,
    long? Maximum,
    int? MaxItems,
    string? ItemIdentifier,
    int? ItemMaxLength,
    string? Pattern)
{
    public static Constraints None { get; } = new(null, null, null, null, null, null, null, null, null);
}

/// <summary>A forward-compatible string enum.</summary>
internal sealed record EnumSpec(string Namespace, string Name, string? Description, EquatableArray<EnumValueSpec> Values);

internal sealed record EnumValueSpec(string Value, string MemberName, string? Description);

internal sealed record ErrorCodesSpec(string Namespace, string Prefix, EquatableArray<ErrorCodeSpec> Codes);

internal sealed record ErrorCodeSpec(string Code, string MemberName, int? Status, string? Description);

internal enum SpecTypeKind
{
    String,
    Int32,
    Int64,
    Double,
    Boolean,
    UnixTime,
    JsonObject,
    JsonNode,
    Model,
    Enum,
    List,
    Map,

    /// <summary>A file (<c>type: string, format: binary</c>), sent as a part of a <c>multipart/form-data</c> body.</summary>
    Binary,
}

/// <summary>A C# type a schema maps to.</summary>
/// <param name="Name">The model or enum name, for <see cref="SpecTypeKind.Model"/> and <see cref="SpecTypeKind.Enum"/>.</param>
/// <param name="Element">The item type of a list or map.</param>
internal sealed record TypeSpec(SpecTypeKind Kind, string? Name = null, TypeSpec? Element = null)
{
    public static TypeSpec String { get; } = new(SpecTypeKind.String);

    public static TypeSpec JsonNode { get; } = new(SpecTypeKind.JsonNode);

    public bool IsValueType => Kind is SpecTypeKind.Int32 or SpecTypeKind.Int64 or SpecTypeKind.Double or SpecTypeKind.Boolean or SpecTypeKind.UnixTime or SpecTypeKind.Enum;
}
