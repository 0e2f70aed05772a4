import AWSCore
import DashboardModel

extension SourceFailure {
    /// The dashboard's view of any error a poll can throw, with a one-line message free of secrets.
    public init(_ error: any Error) {
        switch error {
        case let error as AWSError:
            let kind: Kind
            switch error.category {
            case .throttling: kind = .throttled
            case .transient: kind = error.transportError.map(Self.kind(of:)) ?? .server
            case .clockSkew: kind = .clockSkew
            case .expiredCredentials, .invalidCredentials: kind = .credentials
            case .accessDenied: kind = .accessDenied
            case .notFound, .validation, .other: kind = error.transportError.map(Self.kind(of:)) ?? .other
            }
            self.init(kind: kind, message: error.description, action: error.iamAction)
        case let error as AWSDecodingError:
            self.init(kind: .malformed, message: String(describing: error))
        case let error as CredentialError:
            self.init(kind: .credentials, message: error.description)
        case let error as TransportError:
            self.init(kind: Self.kind(of: error), message: error.description)
        default:
            self.init(kind: .other, message: String(describing: error))
        }
    }

    /// The kind of a call that got no reply.
    static func kind(of error: TransportError) -> Kind {
        if case .timeout = error { return .timeout }
        return .unreachable
    }
}
