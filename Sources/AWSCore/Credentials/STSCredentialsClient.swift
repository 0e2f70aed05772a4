import Foundation

/// The parameters of STS `AssumeRole`.
public struct AssumeRoleRequest: Sendable, Equatable {
    /// The role to assume.
    public var roleARN: String
    /// The session name recorded in CloudTrail.
    public var roleSessionName: String
    /// The `external_id` the role's trust policy may require.
    public var externalID: String?
    /// The session's length in seconds (`duration_seconds`); nil for STS's default.
    public var durationSeconds: Int?
    /// The region whose STS endpoint to call; nil for the client's default.
    public var region: String?

    /// Creates a request.
    public init(
        roleARN: String, roleSessionName: String, externalID: String? = nil, durationSeconds: Int? = nil,
        region: String? = nil
    ) {
        self.roleARN = roleARN
        self.roleSessionName = roleSessionName
        self.externalID = externalID
        self.durationSeconds = durationSeconds
        self.region = region
    }
}

/// The parameters of STS `AssumeRoleWithWebIdentity` (an unsigned call).
public struct AssumeRoleWithWebIdentityRequest: Sendable, Equatable, CustomStringConvertible {
    /// The role to assume.
    public var roleARN: String
    /// The session name recorded in CloudTrail.
    public var roleSessionName: String
    /// The OIDC token read from the token file; a secret, never printed.
    public var webIdentityToken: String
    /// The session's length in seconds; nil for STS's default.
    public var durationSeconds: Int?
    /// The region whose STS endpoint to call; nil for the client's default.
    public var region: String?

    /// Creates a request.
    public init(
        roleARN: String, roleSessionName: String, webIdentityToken: String, durationSeconds: Int? = nil,
        region: String? = nil
    ) {
        self.roleARN = roleARN
        self.roleSessionName = roleSessionName
        self.webIdentityToken = webIdentityToken
        self.durationSeconds = durationSeconds
        self.region = region
    }

    /// A rendering without the token.
    public var description: String {
        "AssumeRoleWithWebIdentityRequest(roleARN: \(roleARN), roleSessionName: \(roleSessionName), webIdentityToken: <redacted>)"
    }
}

/// The two STS calls the credential chain needs; the STS service client implements it.
///
/// Kept this small so the chain does not depend on the protocol codecs: the executable wires the
/// real STS client in, tests use moto or a scripted stand-in.
public protocol STSCredentialsClient: Sendable {
    /// Calls `AssumeRole` signed with `sourceCredentials` and returns the role's credentials.
    func assumeRole(_ request: AssumeRoleRequest, sourceCredentials: AWSCredentials) async throws -> AWSCredentials
    /// Calls `AssumeRoleWithWebIdentity` (unsigned) and returns the role's credentials.
    func assumeRoleWithWebIdentity(_ request: AssumeRoleWithWebIdentityRequest) async throws -> AWSCredentials
}

/// The stand-in used until an STS client is wired: every call fails with a clear message.
public struct UnavailableSTSClient: STSCredentialsClient {
    /// Creates the stand-in.
    public init() {}

    /// Always fails: no STS client is wired into this build.
    public func assumeRole(_ request: AssumeRoleRequest, sourceCredentials: AWSCredentials) async throws
        -> AWSCredentials
    {
        throw CredentialError.failed(
            source: "sts", detail: "cannot assume \(request.roleARN): no STS client is wired into this build")
    }

    /// Always fails: no STS client is wired into this build.
    public func assumeRoleWithWebIdentity(_ request: AssumeRoleWithWebIdentityRequest) async throws -> AWSCredentials {
        throw CredentialError.failed(
            source: "sts",
            detail: "cannot assume \(request.roleARN) with a web identity: no STS client is wired into this build")
    }
}
