using System;
using System.Text;

namespace CometChat.Rest.Generator.Emitting;

/// <summary>Writes C# text with four-space indentation and LF line endings, whatever the host OS.</summary>
internal sealed class SourceWriter
{
    private static readonly string[] s_newLines = { "\r\n", "\n" };

    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4).Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Removes the blank line just written, if any, so a block never ends with one.</summary>
    public SourceWriter TrimTrailingBlankLine()
    {
        if (_builder.Length >= 2 && _builder[_builder.Length - 1] == '\n' && _builder[_builder.Length - 2] == '\n')
        {
            _builder.Length--;
        }

        return this;
    }

    public SourceWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>Writes a <c>&lt;summary&gt;</c> from plain text, escaping XML; the fallback, for no text, is XML already.</summary>
    public SourceWriter Summary(string? text, string fallbackXml)
    {
        return string.IsNullOrWhiteSpace(text) ? RawDocTag("summary", fallbackXml) : DocTag("summary", text!);
    }

    public SourceWriter DocTag(string tag, string text, string? attributes = null)
    {
        var open = attributes is null ? $"<{tag}>" : $"<{tag} {attributes}>";
        var lines = Xml(text).Split(s_newLines, StringSplitOptions.None);
        if (lines.Length == 1)
        {
            return Line($"/// {open}{lines[0]}</{tag}>");
        }

        Line($"/// {open}");
        foreach (var line in lines)
        {
            Line(line.Length == 0 ? "///" : "/// " + line);
        }

        return Line($"/// </{tag}>");
    }

    /// <summary>A doc tag whose text is already XML (for <c>&lt;see cref&gt;</c>).</summary>
    public SourceWriter RawDocTag(string tag, string xml, string? attributes = null)
    {
        var open = attributes is null ? $"<{tag}>" : $"<{tag} {attributes}>";
        return Line($"/// {open}{xml}</{tag}>");
    }

    public static string Xml(string text) =>
        text.Trim().Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    public static string Literal(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    public override string ToString() => _builder.ToString();
}
