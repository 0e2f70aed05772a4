import AWSCore
import AWSSigV4
import Foundation

/// A credential provider that hands out numbered keys and counts fetches and invalidations.
public final class CountingCredentialProvider: CredentialProvider, @unchecked Sendable {
    /// Guards the mutable state below.
    private let lock = NSLock()
    private var generation = 1
    private var invalidations = 0
    private var fetches = 0

    /// Creates a provider whose first key id is `AKIDTEST1`.
    public init() {}

    /// How many times `invalidate()` was called.
    public var invalidateCount: Int { lock.withLock { invalidations } }
    /// How many times `credentials()` was called.
    public var fetchCount: Int { lock.withLock { fetches } }

    /// `AKIDTEST<generation>` with a fixed secret and a token.
    public func credentials() async throws -> AWSCredentials {
        lock.withLock {
            fetches += 1
            return AWSCredentials(
                signing: SigningCredentials(
                    accessKeyID: "AKIDTEST\(generation)",
                    secretAccessKey: "secret\(generation)",
                    sessionToken: "token\(generation)"),
                source: "test")
        }
    }

    /// Moves to the next generation of keys.
    public func invalidate() async {
        lock.withLock {
            invalidations += 1
            generation += 1
        }
    }
}

/// A provider that always returns the same credentials.
public struct FixedCredentialProvider: CredentialProvider {
    /// The credentials returned.
    public let value: AWSCredentials

    /// Wraps a key pair.
    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil) {
        value = AWSCredentials(
            signing: SigningCredentials(
                accessKeyID: accessKeyID, secretAccessKey: secretAccessKey,
                sessionToken: sessionToken),
            source: "fixed")
    }

    /// Returns the fixed credentials.
    public func credentials() async throws -> AWSCredentials { value }
}
