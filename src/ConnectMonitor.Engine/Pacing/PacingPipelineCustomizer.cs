using System;
using System.Linq;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using ConnectMonitor.Engine.Connect;

namespace ConnectMonitor.Engine.Pacing
{
    /// <summary>
    /// Puts pacing into every <see cref="AmazonConnectClient"/>'s SDK pipeline: the SDK's retry policy wrapped in
    /// <see cref="PacedRetryPolicy"/>, and <see cref="PacingHandler"/> right inside the retry loop. Registered once
    /// per process with the SDK's pipeline customizer registry (which applies to clients created afterwards);
    /// both pieces are inert for calls that carry no <see cref="CallPacing"/>.
    /// </summary>
    internal sealed class PacingPipelineCustomizer : IRuntimePipelineCustomizer
    {
        private static readonly Lazy<bool> Registration = new Lazy<bool>(() =>
        {
            RuntimePipelineCustomizerRegistry.Instance.Register(new PacingPipelineCustomizer());
            return true;
        });

        public string UniqueName => "ConnectMonitor.Pacing";

        /// <summary>Registers the customizer (once); call before creating clients.</summary>
        public static void EnsureRegistered() => _ = Registration.Value;

        public void Customize(Type serviceClientType, RuntimePipeline pipeline)
        {
            if (serviceClientType != typeof(AmazonConnectClient))
            {
                return;
            }

            var retry = pipeline.Handlers.OfType<RetryHandler>().FirstOrDefault();
            if (retry == null)
            {
                return;
            }

            pipeline.ReplaceHandler<RetryHandler>(new RetryHandler(new PacedRetryPolicy(retry.RetryPolicy)));
            pipeline.AddHandlerAfter<RetryHandler>(new PacingHandler());
        }
    }
}
