import ArgumentParser
import Collectors
import DashboardModel
import DashboardRender
import FlightdeckPlatform
import Foundation

/// `flightdeck schedule`: a pre-warm as scheduled actions, listed and deleted without the UI.
struct ScheduleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract:
            "Schedule a pre-warm (new min, max or desired at a time, optionally put back later), list or delete scheduled actions.",
        discussion: """
            Creates a scheduled action that sets the limits at --at and, with --until, a second one that puts \
            the group's current value of each of those limits back. The confirmation shows both times in \
            local time and UTC, the limits while it holds, the cost per hour while it holds and the group's \
            other actions in that time. Times are local unless they carry a zone: HH:MM (today), \
            YYYY-MM-DD HH:MM, YYYY-MM-DDTHH:MM[:SS], followed by Z, +01:00 or a zone name (UTC, Europe/Paris). \
            A time in the past, an --until before --at, or limits AWS would refuse are refused before any \
            request. --list shows the group's scheduled actions; --delete NAME deletes one. Every change is \
            in the audit log.
            """
    )

    @OptionGroup var aws: AWSOptions
    @OptionGroup var config: ConfigOptions

    @Argument(help: "The Auto Scaling group's name.")
    var group: String

    @Option(help: "The minimum size from --at on.")
    var min: Int?

    @Option(help: "The maximum size from --at on.")
    var max: Int?

    @Option(help: "The desired capacity at --at.")
    var desired: Int?

    @Option(help: "When it starts (local time unless a zone is given).")
    var at: String?

    @Option(help: "When the group's current values are put back.")
    var until: String?

    @Flag(help: "List the group's scheduled actions.")
    var list = false

    @Option(help: "Delete the scheduled action with this name.")
    var delete: String?

    @Flag(help: "Apply without asking.")
    var yes = false

    @Flag(help: "Show the plan and change nothing.")
    var dryRun = false

    func validate() throws {
        let creating = at != nil || until != nil || min != nil || max != nil || desired != nil
        guard [list, delete != nil, creating].filter({ $0 }).count == 1 else {
            throw ValidationError("give one of --list, --delete NAME, or --at TIME with --min, --max or --desired")
        }
        if creating {
            guard at != nil else { throw ValidationError("--at TIME is needed to schedule (--until alone cannot)") }
            guard min != nil || max != nil || desired != nil else {
                throw ValidationError("give at least one of --min, --max, --desired")
            }
            // Values AWS would refuse whatever the group: refused before any request.
            for (name, value) in [("--min", min), ("--max", max), ("--desired", desired)] {
                if let value, value < 0 { throw ValidationError("\(name) cannot be negative (\(value))") }
            }
            if let min, let max, min > max { throw ValidationError("--min \(min) is above --max \(max)") }
            if let desired, desired < (min ?? 0) || desired > (max ?? Int.max) {
                throw ValidationError("--desired \(desired) is outside --min..--max")
            }
        }
    }

    func run() async throws {
        let now = Date()
        let zone = TimeZone.current
        let times = try parsedTimes(now: now, timeZone: zone)
        let stack = try config.loadStack()
        if let stack, stack.readOnly, !list {
            throw CommandError(
                "not applied: stack '\(stack.name)' is read-only (readOnly: true in its config file); "
                    + "scheduling is refused, use the console or a stack that is not read-only")
        }
        var aws = aws
        aws.apply(stack)
        let wiring = try await Wiring.make(aws)
        defer { wiring.transport.shutdown() }
        guard let current = try await wiring.group(named: group) else {
            throw CommandError("no Auto Scaling group named \(group) in \(wiring.regions.joined(separator: ", "))")
        }
        if list {
            guard current.scheduledActionsKnown else { throw ExitCode.failure }
            print(
                current.scheduledActions.isEmpty
                    ? "\(group): no scheduled actions"
                    : "\(group): \(current.scheduledActions.count) scheduled action\(current.scheduledActions.count == 1 ? "" : "s")"
            )
            for action in current.scheduledActions { print("  " + ScheduleText.line(action, now: now, timeZone: zone)) }
            return
        }
        let identity = await wiring.identity()
        let executor = ScheduleExecutor(
            clients: Dictionary(
                wiring.clients.regional.map { ($0.region, $0.client) }, uniquingKeysWith: { first, _ in first }),
            audit: AuditLog(path: AuditLog.defaultPath(environment: Platform.environment)),
            caller: identity?.arn, profile: wiring.profile, origin: .cli)
        if let name = delete {
            try await deleteAction(name, current: current, executor: executor, now: now, zone: zone)
            return
        }
        guard let start = times.start else { return }
        let (prices, check) = await wiring.planFacts(for: current, account: identity?.account)
        let request = ScheduleRequest(group: group, min: min, max: max, desired: desired, at: start, until: times.until)
        let plan = SchedulePlanner.plan(request, group: current, prices: prices, quotaRoom: check.room, now: Date())
        print(
            (ScheduleText.planLines(plan, now: now, timeZone: zone) + ScalingPlanText.quotaUnchecked(check.missing))
                .joined(separator: "\n"))
        if let reason = prices.reason { print("prices: bundled table (\(PriceText.fallbackReason(reason)))") }
        if dryRun {
            print(plan.isApplicable ? "dry run: nothing scheduled" : "dry run: this schedule would be refused")
            if !plan.isApplicable { throw ExitCode.failure }
            return
        }
        if plan.isApplicable {
            if plan.change.requiresTypedName && yes {
                Platform.writeToStandardError("flightdeck: --yes confirms a shrink of more than half\n")
            }
            try confirm("Schedule? [y/N] ", typedName: plan.change.requiresTypedName ? group : nil)
        }
        let outcome = await executor.create(plan)
        try report(outcome)
    }

    /// The start and end, read before any request; a time that cannot be read, a start in the past or
    /// an end before the start is refused here.
    func parsedTimes(now: Date, timeZone: TimeZone) throws -> (start: Date?, until: Date?) {
        func read(_ text: String?, _ option: String) throws -> Date? {
            guard let text else { return nil }
            do {
                return try ScheduleTime.parse(text, now: now, timeZone: timeZone)
            } catch {
                throw CommandError(
                    "\(option) '\(text)' is not a time: use HH:MM, YYYY-MM-DD HH:MM or YYYY-MM-DDTHH:MM[:SS], "
                        + "optionally followed by Z, +01:00 or a zone name")
            }
        }
        let start = try read(at, "--at")
        let end = try read(until, "--until")
        if let start, start <= now {
            throw CommandError(
                "not scheduled: --at \(ScheduleText.time(start, timeZone: timeZone, withDate: true)) is not in the future "
                    + "(now \(ScheduleText.time(now, timeZone: timeZone, withDate: true)))")
        }
        if let start, let end, end <= start {
            throw CommandError(
                "not scheduled: --until \(ScheduleText.time(end, timeZone: timeZone, withDate: true)) is not after --at "
                    + ScheduleText.time(start, timeZone: timeZone, withDate: true))
        }
        return (start, end)
    }

    /// Deletes `name` after showing it and asking.
    func deleteAction(
        _ name: String, current: AutoScalingGroupStatus, executor: ScheduleExecutor, now: Date, zone: TimeZone
    ) async throws {
        let action = current.scheduledActions.first { $0.name == name }
        if current.scheduledActionsKnown, action == nil {
            throw CommandError("\(group) has no scheduled action named \(name) (flightdeck schedule \(group) --list)")
        }
        print(
            "delete scheduled action of \(group) (\(current.region)): "
                + (action.map { ScheduleText.line($0, now: now, timeZone: zone) } ?? name))
        if dryRun {
            print("dry run: nothing deleted")
            return
        }
        try confirm("Delete? [y/N] ")
        try report(
            await executor.delete(
                name, group: group, region: current.region, limits: ScalingLimits(of: current), time: action?.time))
    }

    /// Asks on the terminal unless --yes (for the group's name when `typedName` is given); refuses without a terminal.
    func confirm(_ prompt: String, typedName: String? = nil) throws {
        guard !yes else { return }
        try ConfirmationPrompt.ask(prompt, typedName: typedName)
    }

    /// Prints what happened to each entry; exit 1 unless it went through.
    func report(_ outcome: ScheduleOutcome) throws {
        for detail in outcome.details { print(ScalingDetailText.line(detail)) }
        if let start = outcome.unfinishedStart { print(ScalingDetailText.unfinishedStart(start, group: group)) }
        for record in outcome.records where record.requestID != nil { print("request id \(record.requestID ?? "")") }
        if let auditError = outcome.auditError {
            Platform.writeToStandardError("flightdeck: \(ScalingDetailText.auditFailure(auditError))\n")
        }
        if ![.scheduled, .deleted].contains(outcome.result) { throw ExitCode.failure }
    }
}
