import AWSSigV4
import Foundation

/// Credentials from the ECS/EKS container credentials endpoint.
///
/// `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` is resolved against `http://169.254.170.2`;
/// `AWS_CONTAINER_CREDENTIALS_FULL_URI` must be https, or http to a loopback address or one of the
/// container hosts the SDKs allow. The `Authorization` header comes from
/// `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` (read on every call) or `AWS_CONTAINER_AUTHORIZATION_TOKEN`.
public struct ContainerCredentialProvider: CredentialProvider {
    /// The name used in messages.
    public static let sourceName = "container credentials"
    /// The ECS agent's fixed address for relative URIs.
    public static let relativeHost = "http://169.254.170.2"
    /// Hosts allowed over plain http besides loopback addresses (ECS and EKS Pod Identity agents).
    public static let allowedHTTPHosts: Set<String> = ["169.254.170.2", "169.254.170.23", "fd00:ec2::23", "localhost"]

    private let environment: AWSEnvironment
    /// Seconds allowed for each request.
    public var timeout: TimeInterval = 2
    /// How many times the request is tried.
    public var attempts = 2

    /// Reads the container variables from `environment`.
    public init(environment: AWSEnvironment) {
        self.environment = environment
    }

    /// The container role's credentials; not found when neither URI variable is set.
    public func credentials() async throws -> AWSCredentials {
        let name = Self.sourceName
        let url = try endpoint()
        var headers: [HTTPHeader] = [HTTPHeader("Accept", "application/json")]
        if let token = try authorizationToken() {
            guard !token.contains("\r"), !token.contains("\n") else {
                throw CredentialError.failed(source: name, detail: "the authorization token contains a line break")
            }
            headers.append(HTTPHeader("Authorization", token))
        }
        let request = HTTPRequest(method: "GET", url: url, headers: headers, timeout: timeout)
        var lastDetail = "no attempt made"
        for _ in 0..<max(attempts, 1) {
            let response: HTTPResponse
            do {
                response = try await environment.transport.send(request)
            } catch {
                lastDetail = "no reply from \(Self.redacted(url)): \(error)"
                continue
            }
            guard response.status == 200 else {
                lastDetail = "\(Self.redacted(url)) answered HTTP \(response.status)"
                if response.status >= 500 { continue }
                break
            }
            guard let document = CredentialDocument(Data(response.body)) else {
                throw CredentialError.failed(
                    source: name, detail: "the reply of \(Self.redacted(url)) is not a JSON object")
            }
            do {
                return try document.credentials(
                    accessKey: "AccessKeyId", secretKey: "SecretAccessKey", token: "Token",
                    expiration: "Expiration", source: name)
            } catch {
                throw CredentialError.failed(source: name, detail: "the reply of \(Self.redacted(url)): \(error)")
            }
        }
        throw CredentialError.failed(source: name, detail: lastDetail)
    }

    /// The URL to call, from the relative or the full URI variable.
    func endpoint() throws -> URL {
        let name = Self.sourceName
        if let relative = environment.variable("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") {
            let path = relative.hasPrefix("/") ? relative : "/" + relative
            guard let url = URL(string: Self.relativeHost + path) else {
                throw CredentialError.failed(
                    source: name, detail: "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI is not a valid path")
            }
            return url
        }
        guard let full = environment.variable("AWS_CONTAINER_CREDENTIALS_FULL_URI") else {
            throw CredentialError.notFound(
                source: name,
                detail: "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI are not set")
        }
        guard let url = URL(string: full), let scheme = url.scheme?.lowercased(), let host = url.host else {
            throw CredentialError.failed(source: name, detail: "AWS_CONTAINER_CREDENTIALS_FULL_URI is not a valid URL")
        }
        if scheme == "https" { return url }
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        guard scheme == "http", Self.isLoopback(bare) || Self.allowedHTTPHosts.contains(bare) else {
            throw CredentialError.failed(
                source: name,
                detail:
                    "AWS_CONTAINER_CREDENTIALS_FULL_URI must use https, or http to a loopback address or one of \(Self.allowedHTTPHosts.sorted().joined(separator: ", ")); got host \(bare)"
            )
        }
        return url
    }

    /// The token from the token file (preferred) or the token variable.
    private func authorizationToken() throws -> String? {
        if let path = environment.variable("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE") {
            let text: String?
            do {
                text = try environment.readText(path)
            } catch {
                throw CredentialError.failed(
                    source: Self.sourceName, detail: "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: \(error)")
            }
            guard let text else {
                throw CredentialError.failed(
                    source: Self.sourceName,
                    detail: "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE names \(path), which does not exist")
            }
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return environment.variable("AWS_CONTAINER_AUTHORIZATION_TOKEN")
    }

    /// Whether `host` is an IPv4 address in 127.0.0.0/8 or the IPv6 loopback.
    static func isLoopback(_ host: String) -> Bool {
        if host == "::1" || host == "0:0:0:0:0:0:0:1" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts.allSatisfy({ UInt8($0) != nil }) else { return false }
        return parts[0] == "127"
    }

    /// The URL without its query, which may carry a token.
    private static func redacted(_ url: URL) -> String {
        var components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        components?.query = nil
        components?.user = nil
        components?.password = nil
        return components?.string ?? "the endpoint"
    }
}
