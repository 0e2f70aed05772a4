import AWSSigV4
import Foundation

/// Reads EC2 instance metadata with IMDSv2 session tokens.
///
/// Timeouts are short (1 s, one retry) so that a laptop without instance metadata is not slowed.
/// Honours `AWS_EC2_METADATA_DISABLED`, `AWS_EC2_METADATA_SERVICE_ENDPOINT` and
/// `AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE` (IPv4 or IPv6).
public struct InstanceMetadataClient: Sendable {
    /// Why a metadata read failed.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// Disabled by `AWS_EC2_METADATA_DISABLED`.
        case disabled
        /// No reply at all (no instance metadata here).
        case unreachable(endpoint: String, detail: String)
        /// The service replied with an unexpected status.
        case status(path: String, code: Int)

        /// A one-line explanation.
        public var description: String {
            switch self {
            case .disabled: return "disabled by AWS_EC2_METADATA_DISABLED"
            case let .unreachable(endpoint, detail): return "no instance metadata service at \(endpoint) (\(detail))"
            case let .status(path, code): return "instance metadata answered HTTP \(code) for \(path)"
            }
        }
    }

    /// The service's base URL without a trailing slash, e.g. `http://169.254.169.254`.
    public let endpoint: String
    /// Whether `AWS_EC2_METADATA_DISABLED` is `true`.
    public let isDisabled: Bool
    /// Seconds allowed for each request.
    public var timeout: TimeInterval = 1
    /// How many times each request is tried (1 retry).
    public var attempts = 2
    private let transport: any HTTPTransport

    /// Reads the endpoint settings from `environment`.
    public init(environment: AWSEnvironment) {
        transport = environment.transport
        isDisabled = environment.variable("AWS_EC2_METADATA_DISABLED")?.lowercased() == "true"
        if let configured = environment.variable("AWS_EC2_METADATA_SERVICE_ENDPOINT") {
            endpoint = configured.hasSuffix("/") ? String(configured.dropLast()) : configured
        } else if environment.variable("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE")?.lowercased() == "ipv6" {
            endpoint = "http://[fd00:ec2::254]"
        } else {
            endpoint = "http://169.254.169.254"
        }
    }

    /// Fetches a session token, or nil when the service only speaks IMDSv1 (403, 404 or 405).
    public func sessionToken() async throws(Failure) -> String? {
        let response = try await send(
            "PUT", "/latest/api/token",
            headers: [HTTPHeader("X-aws-ec2-metadata-token-ttl-seconds", "21600")])
        switch response.status {
        case 200: return String(decoding: response.body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        case 403, 404, 405: return nil
        default: throw .status(path: "/latest/api/token", code: response.status)
        }
    }

    /// GETs `path` with `token`; returns the body for 200, nil for 404, throws otherwise.
    public func get(_ path: String, token: String?) async throws(Failure) -> String? {
        let headers = token.map { [HTTPHeader("X-aws-ec2-metadata-token", $0)] } ?? []
        let response = try await send("GET", path, headers: headers)
        switch response.status {
        case 200: return String(decoding: response.body, as: UTF8.self)
        case 404: return nil
        default: throw .status(path: path, code: response.status)
        }
    }

    /// Sends one request, retrying on no reply or a 5xx.
    private func send(_ method: String, _ path: String, headers: [HTTPHeader]) async throws(Failure) -> HTTPResponse {
        if isDisabled { throw .disabled }
        guard let url = URL(string: endpoint + path) else {
            throw .unreachable(endpoint: endpoint, detail: "not a valid URL")
        }
        let request = HTTPRequest(method: method, url: url, headers: headers, timeout: timeout)
        var lastDetail = "no attempt made"
        for _ in 0..<max(attempts, 1) {
            do {
                let response = try await transport.send(request)
                if response.status < 500 { return response }
                lastDetail = "HTTP \(response.status)"
            } catch {
                lastDetail = String(describing: error)
            }
        }
        throw .unreachable(endpoint: endpoint, detail: lastDetail)
    }
}
