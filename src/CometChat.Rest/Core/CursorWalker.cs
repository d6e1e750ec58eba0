using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace CometChat.Rest.Core;

/// <summary>Walks a cursor-paged list one page at a time, yielding items as they arrive.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CursorWalker
{
    /// <summary>
    /// Fetches the first page, then each page its <c>meta.next</c> points at, until a page has none, comes back
    /// empty, or repeats the cursor it was fetched with. Only one page is held in memory at a time.
    /// </summary>
    public static async IAsyncEnumerable<T> WalkAsync<T>(
        Func<CancellationToken, Task<CursorPage<T>>> fetchFirstPage,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchFirstPage);
        CursorPage<T>? page = await fetchFirstPage(cancellationToken).ConfigureAwait(false);
        PageCursor? followed = null;
        while (page is not null)
        {
            foreach (var item in page.Items)
            {
                yield return item;
            }

            if (!page.HasNextPage || page.Next.SameAs(followed))
            {
                yield break;
            }

            followed = page.Next;
            page = await page.GetNextPageAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
