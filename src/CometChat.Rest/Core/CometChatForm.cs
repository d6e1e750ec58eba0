using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CometChat.Rest.Core;

/// <summary>
/// A <c>multipart/form-data</c> body as generated code describes it: one part per non-null value, files as file
/// parts. Values are formatted when added; the HTTP content is built afresh for every attempt.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CometChatForm
{
    private static readonly MediaTypeHeaderValue s_json = new("application/json") { CharSet = "utf-8" };

    private readonly List<Part> _parts = [];

    /// <summary>Whether every part can be sent again, which retrying the request needs.</summary>
    public bool CanResend => _parts.TrueForAll(p => p.File?.CanResend ?? true);

    /// <summary>Adds a text part unless <paramref name="value"/> is null.</summary>
    public void Add(string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (value is not null)
        {
            _parts.Add(new Part(name, Encoding.UTF8.GetBytes(value), null, null));
        }
    }

    /// <summary>Adds <c>true</c> or <c>false</c> unless null.</summary>
    public void Add(string name, bool? value) => Add(name, value is null ? null : value.Value ? "true" : "false");

    /// <summary>Adds an integer unless null.</summary>
    public void Add(string name, long? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a number unless null.</summary>
    public void Add(string name, double? value) => Add(name, value?.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Adds a timestamp as Unix seconds unless null.</summary>
    public void Add(string name, DateTimeOffset? value) => Add(name, value?.ToUnixTimeSeconds());

    /// <summary>Adds one part per item, all named <paramref name="name"/>, unless <paramref name="values"/> is null.</summary>
    public void AddEach<T>(string name, IEnumerable<T>? values)
    {
        if (values is null)
        {
            return;
        }

        foreach (var value in values)
        {
            Add(name, value switch
            {
                null => null,
                bool b => b ? "true" : "false",
                DateTimeOffset d => d.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            });
        }
    }

    /// <summary>Adds a file part unless <paramref name="file"/> is null.</summary>
    public void AddFile(string name, CometChatFile? file)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (file is not null)
        {
            _parts.Add(new Part(name, default, null, file));
        }
    }

    /// <summary>Adds one file part per file, all named <paramref name="name"/>, unless <paramref name="files"/> is null.</summary>
    public void AddFiles(string name, IEnumerable<CometChatFile>? files)
    {
        if (files is null)
        {
            return;
        }

        foreach (var file in files)
        {
            AddFile(name, file);
        }
    }

    /// <summary>Adds a part holding <paramref name="value"/> as JSON (<c>application/json</c>) unless it is null.</summary>
    public void AddJson<T>(string name, T? value, JsonConverter<T> converter)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(converter);
        if (value is null)
        {
            return;
        }

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, CometChatTransport.SerializerOptions);
        }

        _parts.Add(new Part(name, buffer.WrittenMemory, s_json, null));
    }

    /// <summary>
    /// Adds the members a model received but does not declare, so that re-sending it loses nothing: strings as
    /// text, anything else as its JSON text.
    /// </summary>
    public void AddAdditional(IDictionary<string, JsonElement>? members)
    {
        if (members is null)
        {
            return;
        }

        foreach (var member in members)
        {
            Add(member.Key, member.Value.ValueKind switch
            {
                JsonValueKind.String => member.Value.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => member.Value.GetRawText(),
            });
        }
    }

    /// <summary>Builds the HTTP content for one attempt.</summary>
    /// <exception cref="InvalidOperationException">A file comes from a stream that cannot seek and was already sent.</exception>
    public MultipartFormDataContent ToContent()
    {
        var content = new MultipartFormDataContent();
        foreach (var part in _parts)
        {
            if (part.File is { } file)
            {
                content.Add(file.CreateContent(), part.Name, file.FileName);
                continue;
            }

            // Like a browser's form, text parts carry no Content-Type of their own.
            var value = new ReadOnlyMemoryContent(part.Value);
            if (part.ContentType is not null)
            {
                value.Headers.ContentType = part.ContentType;
            }

            content.Add(value, part.Name);
        }

        return content;
    }

    private sealed record Part(string Name, ReadOnlyMemory<byte> Value, MediaTypeHeaderValue? ContentType, CometChatFile? File);
}
