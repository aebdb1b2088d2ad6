using System;
using System.Collections.Generic;
using ConnectMonitor.Engine.Monitoring;
using ConnectMonitor.Engine.Sessions;

namespace ConnectMonitor.Engine.Sessions
{
    /// <summary>
    /// The service clients of one pipeline: one <see cref="ConnectSession"/> per distinct set of session
    /// settings (so inputs that carry the same credentials, region and endpoint share one client), all with the
    /// pipeline's options. Used from the pipeline thread only; disposing it disposes every service it created.
    /// </summary>
    public sealed class ConnectSessionCache : IDisposable
    {
        private readonly Dictionary<string, ConnectSession> _services = new Dictionary<string, ConnectSession>(StringComparer.Ordinal);
        private readonly MonitorContactOptions _options;
        private ConnectSessionSettings _lastSettings;
        private ConnectSession _lastService;

        /// <summary>Creates an empty cache whose services use <paramref name="options"/>.</summary>
        public ConnectSessionCache(MonitorContactOptions options)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
        }

        /// <summary>How many services the cache holds.</summary>
        public int Count => _services.Count;

        /// <summary>
        /// The service for <paramref name="settings"/>: the previous one when the same settings instance comes again
        /// (the common case: nothing changed between inputs), else the one for settings with the same cache key, else a new one.
        /// </summary>
        public ConnectSession For(ConnectSessionSettings settings)
        {
            if (settings == null)
            {
                throw new ArgumentNullException(nameof(settings));
            }

            if (ReferenceEquals(settings, _lastSettings))
            {
                return _lastService;
            }

            var key = settings.CacheKey;
            if (!_services.TryGetValue(key, out var service))
            {
                service = new ConnectSession(settings, _options);
                _services.Add(key, service);
            }

            _lastSettings = settings;
            _lastService = service;
            return service;
        }

        /// <summary>Disposes every service (and so every client) the cache created.</summary>
        public void Dispose()
        {
            foreach (var service in _services.Values)
            {
                service.Dispose();
            }

            _services.Clear();
            _lastSettings = null;
            _lastService = null;
        }
    }
}
