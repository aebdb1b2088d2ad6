using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using ConnectMonitor.Engine.Text;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>Small JSON helpers shared by the supervisor operations' marshallers and unmarshallers.</summary>
    internal static class ConnectJson
    {
        public static IRequest NewPost(AmazonWebServiceRequest input, string resourcePath, byte[] body)
        {
            IRequest request = new DefaultRequest(input, AmazonConnectConfig.ConnectServiceId);
            request.HttpMethod = "POST";
            request.ResourcePath = resourcePath;
            request.Headers["Content-Type"] = "application/json";
            request.Content = body;
            return request;
        }

        /// <summary>
        /// A GET with no body (the read operations): <paramref name="resourcePath"/> with each "{Name}" filled from
        /// <paramref name="pathMembers"/> (encoded by the SDK); query members are added by the caller.
        /// </summary>
        public static IRequest NewGet(AmazonWebServiceRequest input, string resourcePath, params (string Name, string Value)[] pathMembers)
        {
            IRequest request = new DefaultRequest(input, AmazonConnectConfig.ConnectServiceId);
            request.HttpMethod = "GET";
            request.ResourcePath = resourcePath;
            foreach (var (name, value) in pathMembers)
            {
                request.AddPathResource("{" + name + "}", value);
            }
            return request;
        }

        public static byte[] Write(Action<Utf8JsonWriter> writeMembers)
        {
            using (var buffer = new MemoryStream())
            {
                using (var json = new Utf8JsonWriter(buffer))
                {
                    json.WriteStartObject();
                    writeMembers(json);
                    json.WriteEndObject();
                }
                return buffer.ToArray();
            }
        }

        public static void WriteIfSet(Utf8JsonWriter json, string name, string value)
        {
            if (value != null)
            {
                json.WriteString(name, value);
            }
        }

        public static void WriteIfSet(Utf8JsonWriter json, string name, int? value)
        {
            if (value.HasValue)
            {
                json.WriteNumber(name, value.Value);
            }
        }

        public static void WriteIfSet(Utf8JsonWriter json, string name, List<string> values)
        {
            if (values == null)
            {
                return;
            }
            json.WriteStartArray(name);
            foreach (string value in values)
            {
                json.WriteStringValue(value);
            }
            json.WriteEndArray();
        }

        /// <summary>
        /// A string member, cleaned of terminal escape sequences and control characters (<see cref="OutsideText"/>):
        /// every name, id and ARN read from an answer passes here, so none reaches an output object or a message raw.
        /// </summary>
        public static string String(JsonElement parent, string name) => OutsideText.Clean(RawString(parent, name));

        /// <summary>A NextToken: opaque, only ever sent back, so kept as it came.</summary>
        public static string Token(JsonElement parent) => RawString(parent, "NextToken");

        private static string RawString(JsonElement parent, string name)
        {
            JsonElement value;
            if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }
            if (value.ValueKind != JsonValueKind.String)
            {
                throw new JsonException("Member " + name + " is " + value.ValueKind + ", not a string.");
            }
            return value.GetString();
        }

        /// <summary>A list item that must be a string.</summary>
        public static string StringItem(JsonElement item, string listName)
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw new JsonException("An item of " + listName + " is " + item.ValueKind + ", not a string.");
            }
            return item.GetString();
        }

        public static long? Long(JsonElement parent, string name)
        {
            JsonElement value;
            if (!parent.TryGetProperty(name, out value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }
            return value.GetInt64();
        }

        /// <summary>A rest-json timestamp: epoch seconds (fractions allowed), or an ISO 8601 string.</summary>
        public static DateTimeOffset? Timestamp(JsonElement parent, string name)
        {
            JsonElement value;
            if (!parent.TryGetProperty(name, out value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }
            if (value.ValueKind == JsonValueKind.Number)
            {
                double seconds = value.GetDouble();
                return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(seconds * 1000));
            }
            return DateTimeOffset.Parse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        }

        /// <summary>A list member the answer must carry (an empty list when there is nothing): missing is an invalid answer.</summary>
        public static IEnumerable<JsonElement> RequiredArray(JsonElement parent, string name, string operation)
        {
            JsonElement value;
            if (!parent.TryGetProperty(name, out value) || value.ValueKind == JsonValueKind.Null)
            {
                throw new JsonException("The " + operation + " answer has no " + name + " list.");
            }

            return Array(parent, name);
        }

        public static IEnumerable<JsonElement> Array(JsonElement parent, string name)
        {
            JsonElement value;
            if (!parent.TryGetProperty(name, out value) || value.ValueKind == JsonValueKind.Null)
            {
                yield break;
            }
            if (value.ValueKind != JsonValueKind.Array)
            {
                throw new JsonException("Member " + name + " is " + value.ValueKind + ", not a list.");
            }
            foreach (JsonElement item in value.EnumerateArray())
            {
                yield return item;
            }
        }

        /// <summary>An object member the answer must carry (DescribeContact's Contact, DescribeUser's User): missing is an invalid answer.</summary>
        public static JsonElement RequiredObject(JsonElement parent, string name, string operation)
        {
            JsonElement? value = Object(parent, name);
            if (value == null)
            {
                throw new JsonException("The " + operation + " answer has no " + name + " object.");
            }

            return value.Value;
        }

        public static JsonElement? Object(JsonElement parent, string name)
        {
            JsonElement value;
            if (!parent.TryGetProperty(name, out value) || value.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            return value;
        }

        public static ConnectReference Reference(JsonElement parent, string name)
        {
            JsonElement? value = Object(parent, name);
            return value == null ? null : new ConnectReference { Id = String(value.Value, "Id"), Arn = String(value.Value, "Arn") };
        }
    }
}
