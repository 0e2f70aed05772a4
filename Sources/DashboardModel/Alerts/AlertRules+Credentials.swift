import Foundation

extension AlertRules {
    /// The resource credential alerts name.
    static let credentialsResource = "credentials"

    /// A warning when renewal ends within 15 minutes, a critical alert once it has ended or AWS
    /// refuses credentials that a person must renew; each says what to run.
    static func credentialAlerts(_ state: DashboardState, at now: Date) -> [Alert] {
        guard let status = state.credentials, status.needsPerson else { return [] }
        let what = status.renewal.sourceWords
        let remedy = status.renewal.remedy
        switch status.phase(at: now) {
        case let .ending(seconds):
            return [
                Alert(
                    severity: .warning, code: "credentials-ending", resource: credentialsResource,
                    message: "\(what) can be renewed for \(DurationText.approximate(seconds)) more: \(remedy)")
            ]
        case let .ended(seconds):
            return [
                Alert(
                    severity: .critical, code: "credentials-ended", resource: credentialsResource,
                    message:
                        "\(what) ended \(DurationText.approximate(seconds)) ago: \(remedy); \(status.inHandWords(at: now))"
                )
            ]
        case .renewable:
            // No known end, but AWS or the chain refuses them: the same remedy.
            guard DataSource.allCases.contains(where: { state.failure($0)?.kind == .credentials }) else { return [] }
            return [
                Alert(
                    severity: .critical, code: "credentials-refused", resource: credentialsResource,
                    message: "the credentials from \(what) are refused: \(remedy)")
            ]
        }
    }
}
