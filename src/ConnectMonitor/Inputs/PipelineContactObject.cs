using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using System.Text;
using ConnectMonitor.Engine.Inputs;

namespace ConnectMonitor.Inputs
{
    /// <summary>
    /// Tells whether -ContactId really came from the piped object: the object itself is the id (a string or a Guid),
    /// or one of its contact properties (ContactId, ContactArn, Arn, Id) holds the id as text. PowerShell otherwise
    /// binds any object's string form to a string parameter that takes pipeline input by value, so an Import-Csv row
    /// whose header says "Contact", a hashtable, a date or a file would be sent as "@{Contact=...}" and the like.
    /// </summary>
    internal static class PipelineContactObject
    {
        /// <summary>The properties -ContactId binds from (its name and aliases).</summary>
        public static readonly string[] ContactProperties = { "ContactId", "ContactArn", "Arn", "Id" };

        private const int MostNamesShown = 20;

        /// <summary>
        /// Null when <paramref name="contactId"/> is the id <paramref name="pipelineObject"/> carries (or nothing was
        /// piped); otherwise a message for the user that names the properties the object did have.
        /// </summary>
        public static string Problem(object pipelineObject, string contactId)
        {
            if (pipelineObject == null)
            {
                return null;
            }

            var baseObject = pipelineObject is PSObject wrapped ? wrapped.BaseObject : pipelineObject;
            if (baseObject is string || baseObject is Guid)
            {
                return null;
            }

            var adapted = PSObject.AsPSObject(pipelineObject);
            var typeName = Clean(baseObject.GetType().Name);
            var found = new StringBuilder();
            foreach (var name in ContactProperties)
            {
                var property = adapted.Properties[name];
                if (property == null)
                {
                    continue;
                }

                object value;
                try
                {
                    value = property.Value;
                }
                catch (GetValueException)
                {
                    continue;
                }

                value = value is PSObject inner ? inner.BaseObject : value;
                if (value is string text && (text == contactId || WireText.Trim(text) == contactId))
                {
                    return null;
                }

                if (value is Guid guid && guid.ToString() == contactId)
                {
                    return null;
                }

                found.Append(found.Length == 0 ? "" : ", ")
                     .Append(property.Name)
                     .Append(value == null || (value is string s && s.Length == 0) ? " is empty" : $" is a {Clean(value.GetType().Name)}, not a contact id or ARN");
            }

            var what = baseObject is IDictionary dictionary
                ? $"The piped {typeName} has no contact property (a hashtable's keys are not properties: pipe [pscustomobject]@{{...}} instead). Its keys: {Names(dictionary.Keys.Cast<object>().Select(k => Convert.ToString(k, System.Globalization.CultureInfo.InvariantCulture)))}."
                : $"The piped {typeName} has no contact property. Its properties: {Names(adapted.Properties.Select(p => p.Name))}.";
            if (found.Length > 0)
            {
                what += $" ({found}.)";
            }

            return what + " Pipe contact ids or ARNs, or objects with a ContactId, ContactArn, Arn or Id property that holds one.";
        }

        private static string Names(System.Collections.Generic.IEnumerable<string> names)
        {
            var list = names.Select(Clean).ToList();
            if (list.Count == 0)
            {
                return "(none)";
            }

            return string.Join(", ", list.Take(MostNamesShown)) + (list.Count > MostNamesShown ? $" and {list.Count - MostNamesShown} more" : "");
        }

        // Property names come from outside (a CSV header): no control character reaches the error text.
        private static string Clean(string name) =>
            name == null ? "" : new string(name.Select(c => char.IsControl(c) ? '?' : c).ToArray());
    }
}
