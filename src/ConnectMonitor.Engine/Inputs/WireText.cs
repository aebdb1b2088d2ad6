using System;
using System.Globalization;

namespace ConnectMonitor.Engine.Inputs
{
    /// <summary>
    /// The one set of rules for text that reaches the wire (ids and tokens in the request body, credential strings in
    /// headers). <see cref="Trim"/> removes what a CSV cell or a copy-paste commonly adds around a value; everything
    /// else that no Amazon Connect value can hold is rejected by <see cref="Problem"/>, never repaired:
    /// <list type="bullet">
    /// <item>trimmed: surrounding spaces and tabs, including Unicode space separators (no-break space and the like);</item>
    /// <item>rejected: an empty or whitespace-only value; any control character anywhere (C0 including CR, LF, NUL, ESC
    /// and inner tabs, DEL, C1); a line or paragraph separator (U+2028, U+2029); an unpaired surrogate; a length
    /// outside the model's limits, counted in Unicode code points as the model counts them.</item>
    /// </list>
    /// Credential strings (they go into HTTP headers) must in addition be printable ASCII without spaces.
    /// </summary>
    public static class WireText
    {
        /// <summary>Removes surrounding spaces, tabs and Unicode space separators; null stays null.</summary>
        public static string Trim(string value)
        {
            if (value == null)
            {
                return null;
            }

            int start = 0, end = value.Length;
            while (start < end && IsTrimmable(value[start]))
            {
                start++;
            }

            while (end > start && IsTrimmable(value[end - 1]))
            {
                end--;
            }

            return start == 0 && end == value.Length ? value : value.Substring(start, end - start);
        }

        /// <summary>
        /// What is wrong with <paramref name="value"/> (already trimmed) as a wire value of
        /// <paramref name="minLength"/>-<paramref name="maxLength"/> code points, or null when nothing is. The text
        /// names the rule and the position, never the whole value (so it may be used for secrets).
        /// </summary>
        public static string Problem(string value, int minLength, int maxLength)
        {
            if (value == null)
            {
                return "is missing";
            }

            if (value.Length > 0 && Trim(value).Length == 0)
            {
                return "is only whitespace";
            }

            var characterProblem = CharacterProblem(value);
            if (characterProblem != null)
            {
                return characterProblem;
            }

            var length = CodePointCount(value);
            if (length < minLength || length > maxLength)
            {
                return length == 0
                    ? "is empty"
                    : $"is {length} characters long (counted in Unicode code points); it must be {minLength}-{maxLength}";
            }

            return null;
        }

        /// <summary>What is wrong with <paramref name="value"/> as a credential string (it goes into a header), or null.</summary>
        public static string CredentialProblem(string value)
        {
            var problem = Problem(value, 1, int.MaxValue);
            if (problem != null)
            {
                return problem;
            }

            for (var i = 0; i < value.Length; i++)
            {
                if (value[i] < '!' || value[i] > '~')
                {
                    return $"has a character that cannot go into an HTTP header (U+{(int)value[i]:X4} at position {i + 1}; only printable ASCII without spaces is allowed)";
                }
            }

            return null;
        }

        /// <summary>The first control character, line separator or unpaired surrogate in <paramref name="value"/>, described; or null.</summary>
        public static string CharacterProblem(string value)
        {
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }

                if (char.IsSurrogate(c))
                {
                    return $"has an unpaired surrogate (U+{(int)c:X4}) at position {i + 1}";
                }

                var category = char.GetUnicodeCategory(c);
                if (category == UnicodeCategory.Control)
                {
                    return $"has a control character ({ControlName(c)}) at position {i + 1}";
                }

                if (category == UnicodeCategory.LineSeparator || category == UnicodeCategory.ParagraphSeparator)
                {
                    return $"has a line break (U+{(int)c:X4}) at position {i + 1}";
                }
            }

            return null;
        }

        /// <summary>Unicode code points in <paramref name="value"/> (a surrogate pair counts once), as the model's length traits count.</summary>
        public static int CodePointCount(string value)
        {
            var count = 0;
            for (var i = 0; i < value.Length; i++)
            {
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                }

                count++;
            }

            return count;
        }

        /// <summary>The longest start of <paramref name="value"/> with at most <paramref name="maxCodePoints"/> code points; never cuts a surrogate pair.</summary>
        public static string Truncate(string value, int maxCodePoints)
        {
            var count = 0;
            for (var i = 0; i < value.Length; i++)
            {
                if (count == maxCodePoints)
                {
                    return value.Substring(0, i);
                }

                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                }

                count++;
            }

            return value;
        }

        private static bool IsTrimmable(char c) => c == '\t' || char.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;

        private static string ControlName(char c)
        {
            switch (c)
            {
                case '\r': return "CR, U+000D";
                case '\n': return "LF, U+000A";
                case '\0': return "NUL, U+0000";
                case '\t': return "TAB, U+0009";
                case '\u001B': return "ESC, U+001B";
                default: return "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
            }
        }
    }
}
