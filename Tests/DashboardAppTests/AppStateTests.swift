import DashboardModel
import DashboardRender
import Foundation
import Testing

@testable import Collectors
@testable import DashboardApp

/// What the dashboard's loop decides, driven event by event without a screen, a socket or a clock.
@Suite struct AppStateTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)
    static func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }
    static let failover = FaultRequest(kind: "rds-failover")
    static let everySource: [DataSource] = [.autoScaling, .targetHealth, .databases, .distributions, .metrics, .cost]

    func app(
        readOnly: Bool = false, canScale: Bool = true, canSwitchRegions: Bool = true, demo: Bool = false
    ) -> AppState {
        AppState(
            header: HeaderInfo(regions: ["us-east-1"], readOnly: readOnly), intervals: DataSource.defaultIntervals,
            thresholds: AlertThresholds(), start: Self.start, canScale: canScale, canSwitchRegions: canSwitchRegions,
            canInjectFaults: demo, faults: demo ? [Self.failover] : [])
    }

    func group(desired: Int = 4) -> AutoScalingGroupStatus {
        AutoScalingGroupStatus(
            name: "web-asg", region: "us-east-1", min: 2, max: 20, desired: desired,
            zones: ["us-east-1a", "us-east-1b"],
            instances: (0..<desired).map {
                InstanceStatus(
                    id: "i-\($0)", zone: $0.isMultiple(of: 2) ? "us-east-1a" : "us-east-1b", lifecycle: .inService,
                    healthy: true, instanceType: "m5.large")
            })
    }

    /// A target group whose zone a has no healthy target left while b serves: a critical alert (the zone is down).
    func deadZone() -> TargetGroupHealth {
        TargetGroupHealth(
            name: "web-tg", arn: "arn:tg/web-tg", loadBalancerName: "web-alb", loadBalancerARN: "arn:lb/web-alb",
            region: "us-east-1",
            targets: [
                TargetStatus(id: "i-0", port: 80, zone: "us-east-1a", state: .unhealthy, reason: "Target.Timeout"),
                TargetStatus(id: "i-1", port: 80, zone: "us-east-1b", state: .healthy, reason: nil)
            ],
            enabledZones: ["us-east-1a", "us-east-1b"])
    }

    func outcome(_ result: ScalingResult, plan: ScalingPlan, movedTo: ScalingLimits? = nil) -> ScalingOutcome {
        let detail =
            movedTo.map { ScalingDetail.moved(group: plan.request.group, to: $0, by: .policy("cpu70")) }
            ?? .applied(from: plan.before, to: plan.after)
        let record = AuditRecord(
            time: Self.at(5), caller: nil, profile: nil, region: "us-east-1", group: plan.request.group,
            before: plan.before, after: plan.after, result: result, detail: detail, requestID: nil, origin: .dashboard)
        return ScalingOutcome(result: result, detail: detail, requestID: "req-1", record: record, auditError: nil)
    }

    /// Presses `keys` in order and returns every effect they asked for.
    func press(_ keys: [KeyPress], _ app: inout AppState, at date: Date = Self.at(2)) -> [AppEffect] {
        keys.flatMap { app.update(.key($0, at: date)) }
    }

    /// Types a `:` command and presses Enter.
    func command(_ text: String, _ app: inout AppState) -> [AppEffect] {
        press([.character(":")] + text.map { .character($0) } + [.enter], &app)
    }

    /// The plan a confirmed `+` sends, with the group polled in.
    func appliedPlan(_ app: inout AppState) throws -> ScalingPlan {
        _ = app.update(.polled(.autoScaling, .autoScaling([group()]), Self.at(1), generation: app.generation))
        let effects = press([.character("+"), .character("y")], &app)
        guard case let .applyScaling(plan) = try #require(effects.first) else {
            Issue.record("no scaling applied: \(effects)")
            throw CancellationError()
        }
        return plan
    }

    @Test func theStartCountsMetricsAndTheFirstTickPollsEverySourceWithPricesBesideCost() {
        var app = app()
        #expect(app.update(.started) == [.countMetrics(generation: 0)])
        let effects = app.update(.tick(Self.start))
        #expect(Self.everySource.allSatisfy { effects.contains(.poll($0, generation: 0)) })
        #expect(effects.contains(.fetchPrices(request: 1, generation: 0)))
        #expect(effects.count == Self.everySource.count + 1)
        #expect(app.update(.tick(Self.at(0.5))) == [], "within a second nothing is due again")
        #expect(
            app.update(.tick(Self.at(1))) == [], "a second later nothing is due yet either: the intervals are longer")
    }

    @Test func aMetricsPollIsFollowedByARecountAndTheCountsReachTheCostFigure() {
        var app = app()
        _ = app.update(.tick(Self.start))
        let effects = app.update(.polled(.metrics, .metrics(MetricsSnapshot(values: [:])), Self.at(1), generation: 0))
        #expect(effects == [.countMetrics(generation: 0)])
        _ = app.update(.metricsCounted(42, targetCounts: 6, generation: 0))
        #expect(app.dashboard.metricsPerPoll == 42 && app.dashboard.targetCountMetrics == 6)
    }

    @Test func anOlderPriceTableNeverReplacesANewerOne() {
        var app = app()
        _ = app.update(.tick(Self.start))
        _ = app.update(
            .polled(.cost, .cost(CostActuals(monthToDate: 1, today: 1), prices: nil), Self.at(1), generation: 0))
        let costPolls = app.update(.tick(Self.at(3602)))
        #expect(costPolls.contains(.fetchPrices(request: 2, generation: 0)), "\(costPolls)")
        let newer = PriceTable(prices: ["ec2:m5.large": 0.2], source: .pricingAPI)
        let older = PriceTable(prices: ["ec2:m5.large": 0.1], source: .pricingAPI)
        _ = app.update(.priced(newer, Self.at(3601), request: 2, generation: 0))
        _ = app.update(.priced(older, Self.at(3602), request: 1, generation: 0))
        #expect(app.dashboard.prices == newer)
    }

    @Test func aRegionSwitchStartsAfreshAndDropsTheOldRegionsLateAnswers() {
        var app = app()
        _ = app.update(.tick(Self.start))
        _ = app.update(.metricsCounted(42, targetCounts: 6, generation: 0))
        _ = app.update(.polled(.autoScaling, .autoScaling([group()]), Self.at(1), generation: 0))
        #expect(command("region eu-west-1", &app) == [.switchRegions(["eu-west-1"])])
        #expect(app.header.regions == ["us-east-1"], "nothing changes before the shell has the new regions")

        let effects = app.update(.regionsSwitched(["eu-west-1"], canScale: true, Self.at(3)))
        #expect(app.generation == 1 && app.header.regions == ["eu-west-1"])
        #expect(effects.first == .countMetrics(generation: 1))
        #expect(Self.everySource.allSatisfy { effects.contains(.poll($0, generation: 1)) })
        #expect(app.dashboard.groups.value == nil, "the old region's groups are gone")
        #expect(app.dashboard.metricsPerPoll == 42, "the cost counts stay until recounted")
        #expect(
            app.dashboard.timeline.contains { $0.entry == .regionsSwitched(to: ["eu-west-1"], from: ["us-east-1"]) })

        #expect(app.update(.polled(.autoScaling, .autoScaling([group()]), Self.at(4), generation: 0)) == [])
        #expect(app.dashboard.groups.value == nil, "a poll of the old regions that answers late is dropped")
        _ = app.update(.polled(.autoScaling, .autoScaling([group()]), Self.at(4), generation: 1))
        #expect(app.dashboard.groups.value?.count == 1)
    }

    @Test func aRefusedOrImpossibleRegionSwitchChangesNothingAndSaysWhy() {
        var app = app()
        _ = app.update(.regionsRefused(["mars-1"], reason: "mars-1 is not a region"))
        #expect(
            app.interaction.view.overlay
                == .notice(.regionsRefused(reason: "mars-1 is not a region", watching: ["us-east-1"])))
        #expect(app.generation == 0 && app.header.regions == ["us-east-1"])

        var fixed = self.app(canSwitchRegions: false)
        #expect(command("region eu-west-1", &fixed) == [])
        #expect(fixed.interaction.view.overlay == .notice(.regionsNeedRestart(["eu-west-1"])))
    }

    @Test func anAppliedChangeIsRecordedShownAndAutoScalingPolledAtOnce() throws {
        var app = app()
        let plan = try appliedPlan(&app)
        #expect(app.interaction.applying.contains("web-asg"))
        let effects = app.update(.scaled(plan, outcome(.applied, plan: plan), Self.at(6)))
        #expect(effects == [.poll(.autoScaling, generation: 0)])
        #expect(!app.interaction.applying.contains("web-asg"))
        let applied = ScalingDetail.applied(from: plan.before, to: plan.after)
        #expect(
            app.interaction.view.overlay
                == .notice(.scaled(group: "web-asg", .applied, detail: applied, requestID: "req-1", auditError: nil)))
        #expect(
            app.dashboard.timeline.contains { $0.entry == .scaled(.applied, detail: applied) && $0.time == Self.at(5) })
    }

    @Test func aGroupThatMovedUnderTheDialogIsOfferedTheChangeAgainNeverAppliedBlind() throws {
        var app = app()
        let plan = try appliedPlan(&app)
        let moved = ScalingLimits(min: 2, max: 20, desired: 7)
        let effects = app.update(.scaled(plan, outcome(.refused, plan: plan, movedTo: moved), Self.at(6)))
        #expect(effects == [.poll(.autoScaling, generation: 0)], "nothing is applied: the operator confirms again")
        guard case let .confirmScaling(again, reoffered, _) = app.interaction.view.overlay else {
            Issue.record("no new offer: \(app.interaction.view.overlay)")
            return
        }
        #expect(reoffered && again.before == moved && again.after.desired == 8)
    }

    @Test func withoutAnExecutorAConfirmedChangeSaysScalingIsOffAndSendsNothing() throws {
        var app = app()
        _ = app.update(.regionsSwitched(["eu-west-1"], canScale: false, Self.at(1)))
        #expect(!app.canScale)
        _ = app.update(.polled(.autoScaling, .autoScaling([group()]), Self.at(2), generation: 1))
        let effects = press([.character("+"), .character("y")], &app)
        #expect(effects == [])
        #expect(app.interaction.view.overlay == .notice(.scalingOff))
    }

    @Test func readOnlyNeverScalesWhateverTheShellHas() {
        var app = app(readOnly: true, canScale: true)
        #expect(!app.canScale && app.interaction.readOnly)
        #expect(app.interaction.keyMap.action(for: .character("+")) == nil, "no scaling key is bound")
        _ = app.update(.polled(.autoScaling, .autoScaling([group()]), Self.at(1), generation: 0))
        #expect(press([.character("+"), .character("y")], &app).isEmpty)
        _ = app.update(.regionsSwitched(["eu-west-1"], canScale: true, Self.at(2)))
        #expect(!app.canScale, "a region switch does not turn scaling on in read-only mode")
    }

    @Test func aDeletionCarriesTheGroupsLimitsForTheRecord() {
        var app = app()
        var busy = group(desired: 6)
        busy.scheduledActions = [ScheduledActionSummary(name: "prewarm", time: Self.at(600), min: 8)]
        _ = app.update(.polled(.autoScaling, .autoScaling([busy]), Self.at(1), generation: 0))
        let effects = press([.enter, .character("x"), .character("a"), .character("y")], &app)
        #expect(
            effects == [
                .deleteScheduledAction(
                    group: "web-asg", region: "us-east-1", action: busy.scheduledActions[0],
                    limits: ScalingLimits(min: 2, max: 20, desired: 6))
            ], "\(app.interaction.view.overlay)")
    }

    @Test func aCriticalAlertIsNotifiedAtTheFirstPaintThatShowsItAndNotAgainWhileItHolds() {
        var app = app()
        _ = app.update(.polled(.targetHealth, .targetHealth([deadZone()]), Self.at(1), generation: 0))
        let notified = app.update(.painted).compactMap { effect -> Alert? in
            if case let .notify(alert) = effect { return alert }
            return nil
        }
        #expect(!notified.isEmpty)
        #expect(notified == app.dashboard.alerts.filter { $0.severity == .critical })
        #expect(!app.needsPaint)
        _ = app.update(.polled(.targetHealth, .targetHealth([deadZone()]), Self.at(20), generation: 0))
        #expect(app.needsPaint)
        #expect(app.update(.painted) == [], "it still holds: no second notification")
    }

    @Test func theFirstCompleteFrameIsReportedOnceWhenEverySourceHasAnswered() {
        var app = app()
        _ = app.update(.tick(Self.start))
        for source in Self.everySource.dropLast() {
            _ = app.update(
                .polled(source, .failed(SourceFailure(kind: .unreachable, message: "down")), Self.at(1), generation: 0))
        }
        #expect(!app.update(.painted).contains(.firstCompleteFrame), "cost has not answered yet")
        _ = app.update(
            .polled(.cost, .cost(CostActuals(monthToDate: 1, today: 1), prices: nil), Self.at(1), generation: 0))
        #expect(app.update(.painted).contains(.firstCompleteFrame))
        _ = app.update(
            .polled(.cost, .cost(CostActuals(monthToDate: 2, today: 2), prices: nil), Self.at(2), generation: 0))
        #expect(!app.update(.painted).contains(.firstCompleteFrame))
    }

    @Test func faultsReachTheSimulationOnlyInTheDemoAndLandInTheTimelineWhenApplied() {
        var plain = app()
        #expect(press([.character("F"), .character("1")], &plain) == [])
        #expect(plain.interaction.view.overlay == .none, "outside the demo F opens no fault menu")
        var demo = app(demo: true)
        #expect(press([.character("F"), .character("1")], &demo) == [.injectFault(Self.failover)])
        let injection = FaultInjection.injected(at: Self.at(7))
        _ = demo.update(.faulted(Self.failover, injection, Self.at(9)))
        #expect(demo.dashboard.timeline.contains { $0.time == Self.at(7) && $0.resource == "simulation" })
    }

    @Test func quitHangupThemesAndTheIdentityChangeOnlyWhatTheySay() {
        var app = app()
        #expect(command("theme nope", &app) == [.setTheme("nope")])
        _ = app.update(.themeRefused("no theme called nope"))
        #expect(app.interaction.view.overlay == .notice(.theme("no theme called nope")))
        _ = app.update(.identified(account: "123456789012", alias: "shop-prod"))
        #expect(app.header.account == "123456789012" && app.header.accountAlias == "shop-prod")
        #expect(app.update(.resized) == [.repaintAll])
        #expect(app.running)
        _ = press([.escape, .character("q")], &app)
        #expect(!app.running)
        var other = self.app()
        _ = other.update(.hangup)
        #expect(!other.running)
    }

    @Test func everyAnswerOfAnOlderRegionSwitchIsDropped() {
        var app = app()
        _ = app.update(.metricsCounted(42, targetCounts: 6, generation: 0))
        _ = app.update(.regionsSwitched(["eu-west-1"], canScale: true, Self.at(1)))
        let before = app.dashboard.timeline.count
        #expect(app.update(.metricsCounted(7, targetCounts: 1, generation: 0)) == [])
        #expect(app.dashboard.metricsPerPoll == 42, "the old regions' count is not taken")
        #expect(
            app.update(.warnings([.discoveryCapped(.databases, found: 9, cap: 5)], Self.at(2), generation: 0)) == [])
        #expect(app.dashboard.timeline.count == before, "the old regions' warning is not kept")
        let table = PriceTable(prices: ["ec2:m5.large": 9], source: .pricingAPI)
        _ = app.update(.priced(table, Self.at(3), request: 99, generation: 0))
        #expect(app.dashboard.prices != table, "the old regions' prices are not taken")
        _ = app.update(.warnings([.discoveryCapped(.databases, found: 9, cap: 5)], Self.at(4), generation: 1))
        #expect(app.dashboard.timeline.count == before + 1)
    }

    @Test func aScheduleOutcomeIsALineAnEntryANoticeAndAPoll() {
        var app = app()
        let limits = ScalingLimits(min: 2, max: 20, desired: 4)
        let records = ["flightdeck-prewarm-20270115T0800Z", "flightdeck-prewarm-20270115T0800Z-until"].map {
            AuditRecord(
                time: Self.at(5), caller: nil, profile: nil, region: "us-east-1", group: "web-asg", before: limits,
                after: limits, result: .scheduled, detail: .scheduled(name: $0), requestID: nil, origin: .dashboard)
        }
        let outcome = ScheduleOutcome(result: .scheduled, records: records, unfinishedStart: nil, auditError: nil)
        let effects = app.update(.scheduled(group: "web-asg", outcome, Self.at(6)))
        #expect(effects == [.poll(.autoScaling, generation: 0)])
        #expect(app.dashboard.timeline.filter { $0.resource == "web-asg" }.count == 2, "one line per entry")
        #expect(
            app.interaction.view.overlay
                == .notice(
                    .scheduled(
                        group: "web-asg", .scheduled, details: records.map(\.detail), unfinishedStart: nil,
                        auditError: nil)))
    }

    @Test func theCredentialsReportReachesTheData() {
        var app = app()
        let status = CredentialStatus(
            source: "sso (profile web)", expiresAt: Self.at(600), renewal: .ssoLogin(profile: "web"),
            renewableUntil: Self.at(900))
        _ = app.update(.credentials(status, Self.at(1)))
        #expect(app.dashboard.credentials == status)
    }

    @Test func whatTheShellCannotRunIsSaidAndReleasesTheGroup() throws {
        var app = app()
        let plan = try appliedPlan(&app)
        #expect(app.interaction.applying.contains("web-asg"))
        _ = app.update(.unavailable(.applyScaling(plan)))
        #expect(!app.interaction.applying.contains("web-asg"), "the group is no longer being applied")
        #expect(app.interaction.view.overlay == .notice(.scalingOff))
        _ = app.update(.unavailable(.switchRegions(["eu-west-1"])))
        #expect(app.interaction.view.overlay == .notice(.regionsNeedRestart(["eu-west-1"])))
        #expect(app.generation == 0 && app.header.regions == ["us-east-1"])
    }
}
