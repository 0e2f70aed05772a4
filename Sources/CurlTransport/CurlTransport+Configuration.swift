import FlightdeckPlatform
import Foundation

extension CurlTransport {
    /// How the transport connects, identifies itself and how long it waits.
    public struct Configuration: Sendable, Equatable {
        /// Seconds allowed to establish a connection (TCP and TLS); default 3.
        public var connectTimeout: TimeInterval
        /// Seconds allowed for a whole exchange when the request names none; default 10.
        public var totalTimeout: TimeInterval
        /// The Flightdeck version sent as `User-Agent: flightdeck/<version>`; default `0.1.0`.
        public var version: String
        /// Whether to offer `Accept-Encoding` (gzip, deflate, br, zstd as built) and decode replies.
        public var acceptsCompression: Bool
        /// The environment read for `AWS_CA_BUNDLE` (the process environment by default).
        ///
        /// Proxies are not read from here: libcurl itself reads `http_proxy`, `HTTPS_PROXY`,
        /// `ALL_PROXY` and `NO_PROXY` (either case, except upper-case `HTTP_PROXY`) from the process
        /// environment for every transfer, because the transport never sets `CURLOPT_PROXY`.
        public var environment: [String: String]
        /// Connections open to one host at once; default 10, as botocore's `max_pool_connections`.
        /// Requests beyond it wait for a free connection (HTTP/2 streams share one connection and
        /// are not counted), so a refresh of many target groups never opens hundreds of sockets to
        /// one AWS endpoint.
        public var maxConnectionsPerHost: Int

        /// Creates a configuration; every parameter has the default described on its property.
        public init(
            connectTimeout: TimeInterval = 3,
            totalTimeout: TimeInterval = 10,
            version: String = "0.1.0",
            acceptsCompression: Bool = false,
            environment: [String: String] = Platform.environment,
            maxConnectionsPerHost: Int = 10
        ) {
            self.connectTimeout = connectTimeout
            self.totalTimeout = totalTimeout
            self.version = version
            self.acceptsCompression = acceptsCompression
            self.environment = environment
            self.maxConnectionsPerHost = maxConnectionsPerHost
        }

        /// The `User-Agent` value, `flightdeck/<version>`.
        public var userAgent: String { "flightdeck/\(version)" }

        /// The CA bundle file named by a non-empty `AWS_CA_BUNDLE`, or nil for the system store.
        public var caBundlePath: String? {
            environment["AWS_CA_BUNDLE"].flatMap { $0.isEmpty ? nil : $0 }
        }
    }
}
