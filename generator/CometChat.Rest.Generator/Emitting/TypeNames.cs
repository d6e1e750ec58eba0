using System;
using CometChat.Rest.Generator.Model;

namespace CometChat.Rest.Generator.Emitting;

/// <summary>How each <see cref="TypeSpec"/> is spelled, read and written in generated code.</summary>
internal static class TypeNames
{
    public static string CSharp(TypeSpec type) => type.Kind switch
    {
        SpecTypeKind.String => "string",
        SpecTypeKind.Int32 => "int",
        SpecTypeKind.Int64 => "long",
        SpecTypeKind.Double => "double",
        SpecTypeKind.Boolean => "bool",
        SpecTypeKind.UnixTime => "DateTimeOffset",
        SpecTypeKind.JsonObject => "JsonObject",
        SpecTypeKind.JsonNode => "JsonNode",
        SpecTypeKind.Model or SpecTypeKind.Enum => type.Name!,
        SpecTypeKind.List => $"IList<{CSharp(type.Element!)}>",
        SpecTypeKind.Map => $"IDictionary<string, {CSharp(type.Element!)}>",
        SpecTypeKind.Binary => "CometChatFile",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The C# type, nullable.</summary>
    public static string Nullable(TypeSpec type) => CSharp(type) + "?";

    /// <summary>An expression for the <c>JsonConverter&lt;T&gt;</c> of a type.</summary>
    public static string Converter(TypeSpec type) => type.Kind switch
    {
        SpecTypeKind.String => "JsonConverters.String",
        SpecTypeKind.Int32 => "JsonConverters.Int32",
        SpecTypeKind.Int64 => "JsonConverters.Int64",
        SpecTypeKind.Double => "JsonConverters.Double",
        SpecTypeKind.Boolean => "JsonConverters.Boolean",
        SpecTypeKind.UnixTime => "JsonConverters.UnixTime",
        SpecTypeKind.JsonObject => "JsonConverters.Object",
        SpecTypeKind.JsonNode => "JsonConverters.Node",
        SpecTypeKind.Model or SpecTypeKind.Enum => type.Name + "JsonConverter.Instance",
        SpecTypeKind.List => $"JsonConverters.List({Converter(type.Element!)})",
        SpecTypeKind.Map => $"JsonConverters.Dictionary({Converter(type.Element!)})",
        SpecTypeKind.Binary => "JsonConverters.File",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>An expression that reads a value (or null) from <c>reader</c> positioned on it.</summary>
    public static string Read(TypeSpec type)
    {
        var read = type.Kind switch
        {
            SpecTypeKind.String => "JsonRead.NullableString(ref reader)",
            SpecTypeKind.JsonNode => "JsonRead.Node(ref reader)",
            SpecTypeKind.Int32 => "JsonRead.Int32(ref reader)",
            SpecTypeKind.Int64 => "JsonRead.Int64(ref reader)",
            SpecTypeKind.Double => "JsonRead.Double(ref reader)",
            SpecTypeKind.Boolean => "JsonRead.Boolean(ref reader)",
            SpecTypeKind.UnixTime => "JsonRead.UnixTime(ref reader)",
            SpecTypeKind.JsonObject => "JsonRead.Object(ref reader)",
            SpecTypeKind.Model or SpecTypeKind.Enum => $"{type.Name}JsonConverter.Instance.Read(ref reader, typeof({type.Name}), options)",
            SpecTypeKind.List => $"JsonRead.List(ref reader, {Converter(type.Element!)}, options)",
            SpecTypeKind.Map => $"JsonRead.Dictionary(ref reader, {Converter(type.Element!)}, options)",
            SpecTypeKind.Binary => "JsonConverters.File.Read(ref reader, typeof(CometChatFile), options)",
            _ => throw new ArgumentOutOfRangeException(nameof(type)),
        };

        if (type.Kind is SpecTypeKind.String or SpecTypeKind.JsonNode)
        {
            return read;
        }

        // Enums convert implicitly from string, so a bare null would bind to that conversion.
        var nullValue = type.Kind == SpecTypeKind.Enum ? $"({type.Name}?)null" : "null";
        return $"reader.TokenType == JsonTokenType.Null ? {nullValue} : {read}";
    }

    /// <summary>Statements that write property <paramref name="name"/> (a JsonEncodedText field) with value <paramref name="value"/>.</summary>
    public static string[] Write(TypeSpec type, string name, string value) => type.Kind switch
    {
        SpecTypeKind.String => new[] { $"writer.WriteString({name}, {value});" },
        SpecTypeKind.Int32 or SpecTypeKind.Int64 or SpecTypeKind.Double => new[] { $"writer.WriteNumber({name}, {value});" },
        SpecTypeKind.Boolean => new[] { $"writer.WriteBoolean({name}, {value});" },
        SpecTypeKind.UnixTime => new[] { $"writer.WritePropertyName({name});", $"JsonWrite.UnixTime(writer, {value});" },
        SpecTypeKind.JsonObject or SpecTypeKind.JsonNode => new[] { $"writer.WritePropertyName({name});", $"{value}.WriteTo(writer);" },
        SpecTypeKind.Model or SpecTypeKind.Enum => new[] { $"writer.WritePropertyName({name});", $"{type.Name}JsonConverter.Instance.Write(writer, {value}, options);" },
        SpecTypeKind.List => new[] { $"writer.WritePropertyName({name});", $"JsonWrite.List(writer, {value}, {Converter(type.Element!)}, options);" },
        SpecTypeKind.Map => new[] { $"writer.WritePropertyName({name});", $"JsonWrite.Dictionary(writer, {value}, {Converter(type.Element!)}, options);" },
        SpecTypeKind.Binary => new[] { $"writer.WritePropertyName({name});", $"JsonConverters.File.Write(writer, {value}, options);" },
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static string IdentifierKind(string kind) => kind switch
    {
        "uid" => "IdentifierKind.Uid",
        "guid" => "IdentifierKind.Guid",
        _ => "IdentifierKind.Role",
    };
}
