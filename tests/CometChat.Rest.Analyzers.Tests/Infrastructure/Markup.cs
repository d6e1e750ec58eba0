using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace CometChat.Rest.Analyzers.Tests.Infrastructure;

/// <summary>Parses <c>{|ID:text|}</c> markup into plain source and the expected diagnostics.</summary>
internal static class Markup
{
    public static (string Source, List<(string Id, TextSpan Span)> Expected) Parse(string markup)
    {
        var source = new StringBuilder(markup.Length);
        var expected = new List<(string, TextSpan)>();
        var i = 0;
        while (i < markup.Length)
        {
            var open = markup.IndexOf("{|", i, System.StringComparison.Ordinal);
            if (open < 0)
            {
                source.Append(markup, i, markup.Length - i);
                break;
            }

            source.Append(markup, i, open - i);
            var colon = markup.IndexOf(':', open);
            var close = markup.IndexOf("|}", colon, System.StringComparison.Ordinal);
            var id = markup.Substring(open + 2, colon - open - 2);
            var text = markup.Substring(colon + 1, close - colon - 1);
            expected.Add((id, new TextSpan(source.Length, text.Length)));
            source.Append(text);
            i = close + 2;
        }

        return (source.ToString(), expected);
    }
}
