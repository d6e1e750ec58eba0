using System.Collections.Generic;
using System.Linq;
using CometChat.Rest.Generator.Model;

namespace CometChat.Rest.Generator.Emitting;

/// <summary>Emits one model class and its JSON converter into one file.</summary>
internal static class ModelEmitter
{
    public static string Emit(ModelSpec model)
    {
        // Only list indexes in validation paths need the invariant culture.
        var writer = model.HasValidation && model.Properties.Any(p => p.Type.Kind == SpecTypeKind.List && model.NestedValidation?.Contains(p.CSharpName) == true)
            ? FileHeader.Start(model.Namespace, "System.Globalization")
            : FileHeader.Start(model.Namespace);
        writer.Open($"namespace {model.Namespace}.Models");
        EmitClass(writer, model);
        writer.Close();
        writer.Line();
        writer.Open($"namespace {model.Namespace}.Serialization");
        EmitConverter(writer, model);
        writer.Close();
        return writer.ToString();
    }

    private static void EmitClass(SourceWriter writer, ModelSpec model)
    {
        writer.Summary(model.Description, $"The {model.Name} object.");
        if (model.Hierarchy.Discriminator is { Cases.Count: > 0 } discriminator)
        {
            var cases = discriminator.Cases
                .GroupBy(c => c.ModelName)
                .Select(g => string.Join(" or ", g.Select(c => $"<c>{SourceWriter.Xml(c.Value)}</c>")) + $" → <see cref=\"{g.Key}\"/>");
            writer.RawDocTag("remarks", $"Read as the derived type its <c>{SourceWriter.Xml(discriminator.JsonName)}</c> names: {string.Join(", ", cases)}; other values read as <see cref=\"{model.Name}\"/>.");
        }

        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Line($"[JsonConverter(typeof({model.Name}JsonConverter))]");
        if (model.Deprecated)
        {
            writer.Line("[Obsolete(\"CometChat has deprecated this object.\")]");
        }

        var hierarchy = model.Hierarchy;
        var modifiers = hierarchy.DerivedNames.Count > 0 ? "public partial class" : "public sealed partial class";
        writer.Open(hierarchy.BaseName is null ? $"{modifiers} {model.Name}" : $"{modifiers} {model.Name} : {hierarchy.BaseName}");
        foreach (var property in model.Properties)
        {
            writer.Summary(property.Description, $"The <c>{SourceWriter.Xml(property.JsonName)}</c> value.");
            if (property.Required)
            {
                writer.RawDocTag("remarks", "Required.");
            }

            if (property.Deprecated)
            {
                writer.Line("[Obsolete(\"CometChat has deprecated this property.\")]");
            }

            foreach (var attribute in FileHeader.MetadataAttributes(property.Constraints, property.Type))
            {
                writer.Line($"[{attribute}]");
            }

            if (property.RequiredWhen is { } requiredWhen)
            {
                writer.Line($"[CometChatRequiredWhen(nameof({requiredWhen.CSharpName}), {SourceWriter.Literal(requiredWhen.Value)})]");
            }

            var type = property.Nullable ? TypeNames.Nullable(property.Type) : TypeNames.CSharp(property.Type);
            var required = property.Required ? "required " : string.Empty;
            writer.Line($"public {required}{type} {property.CSharpName} {{ get; set; }}");
            writer.Line();
        }

        if (hierarchy.BaseName is null)
        {
            writer.Line("/// <summary>");
            writer.Line("/// Members CometChat sent that this model does not declare. They are written back unchanged,");
            writer.Line("/// so reading and re-sending an object never loses data.");
            writer.Line("/// </summary>");
            writer.Line("public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }");
        }
        else
        {
            // The members come from the base; keep the layout of a model with no members of its own tidy.
            writer.TrimTrailingBlankLine();
        }

        if (model.HasValidation)
        {
            writer.Line();
            EmitValidate(writer, model);
        }

        if (model.IsFormBody)
        {
            writer.Line();
            EmitToForm(writer, model);
        }

        writer.Close();
    }

    private static void EmitValidate(SourceWriter writer, ModelSpec model)
    {
        writer.Line("/// <summary>Checks CometChat's documented limits before this object is sent.</summary>");
        writer.Line("/// <param name=\"paramName\">The argument name to report in the exception.</param>");
        writer.Line("/// <exception cref=\"ArgumentException\">A value breaks one of the limits.</exception>");
        writer.Open("internal void Validate(string paramName)");
        var wrote = false;
        foreach (var guard in model.Properties.SelectMany(p => FileHeader.Guards(p.Constraints, p.Type, p.CSharpName, $"paramName + \".{p.CSharpName}\"", p.Required && !p.Nullable)))
        {
            writer.Line(guard);
            wrote = true;
        }

        var afterBlock = false;
        foreach (var property in model.Properties.Where(p => model.NestedValidation?.Contains(p.CSharpName) == true))
        {
            // Loops stand apart from the statements around them, as they would in hand-written code.
            var block = property.Type.Kind is SpecTypeKind.List or SpecTypeKind.Map;
            if (wrote && (block || afterBlock))
            {
                writer.Line();
            }

            EmitNestedValidate(writer, property);
            wrote = true;
            afterBlock = block;
        }

        writer.Close();
    }

    private static void EmitToForm(SourceWriter writer, ModelSpec model)
    {
        writer.Line("/// <summary>This object as a <c>multipart/form-data</c> body: one part per value that is set, files as file parts.</summary>");
        writer.Open("internal CometChatForm ToForm()");
        writer.Line("var form = new CometChatForm();");
        foreach (var property in model.Properties)
        {
            writer.Line(FormPart(property));
        }

        writer.Line("form.AddAdditional(AdditionalProperties);");
        writer.Line("return form;");
        writer.Close();
    }

    // Scalars go as text, files as file parts, lists of scalars or files as repeated parts, anything else as JSON.
    private static string FormPart(PropertySpec property)
    {
        var name = SourceWriter.Literal(property.JsonName);
        var value = property.CSharpName;
        var type = property.Type;
        return type.Kind switch
        {
            SpecTypeKind.Binary => $"form.AddFile({name}, {value});",
            SpecTypeKind.String or SpecTypeKind.Int32 or SpecTypeKind.Int64 or SpecTypeKind.Double or SpecTypeKind.Boolean or SpecTypeKind.UnixTime
                => $"form.Add({name}, {value});",
            SpecTypeKind.Enum => $"form.Add({name}, {value}{(property.Nullable ? "?" : string.Empty)}.Value);",
            SpecTypeKind.List when type.Element!.Kind == SpecTypeKind.Binary => $"form.AddFiles({name}, {value});",
            SpecTypeKind.List when type.Element!.Kind is SpecTypeKind.String or SpecTypeKind.Int32 or SpecTypeKind.Int64 or SpecTypeKind.Double or SpecTypeKind.Boolean or SpecTypeKind.UnixTime or SpecTypeKind.Enum
                => $"form.AddEach({name}, {value});",
            _ => $"form.AddJson({name}, {value}, {TypeNames.Converter(type)});",
        };
    }

    // Nested objects are checked through their own Validate, named by their path: request.Data.Attachments[2].Url.
    private static void EmitNestedValidate(SourceWriter writer, PropertySpec property)
    {
        var name = property.CSharpName;
        switch (property.Type.Kind)
        {
            case SpecTypeKind.List:
                writer.Open($"if ({name} is not null)");
                writer.Open($"for (var i = 0; i < {name}.Count; i++)");
                writer.Line($"{name}[i]?.Validate(paramName + \".{name}[\" + i.ToString(CultureInfo.InvariantCulture) + \"]\");");
                writer.Close();
                writer.Close();
                break;
            case SpecTypeKind.Map:
                writer.Open($"if ({name} is not null)");
                writer.Open($"foreach (var entry in {name})");
                writer.Line($"entry.Value?.Validate(paramName + \".{name}[\\\"\" + entry.Key + \"\\\"]\");");
                writer.Close();
                writer.Close();
                break;
            default:
                writer.Line($"{name}?.Validate(paramName + \".{name}\");");
                break;
        }
    }

    private static void EmitConverter(SourceWriter writer, ModelSpec model)
    {
        var name = model.Name;
        writer.Line($"/// <summary>Reads and writes <see cref=\"{name}\"/> as CometChat's JSON, without reflection.</summary>");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Open($"public sealed class {name}JsonConverter : JsonConverter<{name}>");
        foreach (var property in model.AllProperties)
        {
            writer.Line($"private static readonly JsonEncodedText {property.CSharpName}Name = JsonEncodedText.Encode({SourceWriter.Literal(property.JsonName)});");
        }

        var all = model.AllProperties.ToList();
        if (all.Count > 0)
        {
            writer.Line();
            EmitMemberNames(writer, all);
        }

        writer.Line();
        writer.Line("/// <summary>The shared instance.</summary>");
        writer.Line($"public static {name}JsonConverter Instance {{ get; }} = new();");
        writer.Line();
        EmitRead(writer, model);
        writer.Line();
        EmitWrite(writer, model);
        writer.Close();
    }

    private static void EmitRead(SourceWriter writer, ModelSpec model)
    {
        var name = model.Name;
        var properties = model.AllProperties.ToList();
        var locals = properties.ToDictionary(p => p.CSharpName, p => LocalName(p.CSharpName));
        writer.Line("/// <inheritdoc />");
        writer.Open($"public override {name} Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)");
        writer.Line($"JsonRead.StartObject(ref reader, {SourceWriter.Literal(name)});");
        EmitReadDispatch(writer, model);
        foreach (var property in properties)
        {
            writer.Line($"{TypeNames.Nullable(property.Type)} {locals[property.CSharpName]} = null;");
        }

        writer.Line("Dictionary<string, JsonElement>? additionalProperties = null;");
        writer.Line();
        writer.Open("while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)");
        if (properties.Count == 0)
        {
            EmitReadAdditional(writer);
        }
        else
        {
            writer.Open("switch (MemberNames.IndexOf(ref reader))");
            for (var i = 0; i < properties.Count; i++)
            {
                var property = properties[i];
                writer.Line($"case {i}: // {SourceWriter.Literal(property.JsonName)}");
                writer.Indent();
                writer.Line("reader.Read();");
                writer.Line($"{locals[property.CSharpName]} = {TypeNames.Read(property.Type)};");
                writer.Line("break;");
                writer.Outdent();
            }

            writer.Line("default:");
            writer.Indent();
            EmitReadAdditional(writer);
            writer.Line("break;");
            writer.Outdent();
            writer.Close();
        }

        writer.Close();
        writer.Line();

        writer.Open($"return new {name}");
        foreach (var property in properties)
        {
            var local = locals[property.CSharpName];
            var value = property.Required && !property.Nullable
                ? $"{local} ?? throw JsonRead.MissingProperty({SourceWriter.Literal(name)}, {SourceWriter.Literal(property.JsonName)})"
                : local;
            writer.Line($"{property.CSharpName} = {value},");
        }

        writer.Line("AdditionalProperties = additionalProperties,");
        writer.Close(";");
        writer.Close();
    }

    private static void EmitReadAdditional(SourceWriter writer)
    {
        writer.Line("var propertyName = reader.GetString()!;");
        writer.Line("reader.Read();");
        writer.Line("(additionalProperties ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal))[propertyName] = JsonRead.Element(ref reader);");
    }

    // Packed a few to a line, in property order: a name's position is its case in Read's switch.
    private static void EmitMemberNames(SourceWriter writer, List<PropertySpec> properties)
    {
        writer.Line("private static readonly JsonMemberNames MemberNames = new(");
        writer.Indent();
        var line = new System.Text.StringBuilder();
        for (var i = 0; i < properties.Count; i++)
        {
            var literal = SourceWriter.Literal(properties[i].JsonName) + (i == properties.Count - 1 ? ");" : ",");
            if (line.Length > 0 && line.Length + 1 + literal.Length > 100)
            {
                writer.Line(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(literal);
        }

        writer.Line(line.ToString());
        writer.Outdent();
    }

    private static void EmitWrite(SourceWriter writer, ModelSpec model)
    {
        writer.Line("/// <inheritdoc />");
        writer.Open($"public override void Write(Utf8JsonWriter writer, {model.Name} value, JsonSerializerOptions options)");
        writer.Line("ArgumentNullException.ThrowIfNull(writer);");
        writer.Line("ArgumentNullException.ThrowIfNull(value);");
        EmitWriteDispatch(writer, model);
        writer.Line("writer.WriteStartObject();");
        foreach (var property in model.AllProperties)
        {
            var field = property.CSharpName + "Name";
            var member = "value." + property.CSharpName;
            if (property.Required && !property.Nullable)
            {
                foreach (var line in TypeNames.Write(property.Type, field, member))
                {
                    writer.Line(line);
                }

                continue;
            }

            var local = LocalName(property.CSharpName);
            writer.Open(property.Type.IsValueType ? $"if ({member} is {{ }} {local})" : $"if ({member} is not null)");
            foreach (var line in TypeNames.Write(property.Type, field, property.Type.IsValueType ? local : member))
            {
                writer.Line(line);
            }

            writer.Close();
            if (property.Required)
            {
                // Required but nullable: CometChat expects the member, with null.
                writer.Open("else");
                writer.Line($"writer.WriteNull({field});");
                writer.Close();
            }

            writer.Line();
        }

        writer.Line("JsonWrite.AdditionalProperties(writer, value.AdditionalProperties);");
        writer.Line("writer.WriteEndObject();");
        writer.Close();
    }

    /// <summary>Hands an object to the converter of the derived model its discriminator value names.</summary>
    private static void EmitReadDispatch(SourceWriter writer, ModelSpec model)
    {
        if (model.Hierarchy.Discriminator is not { Cases.Count: > 0 } discriminator)
        {
            return;
        }

        writer.Line();
        writer.Line("// The discriminator may come after other members, so look ahead on a copy of the reader.");
        writer.Open($"if (JsonRead.TryFindString(reader, {discriminator.CSharpName}Name.EncodedUtf8Bytes, out var discriminator))");
        foreach (var group in discriminator.Cases.GroupBy(c => c.ModelName))
        {
            var condition = string.Join(" || ", group.Select(c => $"discriminator.ValueTextEquals({SourceWriter.Literal(c.Value)})"));
            writer.Open($"if ({condition})");
            writer.Line($"return {group.Key}JsonConverter.Instance.Read(ref reader, typeof({group.Key}), options);");
            writer.Close();
            writer.Line();
        }

        writer.TrimTrailingBlankLine();
        writer.Close();
        writer.Line();
    }

    /// <summary>Writes a derived model with its own converter, so its members are not lost.</summary>
    private static void EmitWriteDispatch(SourceWriter writer, ModelSpec model)
    {
        foreach (var derived in model.Hierarchy.DerivedNames)
        {
            var local = LocalName(derived);
            writer.Open($"if (value is {derived} {local})");
            writer.Line($"{derived}JsonConverter.Instance.Write(writer, {local}, options);");
            writer.Line("return;");
            writer.Close();
            writer.Line();
        }
    }

    private static readonly HashSet<string> s_reserved = new() { "reader", "writer", "options", "value", "additionalProperties", "propertyName", "typeToConvert" };

    private static string LocalName(string propertyName)
    {
        var camel = char.ToLowerInvariant(propertyName[0]) + propertyName.Substring(1);
        var local = s_reserved.Contains(camel) ? camel + "Value" : camel;
        return Parsing.Names.EscapeKeyword(local);
    }
}
