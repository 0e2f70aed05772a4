import AWSCore
import AWSServices
import ArgumentParser
import Collectors
import DashboardModel
import DashboardRender
import Foundation

/// `flightdeck doctor`: what stands between this machine and a working dashboard.
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check credentials, region, endpoints, clock and each IAM action the dashboard uses.",
        discussion: """
            Each read action is tried once, in its cheapest form, against the watched resources (Cost
            Explorer's costs USD 0.01); the scaling actions are listed, never tried. Exit status: 0 when
            every required action is allowed (denied optional ones are listed), 1 when one is denied or
            the credentials do not work. --policy prints the least-privilege IAM policy instead.
            """
    )

    @OptionGroup var aws: AWSOptions
    @OptionGroup var selection: SelectionOptions
    @OptionGroup var config: ConfigOptions

    @Flag(help: "Print the least-privilege IAM policy for the watched groups (read-only and scaling statements).")
    var policy = false

    func run() async throws {
        let options = try StackedOptions(config, aws: aws, selection: selection)
        let selection = options.selection
        let wiring = try await Wiring.make(options.aws)
        defer { wiring.transport.shutdown() }
        let collector = Collector(clients: wiring.clients, selection: selection.selection)
        if policy {
            print(try await policyDocument(wiring: wiring, selection: selection.selection))
            return
        }
        var healthy = true
        let credentials: AWSCredentials
        do {
            credentials = try await wiring.credentials.credentials()
        } catch {
            Self.line("✗", "credentials", "\(error)")
            throw ExitCode.failure
        }
        guard let client = wiring.clients.regional.first?.client else { throw ExitCode.failure }
        do {
            let identity = try await client.send(STS.GetCallerIdentity())
            let expiry =
                credentials.expiration.map {
                    ", expires \($0.formatted(.iso8601)) (in \(DurationText.short($0.timeIntervalSinceNow)))"
                } ?? ""
            Self.line("✓", "credentials", "\(credentials.source): \(identity.arn)\(expiry)")
        } catch {
            Self.line("✗", "credentials", "\(credentials.source): \(SourceFailure(error).message)")
            healthy = false
        }
        // How long the chain can renew them: a login or session token that ends is worth knowing before a launch.
        let renewal = CredentialStatus(CredentialReport(credentials))
        Self.line(
            CredentialStatusText.isWarning(renewal, now: Date()) ? "!" : "✓", "renewal",
            CredentialStatusText.renewal(renewal, now: Date()))
        Self.line("✓", "region", wiring.regions.joined(separator: ", "))
        if let server = await client.serverDate {
            let skew = server.timeIntervalSinceNow
            let text =
                abs(skew) < 2
                ? "within a second or two of AWS"
                : "\(DurationText.short(abs(skew))) \(skew > 0 ? "behind" : "ahead of") AWS"
            Self.line(
                abs(skew) < 240 ? "✓" : "✗", "clock",
                text + (abs(skew) < 240 ? "" : ": AWS refuses signatures more than 5 minutes off"))
        }
        let checks = await AccessProbe(collector: collector).run()
        var hosts: [String: [AccessCheck]] = [:]
        for check in checks {
            guard let service = AWSService.all.first(where: { $0.iamPrefix == check.use.service }),
                let endpoint = try?
                    (["cloudfront", "ce", "pricing", "iam"].contains(check.use.service)
                    ? wiring.clients.global : client)
                    .endpoints.endpoint(for: service)
            else { continue }
            hosts[endpoint.url.host ?? endpoint.url.absoluteString, default: []].append(check)
        }
        for (host, hostChecks) in hosts.sorted(by: { $0.key < $1.key }) {
            let unreachable = hostChecks.compactMap { check -> SourceFailure? in
                if case let .failed(failure) = check.outcome, [.unreachable, .timeout].contains(failure.kind) {
                    return failure
                }
                return nil
            }.first
            if let unreachable {
                Self.line("✗", "endpoint", "\(host): \(unreachable.message)")
            } else {
                Self.line(hostChecks.contains { Self.answered($0.outcome) } ? "✓" : "–", "endpoint", host)
            }
        }
        print("permissions")
        for check in checks {
            let (mark, detail) = Self.describe(check.outcome)
            let use = check.use
            print(
                "  \(mark) \(use.action.padding(toLength: 44, withPad: " ", startingAt: 0)) \(use.use.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(use.panel): \(use.feeds)\(detail)"
            )
            if case .denied = check.outcome, use.use == .required { healthy = false }
        }
        let denied = checks.filter { if case .denied = $0.outcome { return true } else { return false } }
        print(
            "\(checks.filter { $0.outcome == .allowed }.count) allowed, \(denied.count) denied "
                + "(\(denied.filter { $0.use.use == .required }.count) required); `flightdeck doctor --policy` prints the policy to ask for"
        )
        if !healthy { throw ExitCode.failure }
    }

    private static func answered(_ outcome: AccessCheck.Outcome) -> Bool {
        switch outcome {
        case .allowed, .denied: return true
        case let .failed(failure): return ![.unreachable, .timeout].contains(failure.kind)
        case .notTried: return false
        }
    }

    private static func describe(_ outcome: AccessCheck.Outcome) -> (String, String) {
        switch outcome {
        case .allowed: return ("✓", "")
        case let .denied(message): return ("✗", "\n      denied: \(message)")
        case let .failed(failure): return ("!", "\n      \(failure.reportedKind): \(failure.message)")
        case let .notTried(why): return ("–", " (\(why))")
        }
    }

    private static func line(_ mark: String, _ label: String, _ text: String) {
        print("\(mark) \(label.padding(toLength: 12, withPad: " ", startingAt: 0)) \(text)")
    }

    /// The ARN with its group id replaced by `*`.
    static func anyGroupID(_ arn: String) -> String {
        guard let range = arn.range(of: #":autoScalingGroup:[^:]+:"#, options: .regularExpression) else { return arn }
        return arn.replacingCharacters(in: range, with: ":autoScalingGroup:*:")
    }

    /// The policy: the read actions this selection uses, and the scaling actions on the watched groups' ARNs.
    private func policyDocument(wiring: Wiring, selection: Selection) async throws -> String {
        let withTags = !selection.tags.isEmpty
        let reads = IAMCatalog.uses.filter {
            $0.use == .required || $0.use == .optional || ($0.use == .withTags && withTags)
        }.map(\.action)
        var groupARNs: [String] = []
        for (_, client) in wiring.clients.regional {
            let groups = try await client.send(
                AutoScaling.DescribeAutoScalingGroups(names: selection.groups, maxRecords: 100)
            ).groups
            // `autoScalingGroup:*:autoScalingGroupName/NAME`, as AWS's examples write it: the id in the
            // middle changes when a group is created again under the same name.
            groupARNs += groups.filter { !withTags || selection.carriesTags($0.tags) }.compactMap(\.arn).map(
                Self.anyGroupID)
        }
        var statements: [[String: Any]] = [
            ["Sid": "FlightdeckRead", "Effect": "Allow", "Action": reads.sorted(), "Resource": "*"]
        ]
        if !groupARNs.isEmpty {
            statements.append([
                "Sid": "FlightdeckScale", "Effect": "Allow", "Action": IAMCatalog.scalingActions,
                "Resource": groupARNs.sorted()
            ])
        }
        let document: [String: Any] = ["Version": "2012-10-17", "Statement": statements]
        let data = try JSONSerialization.data(
            withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
