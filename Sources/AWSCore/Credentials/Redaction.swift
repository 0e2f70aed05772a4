/// Mirrors that keep secrets out of `dump` and reflection-based logging.
///
/// Values that hold environment variables, tokens or providers render their names only.
extension AWSEnvironment: CustomReflectable {
    /// The home directory and the variable names, never their values.
    public var customMirror: Mirror {
        Mirror(
            self, children: ["homeDirectory": homeDirectory, "variables": variables.keys.sorted()],
            displayStyle: .struct)
    }
}

extension EnvironmentCredentialProvider: CustomReflectable {
    /// No children: the provider holds the environment, secrets included.
    public var customMirror: Mirror {
        Mirror(self, children: [:], displayStyle: .struct)
    }
}

extension AssumeRoleWithWebIdentityRequest: CustomReflectable {
    /// The role and session name; the token as `<redacted>`.
    public var customMirror: Mirror {
        Mirror(
            self, children: ["roleARN": roleARN, "roleSessionName": roleSessionName, "webIdentityToken": "<redacted>"],
            displayStyle: .struct)
    }
}

extension CredentialCache: CustomReflectable {
    /// No children: the cache holds credentials and the chain's inputs.
    public nonisolated var customMirror: Mirror {
        Mirror(self, children: [:], displayStyle: .class)
    }
}

extension CredentialSource: CustomReflectable {
    /// The link's name and refresh window; not the provider and its inputs.
    public var customMirror: Mirror {
        Mirror(self, children: ["name": name, "refreshWindow": refreshWindow], displayStyle: .struct)
    }
}
