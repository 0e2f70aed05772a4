import Foundation

/// A region and where it came from.
public struct ResolvedRegion: Sendable, Equatable, CustomStringConvertible {
    /// The region's name, e.g. `eu-west-1`.
    public var name: String
    /// Where it came from, e.g. `--region`, `AWS_REGION`, `profile prod (/home/x/.aws/config)`.
    public var source: String

    /// Creates a resolved region.
    public init(name: String, source: String) {
        self.name = name
        self.source = source
    }

    /// `NAME (from SOURCE)`.
    public var description: String { "\(name) (from \(source))" }
}

/// Why no region could be chosen.
public enum RegionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing named a region; lists each place looked at.
    case notFound(tried: [String])
    /// The config file is malformed.
    case config(ConfigFileError)

    /// A message that says what was tried and how to fix it.
    public var description: String {
        switch self {
        case let .notFound(tried):
            return "no AWS region configured (use --region or AWS_REGION); tried:\n"
                + tried.map { "  - \($0)" }.joined(separator: "\n")
        case let .config(error):
            return error.description
        }
    }
}

/// Chooses the region as the AWS CLI does: `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, the
/// profile's `region`, then instance metadata.
public struct RegionResolver: Sendable {
    private let environment: AWSEnvironment
    private let option: String?
    private let profile: ProfileSelection

    /// Resolves for `--region` value `option` and `--profile` value `profileOption` (nil when not given).
    public init(environment: AWSEnvironment, option: String? = nil, profileOption: String? = nil) {
        self.environment = environment
        self.option = option
        profile = ProfileSelection.resolve(option: profileOption, environment: environment)
    }

    /// The first region found, or `RegionError.notFound` listing every place tried.
    public func resolve() async throws -> ResolvedRegion {
        if let option, !option.isEmpty { return ResolvedRegion(name: option, source: "--region") }
        var tried = ["--region: not given"]
        for variable in ["AWS_REGION", "AWS_DEFAULT_REGION"] {
            if let value = environment.variable(variable) { return ResolvedRegion(name: value, source: variable) }
            tried.append("\(variable): not set")
        }
        let config: SharedConfig
        do {
            config = try SharedConfig.load(from: environment)
        } catch let error as ConfigFileError {
            throw RegionError.config(error)
        }
        if let region = config.profile(profile.name)?.configProperties["region"], !region.isEmpty {
            return ResolvedRegion(name: region, source: "profile \(profile.name) (\(config.configPath))")
        }
        tried.append("profile \(profile.name): no region in \(config.configPath)")
        switch await instanceRegion() {
        case let .success(region): return ResolvedRegion(name: region, source: "instance metadata")
        case let .failure(failure): tried.append("instance metadata: \(failure)")
        }
        throw RegionError.notFound(tried: tried)
    }

    /// The region from instance metadata's placement.
    private func instanceRegion() async -> Result<String, InstanceMetadataClient.Failure> {
        let client = InstanceMetadataClient(environment: environment)
        do {
            let token = try await client.sessionToken()
            let body = try await client.get("/latest/meta-data/placement/region", token: token)
            guard let region = body?.trimmingCharacters(in: .whitespacesAndNewlines), !region.isEmpty else {
                return .failure(.status(path: "/latest/meta-data/placement/region", code: 404))
            }
            return .success(region)
        } catch {
            return .failure(error)
        }
    }
}
