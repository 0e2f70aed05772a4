import DashboardModel
import Testing

/// Which critical alerts are notified: each once while it holds, again only after it cleared.
@Suite struct CriticalAlertNoticeTests {
    /// A target group dead in `zone`.
    static func deadZone(_ resource: String, _ zone: String = "us-east-1a") -> Alert {
        Alert(resource: resource, .zoneWithoutHealthyTargets(ZoneTargetCounts(zone: zone, healthy: 0, unhealthy: 3)))
    }

    @Test func aNewCriticalAlertIsNotifiedAndAWarningIsNot() {
        let fresh = CriticalAlertNotices.new(
            before: [],
            after: [
                Alert(resource: "us-east-1b", .zoneDown(downFor: 0, hadHealthy: 3, targets: nil)),
                Alert(resource: "Cost", .staleData(.cost, .old(age: 20_000, maxAge: 10_800)))
            ])
        #expect(fresh.map(\.code) == ["zone-down"])
    }

    @Test func anAlertThatKeepsHoldingIsNotNotifiedAgainEvenWhenItsFactsChange() {
        let before = [Alert(resource: "shop-db", .failoverInProgress(runningFor: 5))]
        let after = [Alert(resource: "shop-db", .failoverInProgress(runningFor: 6))]
        #expect(CriticalAlertNotices.new(before: before, after: after).isEmpty)
    }

    @Test func anAlertThatClearedAndCameBackIsNotifiedAgain() {
        let alert = Alert(resource: "shop-web-tg", .errorRateHigh(.targetGroup, rate: 0.08, ceiling: 0.05))
        var notified: [Alert] = []
        var previous: [Alert] = []
        for alerts in [[alert], [alert], [], [alert], [alert]] {
            notified += CriticalAlertNotices.new(before: previous, after: alerts)
            previous = alerts
        }
        #expect(notified == [alert, alert])
    }

    @Test func alertsSharingCodeAndResourceAreNotifiedOnceAndOthersEachOnce() {
        let after = [
            Self.deadZone("web-tg", "us-east-1a"), Self.deadZone("web-tg", "us-east-1b"), Self.deadZone("api-tg")
        ]
        let fresh = CriticalAlertNotices.new(before: [], after: after)
        #expect(fresh.map(\.resource) == ["web-tg", "api-tg"])
        #expect(fresh.first == Self.deadZone("web-tg", "us-east-1a"))
    }

    @Test func aCriticalAlertBesideAWarningOfTheSameResourceIsNotified() {
        let fresh = CriticalAlertNotices.new(
            before: [Alert(resource: "shop-db", .standbyZoneDown(zone: "us-east-1b"))],
            after: [Alert(resource: "shop-db", .primaryZoneDown(zone: "us-east-1b", multiAZ: true))])
        #expect(fresh.map(\.code) == ["db-primary-zone-down"])
    }

    @Test func theModesSayWhatTheySend() {
        #expect(
            NotificationMode.allCases.map { [$0.ringsBell, $0.sendsDesktopNotification] }
                == [[true, false], [false, true], [true, true], [false, false]])
        #expect(NotificationMode.names == "bell, osc, both, none")
    }
}
