import AWSCore
import Foundation

/// The credential chain's `STSCredentialsClient`, served by `STS.AssumeRole` and
/// `STS.AssumeRoleWithWebIdentity` through an `AWSClient` (retries, error parsing).
///
/// Each call uses the request's region (else `defaultRegion`) and honours `AWS_ENDPOINT_URL_STS`
/// and `AWS_ENDPOINT_URL` from `environment`, as every other service does.
public struct STSCredentialsService: STSCredentialsClient {
    private let transport: any HTTPTransport
    private let environment: [String: String]
    private let defaultRegion: String
    private let timeout: TimeInterval?

    /// Creates the service; `defaultRegion` is used when no region is configured.
    public init(
        transport: any HTTPTransport, environment: [String: String], defaultRegion: String = "us-east-1",
        timeout: TimeInterval? = 10
    ) {
        self.transport = transport
        self.environment = environment
        self.defaultRegion = defaultRegion
        self.timeout = timeout
    }

    /// Calls `AssumeRole` signed with `sourceCredentials`.
    public func assumeRole(_ request: AssumeRoleRequest, sourceCredentials: AWSCredentials) async throws
        -> AWSCredentials
    {
        let operation = STS.AssumeRole(
            roleARN: request.roleARN, sessionName: request.roleSessionName,
            durationSeconds: request.durationSeconds, externalID: request.externalID)
        let reply = try await client(region: request.region, credentials: SourceCredentials(value: sourceCredentials))
            .send(operation)
        return reply.awsCredentials(source: "sts AssumeRole \(request.roleARN)")
    }

    /// Calls `AssumeRoleWithWebIdentity`, unsigned.
    public func assumeRoleWithWebIdentity(_ request: AssumeRoleWithWebIdentityRequest) async throws -> AWSCredentials {
        let operation = STS.AssumeRoleWithWebIdentity(
            roleARN: request.roleARN, sessionName: request.roleSessionName,
            webIdentityToken: request.webIdentityToken,
            durationSeconds: request.durationSeconds)
        let reply = try await client(region: request.region, credentials: NoCredentials()).send(operation)
        return reply.awsCredentials(source: "sts AssumeRoleWithWebIdentity \(request.roleARN)")
    }

    /// A client for one call, in `region` (or the default), signing with `credentials`.
    private func client(region: String?, credentials: any CredentialProvider) -> AWSClient {
        AWSClient(
            endpoints: EndpointResolver(region: region ?? defaultRegion, environment: environment),
            credentials: credentials, transport: transport, timeout: timeout)
    }
}

/// The caller's credentials for one `AssumeRole` call.
private struct SourceCredentials: CredentialProvider {
    /// The credentials to sign with.
    let value: AWSCredentials

    /// Returns `value`.
    func credentials() async throws -> AWSCredentials { value }
}

/// For unsigned calls: asking for credentials is a programming error reported as such.
private struct NoCredentials: CredentialProvider {
    /// Always fails: the operation is unsigned.
    func credentials() async throws -> AWSCredentials {
        throw CredentialError.failed(
            source: "sts", detail: "AssumeRoleWithWebIdentity is unsigned and needs no credentials")
    }
}
