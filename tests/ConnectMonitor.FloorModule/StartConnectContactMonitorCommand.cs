using System;
using System.Management.Automation;
using System.Net.Http;
using System.Text;

namespace ConnectMonitor.FloorModule
{
    /// <summary>
    /// The floor's one cmdlet: the same command line as the real one, the same signed MonitorContact request, one
    /// object out. Keys and region from the environment (or -Region), the endpoint from AWS_ENDPOINT_URL_CONNECT or the
    /// region's public one. Any failure is one terminating error with the answer's text.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "ConnectContactMonitor")]
    public sealed class StartConnectContactMonitorCommand : PSCmdlet
    {
        /// <summary>The Amazon Connect instance id.</summary>
        [Parameter(Mandatory = true)]
        public string InstanceId { get; set; }

        /// <summary>The contact to monitor.</summary>
        [Parameter(Mandatory = true)]
        public string ContactId { get; set; }

        /// <summary>The supervisor's user id.</summary>
        [Parameter(Mandatory = true)]
        public string UserId { get; set; }

        /// <summary>The region; else AWS_REGION, then AWS_DEFAULT_REGION.</summary>
        [Parameter]
        public string Region { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            var region = Region ?? Environment.GetEnvironmentVariable("AWS_REGION") ?? Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION");
            var endpoint = Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_CONNECT") ?? $"https://connect.{region}.amazonaws.com/";
            var body = Encoding.UTF8.GetBytes(
                "{\"InstanceId\":" + FloorJson.Quote(InstanceId) + ",\"ContactId\":" + FloorJson.Quote(ContactId) +
                ",\"UserId\":" + FloorJson.Quote(UserId) + ",\"ClientToken\":" + FloorJson.Quote(Guid.NewGuid().ToString()) + "}");
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(endpoint), "contact/monitor"))
            {
                Content = new ByteArrayContent(body),
            };
            FloorSigV4.Sign(request, body, "application/json", region,
                Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID"),
                Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY"),
                Environment.GetEnvironmentVariable("AWS_SESSION_TOKEN"));

            using (var client = new HttpClient())
            using (var response = client.SendAsync(request).GetAwaiter().GetResult())
            {
                var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
                if (!response.IsSuccessStatusCode)
                {
                    ThrowTerminatingError(new ErrorRecord(
                        new InvalidOperationException($"MonitorContact failed: {(int)response.StatusCode} {text}"),
                        "MonitorContactFailed", ErrorCategory.NotSpecified, ContactId));
                }

                var result = new PSObject();
                // Like the module: ContactId is the contact asked for; the answer may name the supervisor's own
                // monitoring contact, which is reported beside it.
                result.Properties.Add(new PSNoteProperty("ContactId", ContactId));
                result.Properties.Add(new PSNoteProperty("MonitorContactId", FloorJson.StringMember(text, "ContactId")));
                result.Properties.Add(new PSNoteProperty("MonitorContactArn", FloorJson.StringMember(text, "ContactArn")));
                WriteObject(result);
            }
        }
    }
}
