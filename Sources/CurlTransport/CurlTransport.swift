import AWSCore
import Foundation

/// The production `HTTPTransport`: libcurl's multi interface, driven by one dedicated thread.
///
/// Requests from any task run concurrently on one multi handle, which reuses connections per host
/// (keep-alive; HTTP/2 over TLS where the server offers it) and shares DNS and TLS sessions. Each
/// request is bounded by the connect and total timeouts, so a hung endpoint ends in
/// `TransportError.timeout`. Cancelling the calling task stops the transfer and throws
/// `CancellationError`.
///
/// Proxies: the transport never sets `CURLOPT_PROXY`, so libcurl applies `http_proxy`,
/// `https_proxy`/`HTTPS_PROXY`, `all_proxy`/`ALL_PROXY` and `no_proxy`/`NO_PROXY` from the process
/// environment to each transfer, as the `curl` tool does (upper-case `HTTP_PROXY` is ignored on
/// purpose, see "httpoxy"). TLS peer and host verification are always on; `AWS_CA_BUNDLE` from
/// the configuration's environment replaces the system trust store.
public final class CurlTransport: HTTPTransport {
    /// The settings every request uses.
    public let configuration: Configuration
    /// The multi handle and its thread.
    private let loop: CurlMultiLoop

    /// Starts a transport with `configuration`; if libcurl cannot be set up, every request fails
    /// with `TransportError.unavailable`.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        loop = CurlMultiLoop(maxConnectionsPerHost: configuration.maxConnectionsPerHost)
    }

    /// Shuts the loop down, failing whatever is still pending.
    deinit {
        loop.shutdown()
    }

    /// Sends `request` and returns the final response, whatever its status.
    ///
    /// - Throws: `TransportError` when no response came, `CancellationError` when the calling task
    ///   was cancelled first.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let plan = CurlRequestPlan(request: request, configuration: configuration)
        let id = loop.makeID()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                loop.submit(CurlSubmission(id: id, plan: plan, continuation: continuation))
            }
        } onCancel: {
            loop.cancel(id)
        }
    }

    /// Stops the loop thread; pending and later requests fail with `TransportError.unavailable`.
    ///
    /// Returns once libcurl's handles are released. Also done when the transport is released.
    public func shutdown() {
        loop.shutdown()
    }
}
