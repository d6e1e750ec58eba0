using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;

namespace CometChat.Rest;

/// <summary>
/// One page of a list CometChat pages with cursors (messages, reactions, AI agent lists): each response says,
/// in <c>meta.next</c>, which query values fetch the page after it.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class CursorPage<T>
{
    private readonly Func<PageCursor, CancellationToken, Task<CursorPage<T>>>? _fetchNext;

    /// <summary>Creates a page.</summary>
    /// <param name="items">The items on the page.</param>
    /// <param name="meta">CometChat's <c>meta</c> block, when the response had one.</param>
    /// <param name="fetchNext">Fetches the page a cursor points at; null when the page cannot fetch more.</param>
    public CursorPage(IReadOnlyList<T> items, CursorPageMeta? meta, Func<PageCursor, CancellationToken, Task<CursorPage<T>>>? fetchNext = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
        Meta = meta;
        _fetchNext = fetchNext;
    }

    /// <summary>The items on this page, in CometChat's order.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>CometChat's <c>meta</c> block: the cursors before and after this page, and its size.</summary>
    public CursorPageMeta? Meta { get; }

    /// <summary>The query values that fetch the next page, or null on the last page.</summary>
    public PageCursor? Next => Meta?.Next is { Parameters.Count: > 0 } next ? next : null;

    /// <summary>Whether CometChat pointed at a following page. An empty page never has one.</summary>
    [MemberNotNullWhen(true, nameof(Next))]
    public bool HasNextPage => Items.Count > 0 && Next is not null;

    /// <summary>Fetches the page after this one, with the same filters.</summary>
    /// <returns>The next page, or null when this is the last one.</returns>
    /// <exception cref="CometChatException">CometChat returned an error.</exception>
    public Task<CursorPage<T>?> GetNextPageAsync(CancellationToken cancellationToken = default)
    {
        if (!HasNextPage || _fetchNext is null)
        {
            return Task.FromResult<CursorPage<T>?>(null);
        }

        return FetchAsync(_fetchNext, Next, cancellationToken);

        static async Task<CursorPage<T>?> FetchAsync(Func<PageCursor, CancellationToken, Task<CursorPage<T>>> fetch, PageCursor cursor, CancellationToken token) =>
            await fetch(cursor, token).ConfigureAwait(false);
    }
}

/// <summary>The <c>meta</c> block of a cursor-paged list response.</summary>
public sealed class CursorPageMeta
{
    /// <summary>The query values that fetch the page before this one; absent on the first page.</summary>
    public PageCursor? Previous { get; init; }

    /// <summary>The size of this page.</summary>
    public CursorPosition? Current { get; init; }

    /// <summary>The query values that fetch the page after this one; absent on the last page.</summary>
    public PageCursor? Next { get; init; }
}

/// <summary>The size of one cursor-paged page (<c>meta.current</c>).</summary>
public sealed class CursorPosition
{
    /// <summary>The most items the page could hold.</summary>
    public int? Limit { get; init; }

    /// <summary>The items on the page.</summary>
    public int? Count { get; init; }
}

/// <summary>
/// Query values that fetch an adjacent page (<c>meta.next</c> or <c>meta.previous</c>): <c>affix</c> plus the
/// anchor the list uses (<c>sentAt</c> and <c>id</c> for messages, <c>createdAt</c> or <c>cursor</c> for AI agent
/// lists). They are sent back as query parameters of the same names. Values keep CometChat's JSON text, so
/// numbers are not rounded.
/// </summary>
public sealed class PageCursor
{
    private readonly Dictionary<string, string> _parameters;

    /// <summary>Creates a cursor from query parameter names and values.</summary>
    public PageCursor(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in parameters)
        {
            _parameters[pair.Key] = pair.Value;
        }
    }

    /// <summary>The query parameter names and values, as CometChat sent them.</summary>
    public IReadOnlyDictionary<string, string> Parameters => _parameters;

    /// <summary><c>append</c> (the page after the anchor) or <c>prepend</c> (the page before it), when given.</summary>
    public string? Affix => _parameters.TryGetValue("affix", out var affix) ? affix : null;

    /// <summary>Whether both cursors hold the same values (a server that repeats a cursor is not followed forever).</summary>
    public bool SameAs(PageCursor? other)
    {
        if (other is null || other._parameters.Count != _parameters.Count)
        {
            return false;
        }

        foreach (var pair in _parameters)
        {
            if (!other._parameters.TryGetValue(pair.Key, out var value) || value != pair.Value)
            {
                return false;
            }
        }

        return true;
    }
}
