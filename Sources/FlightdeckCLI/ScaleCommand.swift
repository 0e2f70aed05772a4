import AWSServices
import ArgumentParser
import Collectors
import DashboardModel
import DashboardRender
import FlightdeckPlatform
import Foundation

/// `flightdeck scale`: a scaling change without the UI, with the dashboard's checks and audit record.
struct ScaleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scale",
        abstract:
            "Change a group's min, max or desired capacity, with the same checks and audit record as the dashboard.",
        discussion: """
            Shows before and after, the instances launched or terminated, the cost per hour and any
            warning, then asks for confirmation (y, or the group's name for a shrink of more than half).
            --yes skips the question; --dry-run only shows the plan. The group is read again just before
            applying, and the change is sent once. When the group moved in between, nothing is sent: with
            --yes the same values are applied against it if they still mean the same change; otherwise
            the new plan is printed and the exit status is 4.
            """
    )

    @OptionGroup var aws: AWSOptions
    @OptionGroup var config: ConfigOptions

    @Argument(help: "The Auto Scaling group's name.")
    var group: String

    @Option(help: "The new minimum size.")
    var min: Int?

    @Option(help: "The new maximum size.")
    var max: Int?

    @Option(help: "The new desired capacity.")
    var desired: Int?

    @Flag(help: "Apply without asking.")
    var yes = false

    @Flag(help: "Show the plan and change nothing.")
    var dryRun = false

    func validate() throws {
        guard min != nil || max != nil || desired != nil else {
            throw ValidationError("give at least one of --min, --max, --desired")
        }
    }

    func run() async throws {
        let stack = try config.loadStack()
        if let stack, stack.readOnly {
            throw CommandError(
                "not applied: stack '\(stack.name)' is read-only (readOnly: true in its config file); "
                    + "scaling is refused, use the console or a stack that is not read-only")
        }
        var aws = aws
        aws.apply(stack)
        let wiring = try await Wiring.make(aws)
        defer { wiring.transport.shutdown() }
        let request = ScalingRequest(group: group, min: min, max: max, desired: desired)
        guard let current = try await wiring.group(named: group) else {
            throw CommandError("no Auto Scaling group named \(group) in \(wiring.regions.joined(separator: ", "))")
        }
        let identity = await wiring.identity()
        let (prices, check) = await wiring.planFacts(for: current, account: identity?.account)
        let plan = ScalingPlanner.plan(request, group: current, prices: prices, quotaRoom: check.room, now: Date())
        print(
            (ScalingPlanText.lines(plan) + ScheduleText.warnings(plan, now: Date(), timeZone: .current)
                + ScalingPlanText.quotaUnchecked(check.missing)).joined(separator: "\n"))
        if let reason = prices.reason { print("prices: bundled table (\(PriceText.fallbackReason(reason)))") }
        if dryRun {
            print(plan.isApplicable ? "dry run: nothing changed" : "dry run: this change would be refused")
            if !plan.isApplicable { throw ExitCode.failure }
            return
        }
        let executor = ScalingExecutor(
            clients: Dictionary(
                wiring.clients.regional.map { ($0.region, $0.client) }, uniquingKeysWith: { first, _ in first }),
            audit: AuditLog(path: AuditLog.defaultPath(environment: Platform.environment)),
            caller: identity?.arn, profile: wiring.profile, origin: .cli)
        if plan.isApplicable && !yes {
            try ConfirmationPrompt.ask("Apply? [y/N] ", typedName: plan.requiresTypedName ? group : nil)
        } else if plan.isApplicable && plan.requiresTypedName && yes {
            Platform.writeToStandardError("flightdeck: --yes confirms a shrink of more than half\n")
        }
        var outcome = await executor.apply(plan)
        if let moved = outcome.movedTo {
            // The group moved between the read and the change; nothing was sent. The same values are
            // applied against it only with --yes and only when they still mean the same change.
            print(ScalingDetailText.line(outcome.detail))
            let again = ScalingPlanner.plan(
                request, group: current.with(moved), prices: prices, quotaRoom: check.room, now: Date())
            print(
                (ScalingPlanText.lines(again) + ScheduleText.warnings(again, now: Date(), timeZone: .current)).joined(
                    separator: "\n"))
            guard yes, again.isApplicable, Self.sameMeaning(plan, again) else {
                print(
                    again.isApplicable
                        ? "not applied: the group moved; run again to apply this plan" : "not applied: the group moved")
                throw ExitCode(4)
            }
            outcome = await executor.apply(again)
        }
        print(ScalingDetailText.line(outcome.detail))
        if let requestID = outcome.requestID { print("request id \(requestID)") }
        if let auditError = outcome.auditError {
            Platform.writeToStandardError("flightdeck: \(ScalingDetailText.auditFailure(auditError))\n")
        }
        if outcome.result != .applied { throw ExitCode(outcome.movedTo == nil ? 1 : 4) }
    }

    /// Whether `again` does what `plan` did: the same values change, each in the same direction, and
    /// no more confirmation is needed (no launches turned into terminations, no new shrink by half).
    static func sameMeaning(_ plan: ScalingPlan, _ again: ScalingPlan) -> Bool {
        func direction(_ before: Int, _ after: Int) -> Int { after > before ? 1 : (after < before ? -1 : 0) }
        let fields: [(ScalingLimits) -> Int] = [\.min, \.max, \.desired]
        return fields.allSatisfy { field in
            direction(field(plan.before), field(plan.after)) == direction(field(again.before), field(again.after))
        } && (!again.requiresTypedName || plan.requiresTypedName)
    }
}
