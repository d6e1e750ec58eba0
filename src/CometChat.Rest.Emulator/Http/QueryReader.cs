using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace CometChat.Rest.Emulator.Http;

/// <summary>
/// Reads query parameters the way CometChat declares them: booleans as <c>true</c>/<c>false</c>, integers,
/// and arrays comma-separated (<c>style: form, explode: false</c>). Bad values are collected as field errors.
/// </summary>
internal sealed class QueryReader
{
    /// <summary>CometChat's default page size.</summary>
    public const int DefaultPerPage = 100;

    /// <summary>CometChat's largest page size for users (and the emulator's for every list).</summary>
    public const int MaxPerPage = 1000;

    private readonly IQueryCollection _query;

    public QueryReader(HttpRequest request)
    {
        _query = request.Query;
    }

    public ValidationErrors Errors { get; } = new();

    /// <summary>The parameter's value, or null when it is absent or empty.</summary>
    public string? String(string name)
    {
        var value = _query[name].ToString();
        return value.Length == 0 ? null : value;
    }

    /// <summary>A comma-separated list (repeated parameters are joined too); empty items are dropped.</summary>
    public List<string> List(string name)
    {
        var items = new List<string>();
        foreach (var value in _query[name])
        {
            if (value is null)
            {
                continue;
            }

            foreach (var item in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                items.Add(item);
            }
        }

        return items;
    }

    /// <summary>A boolean: <c>true</c>, <c>false</c>, <c>1</c> or <c>0</c>; absent gives false.</summary>
    public bool Boolean(string name)
    {
        var value = String(name);
        switch (value?.ToUpperInvariant())
        {
            case null:
            case "FALSE":
            case "0":
                return false;
            case "TRUE":
            case "1":
                return true;
            default:
                Errors.Add(name, $"The {name} field must be true or false.");
                return false;
        }
    }

    /// <summary>A whole number (such as a Unix time), or null when it is absent.</summary>
    public long? Long(string name)
    {
        var value = String(name);
        if (value is null)
        {
            return null;
        }

        if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            Errors.Add(name, $"The {name} must be an integer.");
            return null;
        }

        return number;
    }

    /// <summary>A boolean, or null when it is absent.</summary>
    public bool? OptionalBoolean(string name) => String(name) is null ? null : Boolean(name);

    /// <summary>An integer in [<paramref name="minimum"/>, <paramref name="maximum"/>]; absent gives the default.</summary>
    public int Integer(string name, int defaultValue, int minimum, int maximum)
    {
        var value = String(name);
        if (value is null)
        {
            return defaultValue;
        }

        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            Errors.Add(name, $"The {name} must be an integer.");
            return defaultValue;
        }

        if (number < minimum || number > maximum)
        {
            Errors.Add(name, maximum == int.MaxValue
                ? string.Create(CultureInfo.InvariantCulture, $"The {name} must be at least {minimum}.")
                : string.Create(CultureInfo.InvariantCulture, $"The {name} must be between {minimum} and {maximum}."));
            return defaultValue;
        }

        return number;
    }

    /// <summary>The <c>page</c> and <c>perPage</c> parameters (defaults 1 and 100; perPage at most 1000).</summary>
    public PageRequest Paging() =>
        new(Integer("page", 1, 1, int.MaxValue), Integer("perPage", DefaultPerPage, 1, MaxPerPage));
}

/// <summary>Which page of a list to return.</summary>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PerPage">The page size.</param>
internal readonly record struct PageRequest(int Page, int PerPage)
{
    /// <summary>Cuts the page out of the whole (already filtered and ordered) list.</summary>
    public PageSlice<T> Slice<T>(IReadOnlyList<T> all)
    {
        var skip = (long)(Page - 1) * PerPage;
        var items = new List<T>();
        for (var i = skip; i < all.Count && items.Count < PerPage; i++)
        {
            items.Add(all[(int)i]);
        }

        return new PageSlice<T>(items, all.Count, PerPage, Page);
    }
}
