/// The AWS shared config and credentials files, loaded and merged into profiles.
public struct SharedConfig: Sendable, Equatable {
    /// Where the config file is (`AWS_CONFIG_FILE` or `~/.aws/config`), whether or not it exists.
    public var configPath: String
    /// Where the credentials file is (`AWS_SHARED_CREDENTIALS_FILE` or `~/.aws/credentials`).
    public var credentialsPath: String
    /// Profiles by name, merged from both files.
    public var profiles: [String: ConfigProfile]
    /// `[sso-session NAME]` sections of the config file, by name.
    public var ssoSessions: [String: [String: String]]

    /// Creates a loaded configuration.
    public init(
        configPath: String, credentialsPath: String, profiles: [String: ConfigProfile] = [:],
        ssoSessions: [String: [String: String]] = [:]
    ) {
        self.configPath = configPath
        self.credentialsPath = credentialsPath
        self.profiles = profiles
        self.ssoSessions = ssoSessions
    }

    /// Reads both files; a missing file counts as empty, a malformed one throws `ConfigFileError`.
    public static func load(from environment: AWSEnvironment) throws -> SharedConfig {
        let configPath = environment.expandingTilde(environment.variable("AWS_CONFIG_FILE") ?? "~/.aws/config")
        let credentialsPath = environment.expandingTilde(
            environment.variable("AWS_SHARED_CREDENTIALS_FILE") ?? "~/.aws/credentials")
        var config = SharedConfig(configPath: configPath, credentialsPath: credentialsPath)
        if let text = try environment.readText(configPath) {
            config.addConfigFile(try INIFile.parse(text, path: configPath))
        }
        if let text = try environment.readText(credentialsPath) {
            config.addCredentialsFile(try INIFile.parse(text, path: credentialsPath))
        }
        return config
    }

    /// The profile named `name`, if either file defines it.
    public func profile(_ name: String) -> ConfigProfile? {
        profiles[name]
    }

    /// Both paths, for messages: `CONFIG or CREDENTIALS`.
    public var pathsDescription: String { "\(configPath) or \(credentialsPath)" }

    /// Adds `[default]`, `[profile NAME]` and `[sso-session NAME]` sections of the config file.
    private mutating func addConfigFile(_ file: INIFile) {
        // `[profile default]` and `[default]` both name the default profile; merge them.
        for section in file.sections {
            let words = section.name.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            let name: String
            if section.name == "default" {
                name = "default"
            } else if words.count == 2, words[0] == "profile" {
                name = Self.unquoted(words[1])
            } else if words.count == 2, words[0] == "sso-session" {
                ssoSessions[Self.unquoted(words[1]), default: [:]].merge(section.properties) { _, new in new }
                continue
            } else {
                continue
            }
            var profile = profiles[name] ?? ConfigProfile(name: name)
            profile.configProperties.merge(section.properties) { _, new in new }
            profile.subsections.merge(section.subsections) { _, new in new }
            profiles[name] = profile
        }
    }

    /// Adds the `[NAME]` sections of the credentials file.
    private mutating func addCredentialsFile(_ file: INIFile) {
        for section in file.sections {
            let name = Self.unquoted(Substring(section.name))
            var profile = profiles[name] ?? ConfigProfile(name: name)
            profile.credentialsProperties.merge(section.properties) { _, new in new }
            profile.subsections.merge(section.subsections) { _, new in new }
            profiles[name] = profile
        }
    }

    /// `text` trimmed, without surrounding quotes.
    private static func unquoted(_ text: Substring) -> String {
        let trimmed = text.trimmingINIWhitespace()
        if trimmed.count >= 2, let first = trimmed.first, first == trimmed.last, first == "\"" || first == "'" {
            return String(trimmed.dropFirst().dropLast())
        }
        return String(trimmed)
    }
}
