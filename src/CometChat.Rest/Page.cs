using System.Collections.Generic;

namespace CometChat.Rest;

/// <summary>One page of a list CometChat returns page by page.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class Page<T>
{
    /// <summary>Creates a page.</summary>
    public Page(IReadOnlyList<T> items, Pagination? pagination)
        : this(items, pagination, null)
    {
    }

    /// <summary>Creates a page that also carries CometChat's <c>meta.cursor</c>.</summary>
    public Page(IReadOnlyList<T> items, Pagination? pagination, PageCursor? cursor)
    {
        Items = items;
        Pagination = pagination;
        Cursor = cursor;
    }

    /// <summary>The items on this page, in CometChat's order.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>CometChat's <c>meta.pagination</c> block, when the response had one.</summary>
    public Pagination? Pagination { get; }

    /// <summary>
    /// CometChat's <c>meta.cursor</c> (<c>updatedAt</c> and <c>affix</c>), which some page-based lists (groups)
    /// also return: send its values back as the list's <c>UpdatedAt</c> and <c>Affix</c> options to fetch what
    /// changed after (<c>append</c>) or before (<c>prepend</c>) this page.
    /// </summary>
    public PageCursor? Cursor { get; }

    /// <summary>
    /// Whether another page follows. CometChat's <c>total</c> is unreliable (it can be 0 on a full page), so
    /// this trusts <c>total_pages</c> and, when that is missing, whether this page came back full.
    /// </summary>
    public bool HasNextPage
    {
        get
        {
            if (Items.Count == 0 || Pagination is null)
            {
                return false;
            }

            return Pagination.TotalPages > 0
                ? Pagination.CurrentPage < Pagination.TotalPages
                : Pagination.PerPage > 0 && Items.Count >= Pagination.PerPage;
        }
    }
}

/// <summary>CometChat's page-based pagination block (<c>meta.pagination</c>).</summary>
public sealed class Pagination
{
    /// <summary>Total number of items, as CometChat reports it (not always exact).</summary>
    public int Total { get; init; }

    /// <summary>Number of items on this page.</summary>
    public int Count { get; init; }

    /// <summary>Page size used for this request.</summary>
    public int PerPage { get; init; }

    /// <summary>This page's number, starting at 1.</summary>
    public int CurrentPage { get; init; }

    /// <summary>Number of pages.</summary>
    public int TotalPages { get; init; }
}

/// <summary>The <c>meta</c> block of a page-based list response.</summary>
public sealed class PageMeta
{
    /// <summary>The pagination block.</summary>
    public Pagination? Pagination { get; init; }
}
