import Foundation

/// One link of a credential chain: a provider, its name, and how early its credentials are refreshed.
public struct CredentialSource: Sendable {
    /// A short name for messages, e.g. `environment`, `instance metadata`.
    public var name: String
    /// How long before expiry a background refresh starts, in seconds.
    public var refreshWindow: TimeInterval
    /// The provider: `CredentialError.notFound` moves on to the next link, any other error stops.
    public var provider: any CredentialProvider

    /// Creates a link (default refresh window: 5 minutes).
    public init(name: String, refreshWindow: TimeInterval = 5 * 60, provider: any CredentialProvider) {
        self.name = name
        self.refreshWindow = refreshWindow
        self.provider = provider
    }
}

/// Credentials together with the link of the chain that supplied them.
public struct ChainResolution: Sendable {
    /// The credentials.
    public var credentials: AWSCredentials
    /// The index of the link in `CredentialChain.sources`.
    public var sourceIndex: Int
    /// How long before expiry to refresh them.
    public var refreshWindow: TimeInterval
}

/// Tries sources in order, as the AWS CLI does: "not found" moves on, a configured-but-failing
/// source stops the search with its own error.
public struct CredentialChain: CredentialProvider {
    /// The links, in the order they are tried.
    public var sources: [CredentialSource]

    /// Creates a chain.
    public init(sources: [CredentialSource]) {
        self.sources = sources
    }

    /// The first credentials found, or `CredentialError.noneFound` listing every source and why.
    public func credentials() async throws -> AWSCredentials {
        try await resolve().credentials
    }

    /// Walks the chain; with `only` set, asks that one link alone (to refresh what it gave before).
    public func resolve(only: Int? = nil) async throws -> ChainResolution {
        var tried: [(names: [String], detail: String)] = []
        for (index, source) in sources.enumerated() where only == nil || only == index {
            do {
                let credentials = try await source.provider.credentials()
                return ChainResolution(
                    credentials: credentials, sourceIndex: index, refreshWindow: source.refreshWindow)
            } catch let error as CredentialError {
                guard case let .notFound(name, detail) = error else { throw error }
                // Sources that had nothing for the same reason (e.g. no such profile) share one line.
                if let same = tried.firstIndex(where: { $0.detail == detail }) {
                    tried[same].names.append(name)
                } else {
                    tried.append((names: [name], detail: detail))
                }
            } catch let error as ConfigFileError {
                throw CredentialError.failed(source: source.name, detail: error.description)
            } catch {
                throw CredentialError.failed(source: source.name, detail: String(describing: error))
            }
        }
        throw CredentialError.noneFound(tried: tried.map { "\($0.names.joined(separator: ", ")): \($0.detail)" })
    }
}
