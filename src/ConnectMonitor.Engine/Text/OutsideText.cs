using System;
using System.Text;

namespace ConnectMonitor.Engine.Text
{
    /// <summary>
    /// The one filter for text that comes from outside the module and reaches the user: service error messages and
    /// bodies, a credential process's stderr, messages of exceptions thrown by the AWS SDK or by a credential object.
    /// Terminal escape sequences (CSI, OSC, and any other ESC sequence) are removed; line breaks and tabs become a
    /// space; every other control character (C0, DEL, C1) and the Unicode bidirectional overrides become U+FFFD; the
    /// result is cut to a length a message can carry. A rogue endpoint can then neither clear the screen, nor forge
    /// lines of output, nor hide text.
    /// </summary>
    public static class OutsideText
    {
        /// <summary>Characters kept from one outside text by default.</summary>
        public const int DefaultMaxLength = 1000;

        private const char Escape = '\u001b';
        private const char Replacement = '\uFFFD';

        /// <summary>The text made safe to show; null stays null.</summary>
        public static string Clean(string text, int maxLength = DefaultMaxLength)
        {
            if (text == null)
            {
                return null;
            }

            var clean = new StringBuilder(Math.Min(text.Length, maxLength + 1));
            for (var i = 0; i < text.Length && clean.Length <= maxLength; i++)
            {
                var c = text[i];
                if (c == Escape || c == '\u009b' || c == '\u009d')
                {
                    i = SkipEscapeSequence(text, i);
                    continue;
                }

                if (c == '\r' || c == '\n' || c == '\t')
                {
                    if (clean.Length > 0 && clean[clean.Length - 1] != ' ')
                    {
                        clean.Append(' ');
                    }

                    continue;
                }

                clean.Append(IsUnsafe(c) ? Replacement : c);
            }

            if (clean.Length > maxLength)
            {
                clean.Length = maxLength;
                if (char.IsHighSurrogate(clean[clean.Length - 1]))
                {
                    clean.Length--;
                }

                clean.Append('…');
            }

            return clean.ToString();
        }

        /// <summary>True when <paramref name="text"/> holds anything <see cref="Clean"/> would change (length aside).</summary>
        public static bool NeedsCleaning(string text)
        {
            if (text == null)
            {
                return false;
            }

            foreach (var c in text)
            {
                if (IsUnsafe(c) || c == '\r' || c == '\n' || c == '\t')
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsUnsafe(char c) =>
            c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) ||
            (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f';

        /// <summary>Index of the last character of the escape sequence starting at <paramref name="start"/>.</summary>
        private static int SkipEscapeSequence(string text, int start)
        {
            var i = start;
            var introducer = text[i];
            char kind;
            if (introducer == Escape)
            {
                if (i + 1 >= text.Length)
                {
                    return i;
                }

                kind = text[++i];
            }
            else
            {
                kind = introducer == '\u009b' ? '[' : ']';
            }

            if (kind == '[')
            {
                // CSI: parameters and intermediates, then one final byte in 0x40-0x7E.
                while (++i < text.Length)
                {
                    if (text[i] >= 0x40 && text[i] <= 0x7e)
                    {
                        return i;
                    }
                }

                return text.Length - 1;
            }

            if (kind == ']' || kind == 'P' || kind == '_' || kind == '^' || kind == 'X')
            {
                // OSC / DCS / APC / PM / SOS: up to BEL or ST (ESC \).
                while (++i < text.Length)
                {
                    if (text[i] == '\u0007' || text[i] == '\u009c')
                    {
                        return i;
                    }

                    if (text[i] == Escape && i + 1 < text.Length && text[i + 1] == '\\')
                    {
                        return i + 1;
                    }
                }

                return text.Length - 1;
            }

            // Any other two- or three-character sequence (ESC c, ESC ( B ...).
            if (kind >= 0x20 && kind <= 0x2f && i + 1 < text.Length)
            {
                return i + 1;
            }

            return i;
        }
    }
}
