using System.Globalization;
using System.Text;

namespace ConnectMonitor.FloorModule
{
    /// <summary>Just enough JSON for the floor: quoting a string, reading a top-level string member of a flat object.</summary>
    internal static class FloorJson
    {
        public static string Quote(string value)
        {
            var text = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
            {
                if (c == '"' || c == '\\')
                {
                    text.Append('\\').Append(c);
                }
                else if (c < ' ')
                {
                    text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }
                else
                {
                    text.Append(c);
                }
            }

            return text.Append('"').ToString();
        }

        public static string StringMember(string json, string name)
        {
            var key = json.IndexOf("\"" + name + "\"", System.StringComparison.Ordinal);
            var start = key < 0 ? -1 : json.IndexOf('"', json.IndexOf(':', key) + 1);
            if (start < 0)
            {
                return null;
            }

            var value = new StringBuilder();
            for (var i = start + 1; i < json.Length && json[i] != '"'; i++)
            {
                if (json[i] == '\\' && i + 1 < json.Length)
                {
                    i++;
                    if (json[i] == 'u' && i + 4 < json.Length)
                    {
                        value.Append((char)int.Parse(json.Substring(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        i += 4;
                        continue;
                    }
                }

                value.Append(json[i]);
            }

            return value.ToString();
        }
    }
}
