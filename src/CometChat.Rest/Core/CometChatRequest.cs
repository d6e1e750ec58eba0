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
/// One call to CometChat as generated code describes it: method, path, query, headers and a JSON or
/// <c>multipart/form-data</c> body.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CometChatRequest
{
    private static readonly MediaTypeHeaderValue s_json = new("application/json") { CharSet = "utf-8" };

    private StringBuilder? _query;
    private List<KeyValuePair<string, string>>? _headers;
    private ReadOnlyMemory<byte>? _body;
    private CometChatForm? _form;

    /// <summary>Creates a request.</summary>
    /// <param name="operation">The operation's name for errors and logs, for example <c>Users.Get</c>.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="pathTemplate">The path as the spec writes it, for example <c>/users/{uid}</c>; never contains values.</param>
    /// <param name="path">The path relative to the API base, with escaped values, for example <c>users/abc</c>.</param>
    /// <param name="host">Which API host serves the operation.</param>
    public CometChatRequest(string operation, HttpMethod method, string pathTemplate, string path, CometChatHost host = CometChatHost.Chat)
    {
        Operation = operation;
        Method = method;
        PathTemplate = pathTemplate;
        Path = path;
        Host = host;
    }

    /// <summary>The operation's name, for example <c>Users.Get</c>.</summary>
    public string Operation { get; }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The path template, safe to log.</summary>
    public string PathTemplate { get; }

    /// <summary>The relative path with values.</summary>
    public string Path { get; }

    /// <summary>Which host serves the request.</summary>
    public CometChatHost Host { get; }

    /// <summary>The query string built so far, without the leading <c>?</c>.</summary>
    public string Query => _query?.ToString() ?? string.Empty;

    /// <summary>The JSON body, when one was set.</summary>
    public ReadOnlyMemory<byte>? Body => _body;

    /// <summary>The <c>multipart/form-data</c> body, when one was set.</summary>
    public CometChatForm? Form => _form;

    /// <summary>Whether the request can be sent again (false when it uploads a stream that cannot seek back).</summary>
    public bool CanResend => _form?.CanResend ?? true;

    /// <summary>Escapes one path segment.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is <c>.</c> or <c>..</c>, which would change the address the request goes to.</exception>
    public static string Escape(string value) =>
        value is "." or ".."
            ? throw new ArgumentException($"'{value}' cannot be a path segment: it would send the request to a different address.", nameof(value))
            : Uri.EscapeDataString(value);

    /// <summary>Formats and escapes one path segment (numbers in invariant culture).</summary>
    public static string Escape<T>(T value)
        where T : struct => Uri.EscapeDataString(Format(value));

    /// <summary>Adds a query parameter unless <paramref name="value"/> is null.</summary>
    public void AddQuery(string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        AppendQuery(name, Uri.EscapeDataString(value));
    }

    /// <summary>Adds a boolean query parameter (<c>true</c>/<c>false</c>) unless null.</summary>
    public void AddQuery(string name, bool? value) =>
        AddQuery(name, value is null ? null : value.Value ? "true" : "false");

    /// <summary>Adds an integer query parameter unless null.</summary>
    public void AddQuery(string name, long? value) =>
        AddQuery(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a number query parameter unless null.</summary>
    public void AddQuery(string name, double? value) =>
        AddQuery(name, value?.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Adds a timestamp query parameter as Unix seconds unless null.</summary>
    public void AddQuery(string name, DateTimeOffset? value) =>
        AddQuery(name, value?.ToUnixTimeSeconds());

    /// <summary>
    /// Adds a list query parameter unless null or empty: comma-separated (<c>tags=a,b</c>) or, with
    /// <paramref name="explode"/>, repeated (<c>tags=a&amp;tags=b</c>).
    /// </summary>
    public void AddQuery<T>(string name, IEnumerable<T>? values, bool explode = false)
    {
        if (values is null)
        {
            return;
        }

        if (explode)
        {
            foreach (var value in values)
            {
                AddQuery(name, Format(value));
            }

            return;
        }

        // The separators stay literal commas; a comma inside an item is escaped, so the two can be told apart.
        var joined = new StringBuilder();
        foreach (var value in values)
        {
            if (joined.Length > 0)
            {
                joined.Append(',');
            }

            joined.Append(Uri.EscapeDataString(Format(value)));
        }

        if (joined.Length > 0)
        {
            AppendQuery(name, joined.ToString());
        }
    }

    /// <summary>
    /// Sends a page cursor's values as query parameters, replacing any of the same names the caller's filters set.
    /// </summary>
    /// <param name="cursor">The cursor, or null for the first page.</param>
    /// <param name="renames">Pairs of (cursor name, query parameter name) for lists whose cursor names a value
    /// differently from the parameter that takes it (notification logs: <c>messageId</c> → <c>logId</c>).</param>
    public void ApplyCursor(PageCursor? cursor, params string[] renames)
    {
        ArgumentNullException.ThrowIfNull(renames);
        if (cursor is null || cursor.Parameters.Count == 0)
        {
            return;
        }

        var values = new List<KeyValuePair<string, string>>(cursor.Parameters.Count);
        foreach (var pair in cursor.Parameters)
        {
            var name = pair.Key;
            for (var i = 0; i + 1 < renames.Length; i += 2)
            {
                if (renames[i] == name)
                {
                    name = renames[i + 1];
                    break;
                }
            }

            values.Add(new(name, pair.Value));
        }

        var kept = _query?.ToString() ?? string.Empty;
        _query = null;
        foreach (var part in kept.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = part.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(separator < 0 ? part : part[..separator]);
            if (!values.Exists(pair => pair.Key == name))
            {
                var query = _query ??= new StringBuilder();
                query.Append(query.Length > 0 ? "&" : string.Empty).Append(part);
            }
        }

        foreach (var pair in values)
        {
            AddQuery(pair.Key, pair.Value);
        }
    }

    /// <summary>Adds a header unless <paramref name="value"/> is null.</summary>
    public void AddHeader(string name, string? value)
    {
        if (value is not null)
        {
            (_headers ??= []).Add(new(name, value));
        }
    }

    /// <summary>Whether a header named <paramref name="name"/> (case-insensitive) was added.</summary>
    internal bool HasHeader(string name)
    {
        if (_headers is not null)
        {
            foreach (var header in _headers)
            {
                if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Serializes <paramref name="value"/> as the JSON body.</summary>
    public void SetBody<T>(T value, JsonConverter<T> converter)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, CometChatTransport.SerializerOptions);
        }

        _body = buffer.WrittenMemory;
        _form = null;
    }

    /// <summary>Sends <paramref name="form"/> as a <c>multipart/form-data</c> body instead of JSON.</summary>
    public void SetForm(CometChatForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        _form = form;
        _body = null;
    }

    /// <summary>Builds the HTTP message against <paramref name="baseUri"/>.</summary>
    public HttpRequestMessage ToHttpRequestMessage(Uri baseUri)
    {
        var relative = _query is { Length: > 0 } ? Path + "?" + _query : Path;
        var message = new HttpRequestMessage(Method, new Uri(baseUri, relative));
        if (_headers is not null)
        {
            foreach (var header in _headers)
            {
                message.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        if (_body is { } body)
        {
            message.Content = new ReadOnlyMemoryContent(body);
            message.Content.Headers.ContentType = s_json;
        }
        else if (_form is not null)
        {
            message.Content = _form.ToContent();
        }

        return message;
    }

    private void AppendQuery(string name, string escapedValue)
    {
        var query = _query ??= new StringBuilder();
        if (query.Length > 0)
        {
            query.Append('&');
        }

        query.Append(Uri.EscapeDataString(name)).Append('=').Append(escapedValue);
    }

    private static string Format<T>(T value) => value switch
    {
        null => string.Empty,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
