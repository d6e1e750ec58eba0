using System.Linq;
using CometChat.Rest.Generator.Model;

namespace CometChat.Rest.Generator.Emitting;

/// <summary>
/// Emits a forward-compatible string enum: a struct whose known values are static properties and whose unknown
/// values (ones CometChat adds later) are kept as they came instead of failing.
/// </summary>
internal static class EnumEmitter
{
    public static string Emit(EnumSpec spec)
    {
        var name = spec.Name;
        var writer = FileHeader.Start(spec.Namespace);
        writer.Open($"namespace {spec.Namespace}.Models");
        writer.Summary(spec.Description, $"The {name} values CometChat uses.");
        writer.RawDocTag("remarks", "Values CometChat adds later are kept as they are: compare with the known values below, or read <see cref=\"Value\"/>.");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Line($"[JsonConverter(typeof({name}JsonConverter))]");
        writer.Line(KnownValuesAttribute(spec));
        writer.Open($"public readonly partial struct {name} : IEquatable<{name}>");
        writer.Line("private readonly string? _value;");
        writer.Line();
        writer.Line($"/// <summary>Creates a value, known or not.</summary>");
        writer.Line("/// <param name=\"value\">The value as CometChat spells it.</param>");
        writer.Open($"public {name}(string value)");
        writer.Line("ArgumentNullException.ThrowIfNull(value);");
        writer.Line("_value = value;");
        writer.Close();

        foreach (var value in spec.Values)
        {
            writer.Line();
            writer.Summary(value.Description, $"<c>{SourceWriter.Xml(value.Value)}</c>");
            writer.Line($"public static {name} {value.MemberName} {{ get; }} = new({SourceWriter.Literal(value.Value)});");
        }

        writer.Line();
        writer.Line("/// <summary>The value as CometChat spells it.</summary>");
        writer.Line("public string Value => _value ?? string.Empty;");
        writer.Line();
        writer.Line("/// <summary>Whether this is one of the values this version of the SDK knows.</summary>");
        var known = spec.Values.Count == 0 ? "false" : string.Join(" or ", spec.Values.Select(v => SourceWriter.Literal(v.Value)));
        writer.Line($"public bool IsKnown => _value is {known};");
        writer.Line();
        writer.Line("/// <summary>Converts text to a value.</summary>");
        writer.Line($"public static implicit operator {name}(string value) => new(value);");
        writer.Line();
        writer.Line("/// <summary>Compares two values (ordinal, as CometChat does).</summary>");
        writer.Line($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
        writer.Line();
        writer.Line("/// <summary>Compares two values (ordinal, as CometChat does).</summary>");
        writer.Line($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line($"public bool Equals({name} other) => string.Equals(Value, other.Value, StringComparison.Ordinal);");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("public override string ToString() => Value;");
        writer.Close();
        writer.Close();
        writer.Line();

        writer.Open($"namespace {spec.Namespace}.Serialization");
        writer.Line($"/// <summary>Reads and writes <see cref=\"{name}\"/> as a JSON string.</summary>");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Open($"public sealed class {name}JsonConverter : JsonConverter<{name}>");
        writer.Line("/// <summary>The shared instance.</summary>");
        writer.Line($"public static {name}JsonConverter Instance {{ get; }} = new();");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line($"public override {name} Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(JsonRead.String(ref reader));");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Open($"public override void Write(Utf8JsonWriter writer, {name} value, JsonSerializerOptions options)");
        writer.Line("ArgumentNullException.ThrowIfNull(writer);");
        writer.Line("writer.WriteStringValue(value.Value);");
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    // Analyzers read the known values from here to flag constants CometChat does not document.
    private static string KnownValuesAttribute(EnumSpec spec) =>
        $"[CometChatKnownValues({string.Join(", ", spec.Values.Select(v => SourceWriter.Literal(v.Value)))})]";
}
