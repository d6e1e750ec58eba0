using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace CometChat.Rest.Core;

/// <summary>
/// The JSON member names a generated converter knows, for finding which one the reader is on. Used by generated code.
/// </summary>
/// <remarks>
/// Comparing a member name with each known name in turn cost a converter about as much as reading the values: a
/// user has 19 members, so each name was compared nine times on average. Names are grouped by their UTF-8 length
/// instead, and a lookup compares only the one or two known names of the same length.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonMemberNames
{
    private readonly byte[][] _names;

    // _byLength[n]: indexes into _names of the names n bytes long, in declaration order.
    private readonly int[][] _byLength;

    /// <summary>
    /// Creates the table; a name's index is its position in <paramref name="names"/>. Of two equal names, the first
    /// is found.
    /// </summary>
    public JsonMemberNames(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        _names = new byte[names.Length][];
        var longest = 0;
        for (var i = 0; i < names.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(names[i], nameof(names));
            _names[i] = Encoding.UTF8.GetBytes(names[i]);
            longest = Math.Max(longest, _names[i].Length);
        }

        var buckets = new List<int>[longest + 1];
        for (var i = 0; i < _names.Length; i++)
        {
            (buckets[_names[i].Length] ??= []).Add(i);
        }

        _byLength = new int[longest + 1][];
        for (var length = 0; length <= longest; length++)
        {
            _byLength[length] = buckets[length]?.ToArray() ?? [];
        }
    }

    /// <summary>The number of names.</summary>
    public int Count => _names.Length;

    /// <summary>
    /// The index of the member name the reader is on (a <see cref="JsonTokenType.PropertyName"/> token), or -1 when
    /// it is none of the known names.
    /// </summary>
    public int IndexOf(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            // Rare in practice: let the reader unescape or join the name while comparing.
            for (var i = 0; i < _names.Length; i++)
            {
                if (reader.ValueTextEquals(_names[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        var name = reader.ValueSpan;
        if ((uint)name.Length >= (uint)_byLength.Length)
        {
            return -1;
        }

        foreach (var index in _byLength[name.Length])
        {
            if (name.SequenceEqual(_names[index]))
            {
                return index;
            }
        }

        return -1;
    }
}
