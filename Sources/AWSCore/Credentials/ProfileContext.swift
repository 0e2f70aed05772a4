import Foundation

/// What the profile-based credential sources share: the environment, the chosen profile and STS.
struct ProfileContext: Sendable {
    /// The injected outside world.
    let environment: AWSEnvironment
    /// The profile the chain resolves.
    let selection: ProfileSelection
    /// The client for `AssumeRole` and `AssumeRoleWithWebIdentity`.
    let sts: any STSCredentialsClient

    /// Loads the shared files afresh (so a refresh sees a new SSO token or edited profile).
    func loadConfig() throws -> SharedConfig {
        try SharedConfig.load(from: environment)
    }

    /// The selected profile; nil when it is the implicit `default` and missing, an error when it was named.
    func selectedProfile(in config: SharedConfig, source: String) throws -> ConfigProfile? {
        if let profile = config.profile(selection.name) { return profile }
        guard selection.isNamed else { return nil }
        throw CredentialError.failed(
            source: source, detail: "profile '\(selection.name)' is not defined in \(config.pathsDescription)")
    }

    /// The region for STS calls: `AWS_REGION`, `AWS_DEFAULT_REGION`, then the profile's `region`.
    func stsRegion(profile: ConfigProfile?) -> String? {
        environment.variable("AWS_REGION") ?? environment.variable("AWS_DEFAULT_REGION") ?? profile?["region"]
    }

    /// A session name for roles whose profile sets none: `flightdeck-<unix seconds>`.
    func defaultSessionName() -> String {
        "flightdeck-\(Int(environment.now().timeIntervalSince1970))"
    }
}
