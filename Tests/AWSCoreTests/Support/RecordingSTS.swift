import AWSCore
import AWSSigV4
import Foundation

/// An STS stand-in that records calls and returns numbered temporary credentials.
final class RecordingSTS: STSCredentialsClient, @unchecked Sendable {
    /// One recorded `AssumeRole` call: the request and the key id it was signed with.
    struct AssumeRoleCall: Equatable {
        var request: AssumeRoleRequest
        var sourceKeyID: String
    }

    private let lock = NSLock()
    private var assumeRoleCalls: [AssumeRoleCall] = []
    private var webIdentityCalls: [AssumeRoleWithWebIdentityRequest] = []
    private let expiration: Date

    /// Returns credentials that expire at `expiration`.
    init(expiration: Date = Date(timeIntervalSince1970: 1_800_003_600)) {
        self.expiration = expiration
    }

    /// `AssumeRole` calls so far.
    var roleCalls: [AssumeRoleCall] { lock.withLock { assumeRoleCalls } }
    /// `AssumeRoleWithWebIdentity` calls so far.
    var webCalls: [AssumeRoleWithWebIdentityRequest] { lock.withLock { webIdentityCalls } }

    /// Records the call; the key id is `ASIAROLE<n>` for the n-th call.
    func assumeRole(_ request: AssumeRoleRequest, sourceCredentials: AWSCredentials) async throws -> AWSCredentials {
        let count = lock.withLock {
            assumeRoleCalls.append(AssumeRoleCall(request: request, sourceKeyID: sourceCredentials.signing.accessKeyID))
            return assumeRoleCalls.count
        }
        return AWSCredentials(
            signing: SigningCredentials(
                accessKeyID: "ASIAROLE\(count)", secretAccessKey: "role-secret-\(count)",
                sessionToken: "role-token-\(count)"),
            expiration: expiration, source: "sts")
    }

    /// Records the call; the key id is `ASIAWEB<n>`.
    func assumeRoleWithWebIdentity(_ request: AssumeRoleWithWebIdentityRequest) async throws -> AWSCredentials {
        let count = lock.withLock {
            webIdentityCalls.append(request)
            return webIdentityCalls.count
        }
        return AWSCredentials(
            signing: SigningCredentials(
                accessKeyID: "ASIAWEB\(count)", secretAccessKey: "web-secret-\(count)",
                sessionToken: "web-token-\(count)"),
            expiration: expiration, source: "sts")
    }
}
