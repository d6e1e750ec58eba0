using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CometChat.Rest.Emulator.State;

/// <summary>
/// A request for one page of a cursor-paged list: <c>affix</c> (append = after the anchor, prepend = before it),
/// the anchor (<c>id</c> and/or <c>sentAt</c>) and the page size.
/// </summary>
internal readonly record struct MessageCursorRequest(bool Prepend, long? AnchorId, long? AnchorSentAt, int Limit);

/// <summary>One cursor page: its items (always oldest first) and the cursors CometChat puts in <c>meta</c>.</summary>
internal sealed record MessageCursorSlice<T>(IReadOnlyList<T> Items, int Limit, IReadOnlyList<KeyValuePair<string, object>>? Previous, IReadOnlyList<KeyValuePair<string, object>>? Next);

internal static class MessageCursor
{
    /// <summary>
    /// Cuts one page out of <paramref name="ascending"/> (ordered by sent time, then ID). Append reads forward from
    /// the anchor (from the start without one), prepend backward from it (from the end without one); either way the
    /// page is returned oldest first, as CometChat does. <c>next</c> continues in the same direction from the far
    /// end of the page and is given whenever the page is not empty; <c>previous</c> turns back, and is absent on a
    /// page read without an anchor (the first page).
    /// </summary>
    public static MessageCursorSlice<TOut> Cut<T, TOut>(IReadOnlyList<T> ascending, Func<T, long> sentAt, Func<T, long> id, MessageCursorRequest request, Func<T, TOut> map, bool withSentAt = true)
    {
        var key = (T item) => (sentAt(item), id(item));
        IEnumerable<T> candidates = ascending;
        if (request.AnchorId is not null || request.AnchorSentAt is not null)
        {
            // Without an ID the anchor is the whole second, so nothing sent in it is skipped.
            var anchor = (request.AnchorSentAt ?? long.MinValue, request.AnchorId ?? (request.Prepend ? long.MaxValue : long.MinValue));
            candidates = request.AnchorSentAt is null
                ? ascending.Where(m => request.Prepend ? id(m) < request.AnchorId : id(m) > request.AnchorId)
                : ascending.Where(m => request.Prepend ? key(m).CompareTo(anchor) < 0 : key(m).CompareTo(anchor) > 0);
        }

        var list = candidates.ToList();
        var page = request.Prepend ? list.Skip(Math.Max(0, list.Count - request.Limit)).ToList() : list.Take(request.Limit).ToList();
        if (page.Count == 0)
        {
            return new MessageCursorSlice<TOut>([], request.Limit, null, null);
        }

        var forward = request.Prepend ? page[0] : page[^1];
        var backward = request.Prepend ? page[^1] : page[0];
        var hasAnchor = request.AnchorId is not null || request.AnchorSentAt is not null;
        return new MessageCursorSlice<TOut>(
            [.. page.Select(map)],
            request.Limit,
            hasAnchor ? Cursor(request.Prepend ? "append" : "prepend", backward) : null,
            Cursor(request.Prepend ? "prepend" : "append", forward));

        List<KeyValuePair<string, object>> Cursor(string affix, T item)
        {
            var cursor = new List<KeyValuePair<string, object>> { new("affix", affix) };
            if (withSentAt)
            {
                cursor.Add(new("sentAt", sentAt(item)));
            }

            cursor.Add(new("id", id(item).ToString(CultureInfo.InvariantCulture)));
            return cursor;
        }
    }
}
