import DashboardModel

extension CredentialStatus.Renewal {
    /// What is renewed, for alert messages: `the SSO login of profile web`, `the session token in AWS_SESSION_TOKEN`.
    public var sourceWords: String {
        switch self {
        case .automatic, .longTermKeys: "the credentials"
        case let .ssoLogin(profile): "the SSO login of profile \(profile)"
        case .environmentToken: "the session token in AWS_SESSION_TOKEN"
        case let .fileToken(path, profile): "the session token of profile \(profile) in \(path)"
        }
    }

    /// What a person must do to go on: the command to run, or where to put a fresh token.
    public var remedy: String {
        switch self {
        case .automatic, .longTermKeys: "check the credential source"
        case let .ssoLogin(profile): "run 'aws sso login --profile \(profile)'"
        case .environmentToken:
            "set fresh AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN and restart flightdeck"
        case let .fileToken(path, profile): "refresh the session token of profile \(profile) in \(path)"
        }
    }
}
