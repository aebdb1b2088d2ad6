using System;
using System.Collections.Generic;

namespace ConnectMonitor.Engine.Connect
{
    /// <summary>The service model's constraints (required, min/max length, list counts, ranges, enums), checked before sending.</summary>
    internal static class ModelConstraints
    {
        /// <summary>The model's ContactState enum.</summary>
        public static readonly string[] ContactStates =
        {
            "INCOMING", "PENDING", "CONNECTING", "CONNECTED", "CONNECTED_ONHOLD", "MISSED", "ERROR", "ENDED", "REJECTED",
        };

        /// <summary>The model's StringComparisonType enum.</summary>
        public static readonly string[] StringComparisonTypes = { "STARTS_WITH", "CONTAINS", "EXACT" };

        public static void Required(string operation, string member, object value)
        {
            if (value == null)
            {
                throw Fail(operation, member + " is required.");
            }
        }

        public static void Length(string operation, string member, string value, int min, int max, bool required = false)
        {
            if (value == null)
            {
                if (required)
                {
                    throw Fail(operation, member + " is required.");
                }
                return;
            }
            if (value.Length < min || value.Length > max)
            {
                throw Fail(operation, $"{member} must be {min}-{max} characters long (it is {value.Length}).");
            }
        }

        public static void Range(string operation, string member, int? value, int min, int max)
        {
            if (value.HasValue && (value.Value < min || value.Value > max))
            {
                throw Fail(operation, $"{member} must be between {min} and {max} (it is {value.Value}).");
            }
        }

        public static void Count<T>(string operation, string member, List<T> value, int min, int max)
        {
            if (value != null && (value.Count < min || value.Count > max))
            {
                throw Fail(operation, $"{member} must have {min}-{max} items (it has {value.Count}).");
            }
        }

        public static void NoNullOrEmptyItems(string operation, string member, List<string> value)
        {
            if (value == null)
            {
                return;
            }
            foreach (string item in value)
            {
                if (string.IsNullOrEmpty(item))
                {
                    throw Fail(operation, member + " must not contain null or empty items.");
                }
            }
        }

        public static void OneOf(string operation, string member, string value, string[] allowed)
        {
            if (value != null && Array.IndexOf(allowed, value) < 0)
            {
                throw Fail(operation, $"{member} '{value}' is not one of {string.Join(", ", allowed)}.");
            }
        }

        public static ConnectRequestValidationException Fail(string operation, string problem) =>
            new ConnectRequestValidationException(operation + ": " + problem + " Nothing was sent.");
    }
}
