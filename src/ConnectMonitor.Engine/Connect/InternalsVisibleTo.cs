using System.Runtime.CompilerServices;

// The Connect client's marshaller, unmarshaller and error parsing are internal; the engine's
// test project checks them directly (the wire format) as well as through the public client.
[assembly: InternalsVisibleTo("ConnectMonitor.Engine.Tests")]
