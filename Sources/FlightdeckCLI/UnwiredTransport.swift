import AWSCore

/// The transport used until the libcurl transport is wired in: every request fails to connect.
///
/// With it the credential chain still works for environment keys, profiles and
/// `credential_process`; instance metadata, container and SSO sources report that they are unreachable.
struct UnwiredTransport: HTTPTransport {
    /// Always fails: no HTTP transport is wired into this build.
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        throw TransportError.unavailable(detail: "no HTTP transport is wired into this build")
    }
}
