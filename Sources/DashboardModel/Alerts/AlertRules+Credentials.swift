import Foundation

extension AlertRules {
    /// The resource credential alerts name.
    static let credentialsResource = "credentials"

    /// A warning when renewal ends within 15 minutes, a critical alert once it has ended or AWS
    /// refuses credentials that a person must renew.
    static func credentialAlerts(_ state: DashboardState, at now: Date) -> [Alert] {
        guard let status = state.credentials, status.needsPerson else { return [] }
        switch status.phase(at: now) {
        case let .ending(seconds):
            return [Alert(resource: credentialsResource, .credentialsEnding(status.renewal, renewableFor: seconds))]
        case let .ended(seconds):
            let inHandLeft = status.expiresAt.map { $0.timeIntervalSince(now) }
            return [
                Alert(
                    resource: credentialsResource,
                    .credentialsEnded(status.renewal, endedAgo: seconds, inHandLeft: inHandLeft))
            ]
        case .renewable:
            // No known end, but AWS or the chain refuses them: the same remedy.
            guard DataSource.allCases.contains(where: { state.failure($0)?.kind == .credentials }) else { return [] }
            return [Alert(resource: credentialsResource, .credentialsRefused(status.renewal))]
        }
    }
}
