using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CometChat.Rest.Emulator.State;

/// <summary>
/// The made-up website behind a crawl. The emulator never touches the network, so every address has a site derived
/// from it alone: each page links to <see cref="FanOut"/> pages one path segment deeper, named after topics picked by a
/// hash of the page's address; titles, descriptions and content come from the address too. The same address always
/// gives the same site, in every run and on every machine.
/// </summary>
internal static class EmulatedSite
{
    /// <summary>Links on every page.</summary>
    public const int FanOut = 3;

    /// <summary>Depth below the host root that the sitemap lists.</summary>
    public const int SitemapDepth = 2;

    // Path segments of the linked pages.
    private static readonly string[] s_topics =
        ["docs", "guides", "pricing", "blog", "api", "faq", "support", "changelog", "security", "about", "careers", "integrations"];

    /// <summary>
    /// The canonical form of an absolute <c>http</c> or <c>https</c> address: scheme and host in lower case, no query,
    /// fragment or trailing slash. False for anything else.
    /// </summary>
    public static bool TryNormalize(string? url, out string normalized)
    {
        normalized = "";
        if (string.IsNullOrWhiteSpace(url)
            || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.Host.Length == 0)
        {
            return false;
        }

        normalized = Root(uri) + uri.AbsolutePath.TrimEnd('/');
        return true;
    }

    /// <summary>The pages a page links to, in the order the page lists them.</summary>
    public static IEnumerable<string> Links(string pageUrl) =>
        s_topics.OrderBy(topic => Hash(pageUrl + "#" + topic)).ThenBy(topic => topic, StringComparer.Ordinal).Take(FanOut).Select(topic => pageUrl + "/" + topic);

    /// <summary>The title: the last path segment in title case, or the host for the home page.</summary>
    public static string Title(string pageUrl)
    {
        var uri = new Uri(pageUrl);
        var segment = uri.Segments[^1].Trim('/');
        return segment.Length == 0 ? uri.Host : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(Uri.UnescapeDataString(segment).Replace('-', ' '));
    }

    public static string Description(string pageUrl) => $"The {Title(pageUrl)} page of {new Uri(pageUrl).Host}.";

    /// <summary>The page as Markdown: its title, description and links.</summary>
    public static string Markdown(string pageUrl)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(Title(pageUrl)).Append("\n\n").Append(Description(pageUrl)).Append("\n\n## Read next\n");
        foreach (var link in Links(pageUrl))
        {
            text.Append("\n- [").Append(Title(link)).Append("](").Append(link).Append(')');
        }

        return text.ToString();
    }

    /// <summary>The page in one of the scrape formats (markdown, html or text).</summary>
    public static string Content(string pageUrl, string format)
    {
        switch (format)
        {
            case "html":
                var html = new StringBuilder();
                html.Append("<h1>").Append(Title(pageUrl)).Append("</h1><p>").Append(Description(pageUrl)).Append("</p><h2>Read next</h2><ul>");
                foreach (var link in Links(pageUrl))
                {
                    html.Append("<li><a href=\"").Append(link).Append("\">").Append(Title(link)).Append("</a></li>");
                }

                return html.Append("</ul>").ToString();
            case "text":
                return string.Join("\n", [Title(pageUrl), "", Description(pageUrl), "", "Read next", .. Links(pageUrl).Select(Title)]);
            default:
                return Markdown(pageUrl);
        }
    }

    /// <summary>Address of the sitemap of the page's host.</summary>
    public static string SitemapUrl(string pageUrl) => Root(new Uri(pageUrl)) + "/sitemap.xml";

    /// <summary>The sitemap of the page's host: its pages down to <see cref="SitemapDepth"/>, home page first.</summary>
    public static List<string> SitemapUrls(string pageUrl)
    {
        var urls = new List<string>();
        var level = new List<string> { Root(new Uri(pageUrl)) };
        for (var depth = 0; depth <= SitemapDepth; depth++)
        {
            urls.AddRange(level);
            level = [.. level.SelectMany(Links)];
        }

        return urls;
    }

    /// <summary>The sitemap's last-modified date, a day of 2025 picked by the host.</summary>
    public static string SitemapLastModified(string pageUrl) =>
        new DateOnly(2025, 1, 1).AddDays((int)(Hash(new Uri(pageUrl).Host) % 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Whether indexing the page fails the first time: about one page in five, by the hash of its address, so retries
    /// can be tried out. A retry always succeeds.
    /// </summary>
    public static bool FailsFirstIndexing(string pageUrl) => Hash(pageUrl) % 5 == 0;

    /// <summary>FNV-1a of the UTF-16 code units: stable across runs, unlike <see cref="string.GetHashCode()"/>.</summary>
    public static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }

    private static string Root(Uri uri) =>
        uri.Scheme + "://" + uri.Host.ToLowerInvariant() + (uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(CultureInfo.InvariantCulture));
}
