using System;
using System.Globalization;
using Amazon.Runtime;

namespace ConnectMonitor.Engine.Pacing
{
    /// <summary>
    /// How many attempts a call took (first send included), carried back to the caller on what the call returned: the
    /// answer's <see cref="ResponseMetadata.Metadata"/> or the failure's <see cref="Exception.Data"/>. Written by
    /// <see cref="CallPacingHandler"/>; read by the call path for the verbose line and the call's details.
    /// </summary>
    internal static class CallAttempts
    {
        private const string Key = "ConnectMonitor.Attempts";

        /// <summary>Writes <paramref name="attempts"/> on <paramref name="response"/>.</summary>
        public static void Record(AmazonWebServiceResponse response, int attempts)
        {
            if (response == null)
            {
                return;
            }

            if (response.ResponseMetadata == null)
            {
                response.ResponseMetadata = new ResponseMetadata();
            }

            response.ResponseMetadata.Metadata[Key] = attempts.ToString(CultureInfo.InvariantCulture);
        }

        /// <summary>Writes <paramref name="attempts"/> on <paramref name="failure"/>; false, so it can sit in an
        /// exception filter that lets the failure go on as it is.</summary>
        public static bool Record(Exception failure, int attempts)
        {
            try
            {
                failure.Data[Key] = attempts;
            }
            catch (Exception ex) when (ex is NotSupportedException || ex is ArgumentException)
            {
                // A read-only or odd Data dictionary: the count is lost, the failure is not.
            }

            return false;
        }

        /// <summary>The attempts written on <paramref name="response"/> (0 when none were).</summary>
        public static int Of(AmazonWebServiceResponse response) =>
            response?.ResponseMetadata?.Metadata != null && response.ResponseMetadata.Metadata.TryGetValue(Key, out var text) &&
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var attempts) ? attempts : 0;

        /// <summary>The attempts written on <paramref name="failure"/> (0 when none were: nothing was sent).</summary>
        public static int Of(Exception failure) => failure?.Data[Key] is int attempts ? attempts : 0;
    }
}
