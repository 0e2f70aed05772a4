/// One named profile as the shared files define it, from `~/.aws/config` and `~/.aws/credentials`.
public struct ConfigProfile: Sendable, Equatable {
    /// The profile's name, e.g. `default` or `prod`.
    public var name: String
    /// Properties from the config file's `[profile NAME]` (or `[default]`).
    public var configProperties: [String: String]
    /// Properties from the credentials file's `[NAME]`.
    public var credentialsProperties: [String: String]
    /// Nested blocks (e.g. `s3 =`) from either file, credentials file winning.
    public var subsections: [String: [String: String]]

    /// Creates a profile.
    public init(
        name: String, configProperties: [String: String] = [:], credentialsProperties: [String: String] = [:],
        subsections: [String: [String: String]] = [:]
    ) {
        self.name = name
        self.configProperties = configProperties
        self.credentialsProperties = credentialsProperties
        self.subsections = subsections
    }

    /// The value of `key`, from the credentials file first, as the AWS CLI merges them; empty is nil.
    public subscript(key: String) -> String? {
        let value = credentialsProperties[key] ?? configProperties[key]
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    /// Whether either static key is set in either file.
    public var hasStaticKeys: Bool {
        self["aws_access_key_id"] != nil || self["aws_secret_access_key"] != nil
    }
}

/// How the profile to use was chosen.
public struct ProfileSelection: Sendable, Equatable {
    /// The profile's name.
    public var name: String
    /// Named with `--profile`: the AWS CLI then skips the environment's keys.
    public var isExplicitOption: Bool
    /// Named at all (`--profile` or `AWS_PROFILE`): a missing profile is then an error.
    public var isNamed: Bool

    /// Creates a selection.
    public init(name: String, isExplicitOption: Bool, isNamed: Bool) {
        self.name = name
        self.isExplicitOption = isExplicitOption
        self.isNamed = isNamed
    }

    /// `option` if given, else `AWS_PROFILE` (then `AWS_DEFAULT_PROFILE`), else `default`.
    public static func resolve(option: String?, environment: AWSEnvironment) -> ProfileSelection {
        if let option, !option.isEmpty {
            return ProfileSelection(name: option, isExplicitOption: true, isNamed: true)
        }
        if let named = environment.variable("AWS_PROFILE") ?? environment.variable("AWS_DEFAULT_PROFILE") {
            return ProfileSelection(name: named, isExplicitOption: false, isNamed: true)
        }
        return ProfileSelection(name: "default", isExplicitOption: false, isNamed: false)
    }
}
