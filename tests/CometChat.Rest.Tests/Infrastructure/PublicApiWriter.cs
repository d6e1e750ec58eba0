using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;

namespace CometChat.Rest.Tests.Infrastructure;

/// <summary>
/// Writes the public and protected surface of an assembly as sorted, C#-like lines: one per type and member,
/// with nullability, so that a diff of two versions reads as an API review.
/// </summary>
internal static class PublicApiWriter
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<Type, string> s_keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(int)] = "int", [typeof(long)] = "long", [typeof(double)] = "double", [typeof(byte)] = "byte",
        [typeof(char)] = "char", [typeof(short)] = "short", [typeof(float)] = "float", [typeof(decimal)] = "decimal",
        [typeof(uint)] = "uint", [typeof(ulong)] = "ulong",
    };

    public static string Write(Assembly assembly)
    {
        var nullability = new NullabilityInfoContext();
        var output = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            output.Append(TypeHeader(type)).Append('\n');
            foreach (var member in Members(type, nullability).OrderBy(m => m, StringComparer.Ordinal))
            {
                output.Append("    ").Append(member).Append('\n');
            }
        }

        return output.ToString();
    }

    private static string TypeHeader(Type type)
    {
        string kind;
        if (type.IsEnum)
        {
            kind = "enum";
        }
        else if (type.IsInterface)
        {
            kind = "interface";
        }
        else if (type.IsValueType)
        {
            kind = "struct";
        }
        else if (typeof(Delegate).IsAssignableFrom(type))
        {
            kind = "delegate";
        }
        else
        {
            kind = type.IsAbstract && type.IsSealed ? "static class" : type.IsAbstract ? "abstract class" : type.IsSealed ? "sealed class" : "class";
        }

        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum) && kind != "delegate")
        {
            bases.Add(Name(baseType));
        }

        bases.AddRange(type.GetInterfaces().Select(Name).OrderBy(n => n, StringComparer.Ordinal));
        return $"{type.Namespace}.{Name(type)}: public {kind}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty);
    }

    private static IEnumerable<string> Members(Type type, NullabilityInfoContext nullability)
    {
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        foreach (var member in type.GetMembers(Declared))
        {
            if (!IsVisible(member))
            {
                continue;
            }

            var access = Access(member);
            switch (member)
            {
                case ConstructorInfo constructor when !type.IsAbstract || !type.IsSealed:
                    yield return $"{access} {Name(type).Split('<')[0]}({Parameters(constructor, nullability)})";
                    break;
                case MethodInfo method when !method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal):
                    var modifiers = Modifiers(method);
                    var generic = method.IsGenericMethod ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;
                    yield return $"{access} {modifiers}{Name(method.ReturnType, nullability.Create(method.ReturnParameter))} {method.Name}{generic}({Parameters(method, nullability)})";
                    break;
                case PropertyInfo property:
                    var getter = property.GetMethod is { } get && IsVisible(get) ? " get;" : string.Empty;
                    var setter = property.SetMethod is { } set && IsVisible(set)
                        ? set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") ? " init;" : " set;"
                        : string.Empty;
                    var isStatic = Modifiers((property.GetMethod ?? property.SetMethod)!);
                    var required = property.IsDefined(typeof(System.Runtime.CompilerServices.RequiredMemberAttribute)) ? "required " : string.Empty;
                    var indexer = property.GetIndexParameters().Length > 0 ? $"this[{string.Join(", ", property.GetIndexParameters().Select(p => Name(p.ParameterType)))}]" : property.Name;
                    yield return $"{access} {isStatic}{required}{Name(property.PropertyType, nullability.Create(property))} {indexer} {{{getter}{setter} }}";
                    break;
                case FieldInfo field:
                    var constant = field.IsLiteral ? $" = {Literal(field.GetRawConstantValue())}" : string.Empty;
                    var fieldModifiers = field.IsLiteral ? "const " : (field.IsStatic ? "static " : string.Empty) + (field.IsInitOnly ? "readonly " : string.Empty);
                    yield return $"{access} {fieldModifiers}{Name(field.FieldType, nullability.Create(field))} {field.Name}{constant}";
                    break;
                case EventInfo @event:
                    yield return $"{access} event {Name(@event.EventHandlerType!)} {@event.Name}";
                    break;
            }
        }
    }

    private static string Modifiers(MethodInfo method) =>
        method.IsStatic ? "static "
        : method.IsAbstract ? "abstract "
        : method.IsVirtual && !method.IsFinal ? (method.GetBaseDefinition() != method ? "override " : "virtual ")
        : string.Empty;

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        PropertyInfo property => new[] { property.GetMethod, property.SetMethod }.Any(m => m is not null && IsVisible(m)),
        EventInfo @event => @event.AddMethod is { } add && IsVisible(add),
        _ => false,
    };

    private static string Access(MemberInfo member)
    {
        var method = member switch
        {
            MethodBase m => m,
            PropertyInfo p => new[] { p.GetMethod, p.SetMethod }.Where(m => m is not null).OrderByDescending(m => m!.IsPublic).First(),
            EventInfo e => e.AddMethod,
            _ => null,
        };
        if (member is FieldInfo field)
        {
            return field.IsPublic ? "public" : "protected";
        }

        return method is { IsPublic: true } ? "public" : "protected";
    }

    private static string Parameters(MethodBase method, NullabilityInfoContext nullability) =>
        string.Join(", ", method.GetParameters().Select(p =>
        {
            var text = $"{Name(p.ParameterType, nullability.Create(p))} {p.Name}";
            var value = p.DefaultValue is null && p.ParameterType.IsValueType && Nullable.GetUnderlyingType(p.ParameterType) is null ? "default" : Literal(p.DefaultValue);
            return p.HasDefaultValue ? text + " = " + value : text;
        }));

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    private static string Name(Type type) => Name(type, null);

    private static string Name(Type type, NullabilityInfo? nullability)
    {
        var suffix = nullability is { ReadState: NullabilityState.Nullable } && !type.IsValueType ? "?" : string.Empty;
        if (type.IsByRef)
        {
            return "ref " + Name(type.GetElementType()!, nullability?.ElementType);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!, nullability?.ElementType) + "[]" + suffix;
        }

        if (s_keywords.TryGetValue(type, out var keyword))
        {
            return keyword + suffix;
        }

        if (type.IsGenericParameter)
        {
            return type.Name + suffix;
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : type.Name;
        if (!type.IsGenericType)
        {
            return name + suffix;
        }

        var arguments = type.GetGenericArguments();
        var argumentNullability = nullability?.GenericTypeArguments;
        var rendered = arguments.Select((a, i) => Name(a, argumentNullability is { Length: > 0 } n && i < n.Length ? n[i] : null));
        return name[..name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", rendered) + ">" + suffix;
    }
}
