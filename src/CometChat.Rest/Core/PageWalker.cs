using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace CometChat.Rest.Core;

/// <summary>Walks a page-based list one page at a time, yielding items as they arrive.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PageWalker
{
    /// <summary>
    /// Fetches <paramref name="firstPage"/>, then each following page while one follows. Only one page is held
    /// in memory at a time.
    /// </summary>
    public static async IAsyncEnumerable<T> WalkAsync<T>(
        int firstPage,
        Func<int, CancellationToken, Task<Page<T>>> fetchPage,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        var pageNumber = Math.Max(1, firstPage);
        while (true)
        {
            var page = await fetchPage(pageNumber, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            if (!page.HasNextPage)
            {
                yield break;
            }

            // Trust CometChat's own page number when it sends one, so a server that skips ahead is followed.
            pageNumber = page.Pagination is { CurrentPage: > 0 } p && p.CurrentPage >= pageNumber ? p.CurrentPage + 1 : pageNumber + 1;
        }
    }
}
