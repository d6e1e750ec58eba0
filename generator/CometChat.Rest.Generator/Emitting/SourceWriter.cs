using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace CometChat.Rest.Generator.Emitting;

/// <summary>Writes C# text with four-space indentation and LF line endings, whatever the host OS.</summary>
internal sealed class SourceWriter
{
    private static readonly string[] s_newLines = { "\r\n", "\n" };

    // One builder per thread, reused from file to file: a cold run writes 2.6 million characters in 338 files, and
    // growing a fresh builder for each allocated as much again in chunks that were thrown away.
    [ThreadStatic]
    private static StringBuilder? t_cachedBuilder;

    private StringBuilder _builder;
    private int _indent;

    public SourceWriter()
    {
        _builder = t_cachedBuilder ?? new StringBuilder(16 * 1024);
        t_cachedBuilder = null;
    }

    /// <summary>Writes an interpolated line straight into the file, without making a string of it first.</summary>
    public SourceWriter Line([InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        _builder.Append('\n');
        return this;
    }

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

    public SourceWriter Open([InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        _builder.Append('\n');
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    /// <summary>Indents what follows one level, without a brace (the statements of a <c>case</c>).</summary>
    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Outdent()
    {
        _indent--;
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

    /// <summary>The text written so far. The writer hands its builder back for the next file, so call this once, last.</summary>
    public override string ToString()
    {
        var text = _builder.ToString();
        _builder.Clear();
        t_cachedBuilder = _builder;
        _builder = new StringBuilder();
        return text;
    }

    /// <summary>Appends the parts of <c>writer.Line($"...")</c> as they come, after the line's indentation.</summary>
    [InterpolatedStringHandler]
    internal readonly struct LineHandler
    {
        private readonly StringBuilder _builder;

        public LineHandler(int literalLength, int formattedCount, SourceWriter writer)
        {
            _builder = writer._builder;
            _builder.Append(' ', writer._indent * 4);
        }

        public void AppendLiteral(string value) => _builder.Append(value);

        public void AppendFormatted(string? value) => _builder.Append(value);

        public void AppendFormatted(char value) => _builder.Append(value);

        public void AppendFormatted(int value) => _builder.Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
